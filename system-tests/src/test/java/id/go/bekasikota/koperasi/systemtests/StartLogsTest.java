package id.go.bekasikota.koperasi.systemtests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@link StartWithoutErrorsIT} counts in the logs of the starts, on log lines written by hand. */
class StartLogsTest {

    @Test
    void anErrorAndAStackTraceOffendWithTheRecordAndTheExceptionTheyBelongToButVertxsBlockedThreadWarningDoesNot(@TempDir Path logs)
            throws IOException {
        Files.writeString(logs.resolve("financing-service.log"), """
                2026-12-06 10:20:01,100 INFO  [io.quarkus] (main) financing-service started in 9.1s.
                2026-12-06 10:20:02,200 WARN  [io.vertx.core.impl.btc.BlockedThreadChecker] (vertx-blocked-thread-checker) Thread Thread[vert.x-eventloop-thread-0,5,main] has been blocked for 2466 ms, time limit is 2000 ms: io.vertx.core.VertxException: Thread blocked
                \tat app//io.vertx.core.net.impl.TCPServerBase.listen(TCPServerBase.java:200)
                \tat java.base@17.0.15/java.lang.Thread.run(Thread.java:840)
                2026-12-06 10:20:03,300 INFO  [io.smallrye] (main) something went wrong
                java.lang.IllegalStateException: closed
                \tat app//id.go.Example.run(Example.java:10)
                2026-12-06 10:20:04,400 ERROR [io.quarkus] (main) Failed to start
                """);

        assertThat(StartWithoutErrorsIT.offendingLines(logs)).containsExactly(
                "financing-service.log: 2026-12-06 10:20:03,300 INFO  [io.smallrye] (main) something went wrong",
                "financing-service.log: java.lang.IllegalStateException: closed",
                "financing-service.log: \tat app//id.go.Example.run(Example.java:10)",
                "financing-service.log: 2026-12-06 10:20:04,400 ERROR [io.quarkus] (main) Failed to start");
    }
}
