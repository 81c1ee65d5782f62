package id.go.bekasikota.koperasi.projection.rebuild;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The progress of the rebuild running in this instance, for {@code /q/metrics}
 * ({@code koperasi_projection_rebuild_running}, {@code _events_applied}, {@code _lag}, tag
 * {@code projection="registry"}) and {@code /q/health}. The figures stay at the last rebuild's
 * until the next one starts.
 */
@ApplicationScoped
public class RebuildProgress {

    private volatile UUID rebuild;
    private volatile RebuildState state;
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong lag = new AtomicLong();

    void register(@Observes StartupEvent startup, MeterRegistry registry) {
        Gauge.builder("koperasi.projection.rebuild.running", this, p -> p.running() ? 1 : 0)
                .description("1 while this instance rebuilds the projection of the register").tag("projection", "registry")
                .register(registry);
        Gauge.builder("koperasi.projection.rebuild.events.applied", applied, AtomicLong::get)
                .description("Events the current (or last) rebuild applied to its fresh table").tag("projection", "registry")
                .register(registry);
        Gauge.builder("koperasi.projection.rebuild.lag", lag, AtomicLong::get)
                .description("Records the current rebuild has left to read up to the end its phase aims at")
                .tag("projection", "registry").register(registry);
    }

    void started(UUID id) {
        rebuild = id;
        state = RebuildState.REPLAYING_SNAPSHOTS;
        applied.set(0);
        lag.set(0);
    }

    void state(RebuildState next) {
        state = next;
    }

    void progressed(long eventsApplied, long remaining) {
        applied.set(eventsApplied);
        lag.set(remaining);
    }

    public boolean running() {
        return state != null && !state.finished();
    }

    public UUID rebuild() {
        return rebuild;
    }

    public RebuildState state() {
        return state;
    }

    public long applied() {
        return applied.get();
    }

    public long lag() {
        return lag.get();
    }
}
