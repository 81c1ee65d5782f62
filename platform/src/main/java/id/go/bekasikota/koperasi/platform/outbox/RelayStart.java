package id.go.bekasikota.koperasi.platform.outbox;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;

/**
 * Holds the relay's scheduled work back until the messaging layer is connected.
 *
 * <p>The scheduler starts before the reactive messaging graph is wired (both at the start-up
 * event; messaging at {@code LIBRARY_BEFORE}, which on a busy machine takes longer than the
 * relay's first delay). A poll in that window created the relay, whose {@code outbox} emitter
 * could not be connected yet: {@code SRMSG00019} logged at ERROR with a stack trace on most
 * starts. Until this observer has run, each poll is skipped without touching the relay.
 */
@Singleton
public class RelayStart implements Scheduled.SkipPredicate {

    private volatile boolean messagingConnected;

    /** After every library's start-up work, so after the messaging graph (emitters included) is wired. */
    void messagingConnected(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) StartupEvent started) {
        messagingConnected = true;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !messagingConnected;
    }
}
