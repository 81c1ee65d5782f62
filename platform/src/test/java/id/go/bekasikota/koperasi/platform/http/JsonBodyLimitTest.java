package id.go.bekasikota.koperasi.platform.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonBodyLimitTest {

    /** 1 MiB, worked out by hand: 1024 * 1024. */
    private static final String LIMIT = "1048576";
    private static final String OVER = "1048577";

    @Test
    void jsonAnnouncedOverOneMebibyteIsTooLong() {
        assertThat(JsonBodyLimit.tooLong("application/json", OVER)).isTrue();
        assertThat(JsonBodyLimit.tooLong("application/json; charset=UTF-8", "12000000")).isTrue();
        assertThat(JsonBodyLimit.tooLong("Application/JSON", OVER)).isTrue();
        assertThat(JsonBodyLimit.tooLong("application/merge-patch+json", OVER)).isTrue();
        assertThat(JsonBodyLimit.tooLong("application/json", " " + OVER + " ")).isTrue();
    }

    @Test
    void jsonUpToTheLimitAndOtherBodiesAreLeftToTheirOperations() {
        assertThat(JsonBodyLimit.tooLong("application/json", LIMIT)).isFalse();
        assertThat(JsonBodyLimit.tooLong("application/json", "0")).isFalse();
        assertThat(JsonBodyLimit.tooLong("text/csv", "12000000")).isFalse();
        assertThat(JsonBodyLimit.tooLong("application/pdf", "5000000")).isFalse();
        assertThat(JsonBodyLimit.tooLong("application/jsonx", OVER)).isFalse();
        assertThat(JsonBodyLimit.tooLong("text/json", OVER)).as("not a JSON type the suite reads: its operation answers 415").isFalse();
        assertThat(JsonBodyLimit.tooLong("application/json", null)).as("no length: the reader stops at the limit").isFalse();
        assertThat(JsonBodyLimit.tooLong(null, OVER)).isFalse();
        assertThat(JsonBodyLimit.tooLong("application/json", "many")).isFalse();
        assertThat(JsonBodyLimit.tooLong("not a type", OVER)).isFalse();
    }
}
