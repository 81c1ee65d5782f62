package id.go.bekasikota.koperasi.platform.jobs;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Runs one execution of a service's scheduled job so that a shutdown never reads as a failure.
 *
 * <p>A job triggered once the service has begun to stop does not run. A job already running when
 * the service stops loses its database session or Kafka client under it: what it throws then is
 * the shutdown's doing, logged at DEBUG (the job is idempotent and the next start does the work);
 * what it throws while the service runs propagates, so the scheduler logs it as the error it is.
 *
 * <p>Every {@code @Scheduled} method of the suite goes through {@link #run(String, Runnable)}.
 */
@ApplicationScoped
public class ScheduledWork {

    private static final Logger LOG = Logger.getLogger(ScheduledWork.class);

    private volatile boolean stopping;

    /** Observed before the other shutdown observers (which close the clients a job may be using). */
    void onStop(@Observes @Priority(1) ShutdownEvent shutdown) {
        stopping = true;
    }

    /** True once the service has begun to stop. */
    public boolean stopping() {
        return stopping;
    }

    /** Runs {@code work} unless the service is stopping; see the class description for failures. */
    public void run(String job, Runnable work) {
        if (stopping) {
            LOG.debugf("Scheduled job %s not run: the service is stopping", job);
            return;
        }
        try {
            work.run();
        } catch (RuntimeException e) {
            if (!stopping) {
                throw e;
            }
            LOG.debugf("Scheduled job %s cut off by the shutdown: %s", job, e);
        }
    }
}
