package id.go.bekasikota.koperasi.stack;

import id.go.bekasikota.koperasi.contracts.Topics;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * A consumer's service killed ({@code kill -9}) while events keep coming and started again at once,
 * as a supervisor would, timed from outside ({@link ConsumerProgress}): the system tests assert on
 * it, the benchmark reports it. The caller keeps writing until it is told to stop, which is as soon
 * as the new process applied its first event; from then the backlog drains.
 */
public final class ConsumerRecovery {

    private static final Duration POLL = Duration.ofMillis(100);
    /** The writes are the registry's: its outbox must be empty before a zero lag means caught up. */
    private static final String PRODUCER = "registry";

    private ConsumerRecovery() {
    }

    /** A consumer of the suite: the service it runs in, its inbox name, its consumer group and topic. */
    public record Consumer(String service, String inbox, String group, String topic) {

        /** The registry-projection consumer of financing or awards. */
        public static Consumer cooperativeProjection(String service) {
            return new Consumer(service, "cooperative-projection", service + "-service.cooperative-projection",
                    Topics.REGISTRY_COOPERATIVE);
        }
    }

    /**
     * @param killed        when the kill was sent
     * @param restarted     when the new process was started (the old one gone)
     * @param firstApplied  when the new process applied its first event (its consuming transaction, PostgreSQL's clock)
     * @param caughtUp      when it applied the last event written: lag zero from then on
     * @param brokerLagZero when the broker first showed the group's lag at zero (its next offset commit)
     * @param ready         when its readiness first answered 200 after the restart
     * @param boot          the new process's start-up as Quarkus logged it ("started in"), zero if it did not
     */
    public record Timing(Instant killed, Instant restarted, Instant firstApplied, Instant caughtUp, Instant brokerLagZero,
                         Instant ready, Duration boot) {

        public Duration killToFirstApplied() {
            return Duration.between(killed, firstApplied);
        }

        public Duration killToCaughtUp() {
            return Duration.between(killed, caughtUp);
        }

        /** When the new process was up: started, plus the boot Quarkus logged. */
        public Instant up() {
            return restarted.plus(boot);
        }

        public Duration upToFirstApplied() {
            return Duration.between(up(), firstApplied);
        }

        public Duration upToCaughtUp() {
            return Duration.between(up(), caughtUp);
        }

        @Override
        public String toString() {
            return ("kill -9 -> first event applied %d ms, -> lag zero %d ms (broker shows it %d ms), -> ready %d ms; "
                    + "the new process booted in %d ms (Quarkus), then first applied %d ms, lag zero %d ms").formatted(
                    killToFirstApplied().toMillis(), killToCaughtUp().toMillis(), Duration.between(killed, brokerLagZero).toMillis(),
                    Duration.between(killed, ready).toMillis(), boot.toMillis(), upToFirstApplied().toMillis(), upToCaughtUp().toMillis());
        }
    }

    /**
     * Kills {@code consumer}'s service, starts it again and waits for it to apply events again
     * ({@code stopWrites} then runs), for the broker to show no lag and for readiness.
     *
     * @param readiness asks the service's readiness, every 100 ms from the restart until the end, and answers whether
     *                  it answered 200; the only caller of readiness meanwhile, so that a caller sampling its answers (a
     *                  test) sees the replica's first UP ({@code ServiceProcess::ready} for one that samples nothing)
     * @throws IllegalStateException when that takes longer than {@code timeout}
     */
    public static Timing killAndRestart(LocalSuite suite, ConsumerProgress progress, Consumer consumer, Runnable stopWrites,
                                        Duration timeout, BooleanSupplier readiness) {
        ServiceProcess service = suite.service(consumer.service());
        Instant killed = Instant.now();
        service.kill();
        service.start();
        Instant restarted = Instant.now();
        Instant deadline = restarted.plus(timeout);
        Instant firstApplied = null;
        Instant brokerLagZero = null;
        Instant ready = null;
        while (firstApplied == null || brokerLagZero == null || ready == null) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(consumer.service() + " not recovered " + timeout + " after its restart: first applied "
                        + firstApplied + ", broker lag zero " + brokerLagZero + ", ready " + ready + "\n" + service.tail());
            }
            if (!service.running()) {
                throw new IllegalStateException(consumer.service() + " exited after its restart\n" + service.tail());
            }
            boolean up = readiness.getAsBoolean();
            if (ready == null && up) {
                ready = Instant.now();
            }
            if (firstApplied == null) {
                Optional<Instant> first = progress.firstApplied(consumer.service(), consumer.inbox(), killed);
                if (first.isPresent()) {
                    firstApplied = first.get();
                    stopWrites.run();
                }
            } else if (brokerLagZero == null && progress.unpublished(PRODUCER) == 0
                    && progress.brokerLag(consumer.group(), consumer.topic()) == 0) {
                brokerLagZero = Instant.now();
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
        Instant caughtUp = progress.lastApplied(consumer.service(), consumer.inbox(), killed).orElseThrow();
        return new Timing(killed, restarted, firstApplied, caughtUp, brokerLagZero, ready,
                service.reportedStartup().orElse(Duration.ZERO));
    }
}
