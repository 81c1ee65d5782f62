package id.go.bekasikota.koperasi.systemtests;

import id.go.bekasikota.koperasi.systemtests.NodeTools.Result;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static id.go.bekasikota.koperasi.systemtests.NodeTools.installed;
import static id.go.bekasikota.koperasi.systemtests.NodeTools.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: the AsyncAPI document ({@code contracts/src/main/resources/asyncapi.yaml}) passes
 * {@code @asyncapi/cli validate} with 0 errors ({@code tools/asyncapi}: the CLI pinned with its lock file,
 * installed with {@code npm ci} on a fresh machine). It reads the document in the source tree and needs no
 * suite, so it runs in the second lane, beside the shared suite's classes (issue 20: it took about 30 s of the
 * first lane inside {@link OpenApiLintIT} in a fresh clone, most of it the CLI's install). It comes last in its lane
 * ({@code @Order}: after every class without one, before {@link ConformanceIT}), by when the CLI's install, begun
 * in the background when the run started ({@link UsesNodeTools}), is long done: first, it held the lane up to
 * 70 s waiting for it.
 */
@OwnSuite
@UsesNodeTools("asyncapi")
@Order(Integer.MAX_VALUE - 1)
class AsyncApiValidateIT {

    @Test
    void theAsyncApiDocumentPassesAsyncApiValidate() throws Exception {
        Path root = Manifests.root();
        Path tools = installed(root.resolve("tools/asyncapi"), "asyncapi");
        Path out = Files.createDirectories(root.resolve("system-tests/target/asyncapi"));
        Result validate = run(List.of(tools.resolve("node_modules/.bin/asyncapi").toString(), "validate",
                root.resolve("contracts/src/main/resources/asyncapi.yaml").toString(), "--fail-severity", "error"),
                tools, out.resolve("validate.log"), 300);
        System.out.println("[asyncapi] validate exited " + validate.exit() + ": " + validate.output());
        assertThat(validate.exit()).as("asyncapi validate: " + validate.output()).isZero();
    }
}
