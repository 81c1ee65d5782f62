package id.go.bekasikota.koperasi.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which class data a service's JVM starts from: the AOT cache on Java 25 (trained where missing or stale), AppCDS before. */
class ClassDataTest {

    @TempDir
    Path app;

    private Path jar() throws IOException {
        Path jar = Files.writeString(app.resolve("quarkus-run.jar"), "jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-12-01T06:00:00Z")));
        Files.writeString(app.resolve("app-cds.jsa"), "archive of the build's JVM");
        return jar;
    }

    @Test
    void java25WithoutACacheTrainsOneInAFileOfItsOwn() throws IOException {
        ServiceProcess.ClassData data = ServiceProcess.classData(25, true, jar(), "42-registry-service");

        Path training = app.toAbsolutePath().resolve("app.aot.42-registry-service.training");
        assertThat(data.options()).containsExactly("-XX:AOTCacheOutput=" + training);
        assertThat(data.training()).isEqualTo(training);
    }

    @Test
    void java25StartsFromACacheNewerThanTheJar() throws IOException {
        Path jar = jar();
        Path cache = Files.writeString(app.resolve("app.aot"), "cache");
        Files.setLastModifiedTime(cache, FileTime.from(Instant.parse("2026-12-01T06:05:00Z")));

        ServiceProcess.ClassData data = ServiceProcess.classData(25, true, jar, "42-registry-service");

        assertThat(data.options()).containsExactly("-XX:AOTCache=" + cache.toAbsolutePath());
        assertThat(data.training()).isNull();
    }

    @Test
    void java25TrainsAgainWhenTheJarWasBuiltAfterTheCache() throws IOException {
        Path jar = jar();
        Path cache = Files.writeString(app.resolve("app.aot"), "cache of the jar before");
        Files.setLastModifiedTime(cache, FileTime.from(Instant.parse("2026-12-01T05:00:00Z")));

        ServiceProcess.ClassData data = ServiceProcess.classData(26, true, jar, "7-gateway");

        assertThat(data.options()).containsExactly("-XX:AOTCacheOutput=" + app.toAbsolutePath().resolve("app.aot.7-gateway.training"));
    }

    @Test
    void java25WithoutTheAotCacheIgnoresTheArchiveOfTheBuildsJava() throws IOException {
        assertThat(ServiceProcess.classData(25, false, jar(), "x").options()).isEmpty();
    }

    @Test
    void java17StartsFromTheBuildsAppCdsArchiveWithOrWithoutTheCacheSetting() throws IOException {
        Path jar = jar();
        List<String> archive = List.of("-XX:SharedArchiveFile=" + app.resolve("app-cds.jsa"));

        assertThat(ServiceProcess.classData(17, true, jar, "x")).isEqualTo(new ServiceProcess.ClassData(archive, null));
        assertThat(ServiceProcess.classData(17, false, jar, "x").options()).isEqualTo(archive);
    }
}
