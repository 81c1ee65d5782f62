package id.go.bekasikota.koperasi.platform.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;

/**
 * Lets the relay's scheduled work run only while the messaging layer is connected: from the end
 * of start-up to the shutdown event.
 *
 * <p>The scheduler starts before the reactive messaging graph is wired (both at the start-up
 * event; messaging at {@code LIBRARY_BEFORE}, which on a busy machine takes longer than the
 * relay's first delay). A poll in that window created the relay, whose {@code outbox} emitter
 * could not be connected yet: {@code SRMSG00019} logged at ERROR with a stack trace on most
 * starts.
 *
 * <p>The same happened at the other end: the scheduler fires after the application context was
 * destroyed (the relay with it), and a poll then created a new relay while the messaging graph
 * was gone, {@code SRMSG00019} again, now "after shutdown". From the shutdown event on, each poll
 * is skipped without touching the relay.
 */
@Singleton
public class RelayStart implements Scheduled.SkipPredicate {

    private volatile boolean messagingConnected;

    /** After every library's start-up work, so after the messaging graph (emitters included) is wired. */
    void messagingConnected(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) StartupEvent started) {
        messagingConnected = true;
    }

    /** First among the shutdown observers: before the relay stops and long before the messaging graph goes. */
    void shuttingDown(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE - 1) ShutdownEvent shutdown) {
        messagingConnected = false;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !messagingConnected;
    }
}
