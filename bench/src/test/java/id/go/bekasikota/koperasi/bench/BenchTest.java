package id.go.bekasikota.koperasi.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BenchTest {

    @Test
    void readsTheLastBootTimeQuarkusLogged() {
        String log = """
                2026-11-29 02:18:01,001 INFO  [io.quarkus] (main) registry-service 1.0.0-SNAPSHOT on JVM started in 9.876s. Listening on ...
                2026-11-29 02:28:50,998 INFO  [io.quarkus] (main) registry-service 1.0.0-SNAPSHOT on JVM started in 6.026s. Listening on ...
                """;
        assertThat(Bench.quarkusBootSeconds(log)).isEqualTo(6.026);
        assertThat(Bench.quarkusBootSeconds("nothing yet")).isNaN();
    }
}
