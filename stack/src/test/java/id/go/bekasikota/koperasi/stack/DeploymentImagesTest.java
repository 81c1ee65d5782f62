package id.go.bekasikota.koperasi.stack;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every deployment image starts its JVM as the benchmark and {@code ./suite} do: Java 25 with exactly the
 * options of {@link JvmOptions} for 25 (the registry with a larger heap), the JBoss log manager as
 * {@code ServiceProcess} names it, and {@code MALLOC_ARENA_MAX=2}. The options are written out here as well, so
 * that a change to either side is a decision, not a drift.
 *
 * <p>Everything is in {@code JAVA_OPTS}: the image's {@code run-java.sh} takes {@code JAVA_OPTS} when it is set and
 * then reads no {@code JAVA_OPTS_APPEND} ({@code opts=${JAVA_OPTS-<defaults> ${JAVA_OPTS_APPEND}}}), so an option
 * there would be silently lost. No {@code -Dquarkus.http.host}: a system property outranks the services'
 * {@code HTTP_HOST}.
 */
class DeploymentImagesTest {

    private static final List<String> JDK_25_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms64m", "-Xmx160m",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-XX:ReservedCodeCacheSize=96m", "-Xss512k", "-XX:TrimNativeHeapInterval=5000", "-XX:+ExitOnOutOfMemoryError",
            "-XX:+UseCompactObjectHeaders");
    private static final Pattern JAVA_OPTS = Pattern.compile("(?m)^ENV JAVA_OPTS=\"([^\"]*)\"$");
    /** The system properties of a deployed service's JVM, as {@code ServiceProcess} starts it. */
    private static final List<String> SYSTEM_PROPERTIES = List.of("-Djava.util.logging.manager=org.jboss.logmanager.LogManager");

    @ParameterizedTest
    @ValueSource(strings = {"registry-service", "financing-service", "awards-service", "notifications-service", "gateway"})
    void theImageRunsJava25WithTheDeploymentsOptions(String module) throws IOException {
        String dockerfile = Files.readString(Path.of("..", module, "src/main/docker/Dockerfile.jvm"));
        List<String> expected = module.equals("registry-service")
                ? JDK_25_OPTIONS.stream().map(option -> option.equals("-Xmx160m") ? "-Xmx256m" : option).toList()
                : JDK_25_OPTIONS;

        assertThat(dockerfile).contains("FROM registry.access.redhat.com/ubi9/openjdk-25-runtime")
                .containsPattern("(?m)^ENV MALLOC_ARENA_MAX=2$");
        Matcher options = JAVA_OPTS.matcher(dockerfile);
        assertThat(options.find()).as("ENV JAVA_OPTS in " + module).isTrue();
        List<String> all = Arrays.asList(options.group(1).trim().split("\\s+"));
        assertThat(all.stream().filter(option -> !option.startsWith("-D")).toList()).isEqualTo(expected);
        assertThat(all.stream().filter(option -> option.startsWith("-D")).toList()).isEqualTo(SYSTEM_PROPERTIES);
        assertThat(JvmOptions.deployment(25, module.replace("-service", ""))).isEqualTo(expected);
        // run-java.sh would drop it, and a second JAVA_OPTS would replace the first.
        assertThat(dockerfile).doesNotContain("JAVA_OPTS_APPEND=");
        assertThat(Pattern.compile("(?m)^ENV JAVA_OPTS=").matcher(dockerfile).results().count()).as(module).isEqualTo(1);
    }

    @org.junit.jupiter.api.Test
    void java17GetsTheSameOptionsButTheHeadersOnlyJava25Has() {
        assertThat(JvmOptions.deployment(17, "awards")).isEqualTo(JDK_25_OPTIONS.subList(0, JDK_25_OPTIONS.size() - 1));
        assertThat(JvmOptions.ENVIRONMENT).containsEntry("MALLOC_ARENA_MAX", "2");
    }
}
