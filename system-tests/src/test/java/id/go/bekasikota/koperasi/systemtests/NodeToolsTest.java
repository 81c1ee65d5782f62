package id.go.bekasikota.koperasi.systemtests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class NodeToolsTest {

    @Test
    void aToolIsUpToDateOnlyWhenEveryPackageOfItsManifestIsInstalled(@TempDir Path tools) throws Exception {
        Files.writeString(tools.resolve("package.json"), """
                {"name": "t", "dependencies": {"@stoplight/spectral-cli": "6.16.3", "@stoplight/spectral-owasp-ruleset": "2.0.1"},
                 "devDependencies": {"typescript": "5.9.3"}}
                """);
        assertThat(NodeTools.upToDate(tools)).as("nothing installed").isFalse();

        Files.createDirectories(tools.resolve("node_modules/@stoplight/spectral-cli"));
        Files.writeString(tools.resolve("node_modules/@stoplight/spectral-cli/package.json"), "{}");
        Files.createDirectories(tools.resolve("node_modules/typescript"));
        Files.writeString(tools.resolve("node_modules/typescript/package.json"), "{}");
        assertThat(NodeTools.upToDate(tools)).as("the OWASP ruleset missing (installed before it was added)").isFalse();

        Files.createDirectories(tools.resolve("node_modules/@stoplight/spectral-owasp-ruleset"));
        Files.writeString(tools.resolve("node_modules/@stoplight/spectral-owasp-ruleset/package.json"), "{}");
        assertThat(NodeTools.upToDate(tools)).isTrue();
    }

    @Test
    void aToolWithoutManifestIsNotUpToDate(@TempDir Path tools) {
        assertThat(NodeTools.upToDate(tools)).isFalse();
    }
}
