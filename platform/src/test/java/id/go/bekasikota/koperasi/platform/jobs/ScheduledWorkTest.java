package id.go.bekasikota.koperasi.platform.jobs;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScheduledWorkTest {

    private final ScheduledWork scheduled = new ScheduledWork();

    @Test
    void runsTheJobWhileTheServiceRuns() {
        AtomicInteger runs = new AtomicInteger();
        scheduled.run("job", runs::incrementAndGet);
        scheduled.run("job", runs::incrementAndGet);
        assertThat(runs).hasValue(2);
    }

    @Test
    void aFailureWhileTheServiceRunsPropagates() {
        assertThatThrownBy(() -> scheduled.run("job", () -> {
            throw new IllegalStateException("database down");
        })).isInstanceOf(IllegalStateException.class).hasMessage("database down");
    }

    @Test
    void aJobTriggeredOnceTheServiceIsStoppingDoesNotRun() {
        AtomicInteger runs = new AtomicInteger();
        scheduled.onStop(null);
        scheduled.run("job", runs::incrementAndGet);
        assertThat(runs).hasValue(0);
        assertThat(scheduled.stopping()).isTrue();
    }

    @Test
    void aFailureCausedByTheShutdownIsNotReported() {
        // The job is running when the service begins to stop; its session then closes under it.
        scheduled.run("job", () -> {
            scheduled.onStop(null);
            throw new IllegalStateException("EntityManagerFactory is closed");
        });
        assertThat(scheduled.stopping()).isTrue();
    }
}
