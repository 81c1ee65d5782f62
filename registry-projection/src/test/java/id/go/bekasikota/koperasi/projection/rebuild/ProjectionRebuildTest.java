package id.go.bekasikota.koperasi.projection.rebuild;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionRebuildTest {

    private static final Instant ASKED = Instant.parse("2026-07-12T01:00:00Z");

    @Test
    void aRebuildSilentForLongerThanTheSilenceWasCutOff() {
        ProjectionRebuild rebuild = ProjectionRebuild.requested("registry", "officer@dev", ASKED);

        assertThat(rebuild.state).isEqualTo(RebuildState.REPLAYING_SNAPSHOTS);
        assertThat(rebuild.cutOff(ASKED.plusSeconds(120), Duration.ofMinutes(2))).isFalse();
        assertThat(rebuild.cutOff(ASKED.plusSeconds(121), Duration.ofMinutes(2))).isTrue();
    }

    @Test
    void aFinishedRebuildIsNeverCutOff() {
        ProjectionRebuild rebuild = ProjectionRebuild.requested("registry", "officer@dev", ASKED);
        rebuild.failed("cut off", ASKED.plusSeconds(5));

        assertThat(rebuild.state.finished()).isTrue();
        assertThat(rebuild.finishedAt).isEqualTo(ASKED.plusSeconds(5));
        assertThat(rebuild.cutOff(ASKED.plus(Duration.ofDays(1)), Duration.ofMinutes(2))).isFalse();
        assertThat(RebuildState.SWITCHING.finished()).isFalse();
    }
}
