package id.go.bekasikota.koperasi.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchOptionsTest {

    @Test
    void defaultsAreTheNationalScaleRun() {
        BenchOptions options = BenchOptions.parse(Path.of("/repo"));
        assertThat(options.cooperatives()).isEqualTo(100_000);
        assertThat(options.reports()).isEqualTo(300_000);
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.propagationRate()).isEqualTo(200);
        assertThat(options.eventRate()).isEqualTo(500);
        assertThat(options.planningRate()).isEqualTo(2);
        assertThat(options.economyRate()).isEqualTo(5);
        assertThat(options.output()).isEqualTo(Path.of("/repo/bench/target/results.md"));
    }

    @Test
    void quickIsSmallAndOptionsOverrideIt() {
        BenchOptions options = BenchOptions.parse(Path.of("/repo"), "--quick", "--cooperatives", "8000", "--dashboard-rate", "0.2",
                "--planning-rate", "5");
        assertThat(options.cooperatives()).isEqualTo(8_000);
        assertThat(options.reports()).isEqualTo(24_000);
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.dashboardRate()).isEqualTo(0.2);
        assertThat(options.planningRate()).isEqualTo(5);
    }

    @Test
    void nationalIsAMillionCooperativesAtFiveHundredEventsASecond() {
        BenchOptions options = BenchOptions.parse(Path.of("/repo"), "--national");
        assertThat(options.national()).isTrue();
        assertThat(options.cooperatives()).isEqualTo(1_000_000);
        assertThat(options.reports()).isEqualTo(3_000_000);
        assertThat(options.eventRate()).isEqualTo(500);
        assertThat(options.propagationRate()).isEqualTo(200);
        assertThat(BenchOptions.parse(Path.of("/repo"), "--event-rate", "800").eventRate()).isEqualTo(800);
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(BenchOptions.parse(Path.of("/repo")).national()).isFalse();
        assertThatThrownBy(() -> BenchOptions.parse(Path.of("/repo"), "--national", "--quick"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--national");
    }

    @Test
    void recoveryOnlyIsOffByDefaultAndTakesItsRate() {
        assertThat(BenchOptions.parse(Path.of("/repo")).recoveryOnly()).isFalse();
        assertThat(BenchOptions.parse(Path.of("/repo")).recoveryRate()).isEqualTo(50);
        BenchOptions options = BenchOptions.parse(Path.of("/repo"), "--recovery-only", "--recovery-rate", "80");
        assertThat(options.recoveryOnly()).isTrue();
        assertThat(options.recoveryRate()).isEqualTo(80);
        assertThat(options.describe()).isEqualTo("recovery only, registrations at 80/s");
    }

    @Test
    void refusesUnknownOptionsAndBadNumbers() {
        assertThatThrownBy(() -> BenchOptions.parse(Path.of("."), "--cooperatives", "many")).hasMessageContaining("--cooperatives");
        assertThatThrownBy(() -> BenchOptions.parse(Path.of("."), "--colour", "blue")).hasMessageContaining("--colour");
        assertThatThrownBy(() -> BenchOptions.parse(Path.of("."), "--duration")).hasMessageContaining("--duration");
    }
}
