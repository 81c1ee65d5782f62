package id.go.bekasikota.koperasi.bench;

import id.go.bekasikota.koperasi.stack.ConsumerProgress;
import id.go.bekasikota.koperasi.stack.ConsumerRecovery;
import id.go.bekasikota.koperasi.stack.LocalSuite;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Issue 24's figures: financing and awards killed ({@code kill -9}) while the registry takes
 * registrations at a constant rate, and started again at once, three times each
 * ({@link ConsumerRecovery}): from the kill to the first event their cooperative projection applied
 * after the restart, and to lag zero (the writes stop once it applies again; lag zero is when it
 * applied the last one). The figure is the slowest of the three runs; the note lists them all.
 */
final class Recovery {

    static final int RUNS = 3;
    private static final Duration RECOVERY_TIMEOUT = Duration.ofMinutes(3);

    private final ConstantRateLoad.Call register;
    private final double rate;
    private final Consumer<String> say;

    /** @param register one registration (one event on the registry's topic), expected to answer 201 */
    Recovery(ConstantRateLoad.Call register, double rate, Consumer<String> say) {
        this.register = register;
        this.rate = rate;
        this.say = say;
    }

    List<Figure> measure(LocalSuite suite) {
        List<Figure> figures = new ArrayList<>();
        try (ConsumerProgress progress = new ConsumerProgress(suite)) {
            for (String service : List.of("financing", "awards")) {
                ConsumerRecovery.Consumer consumer = ConsumerRecovery.Consumer.cooperativeProjection(service);
                List<ConsumerRecovery.Timing> runs = new ArrayList<>();
                for (int run = 1; run <= RUNS; run++) {
                    Writes writes = new Writes(register, rate);
                    try {
                        writes.awaitApplied(progress, consumer);
                        ConsumerRecovery.Timing timing = ConsumerRecovery.killAndRestart(suite, progress, consumer, writes::stop,
                                RECOVERY_TIMEOUT, suite.service(consumer.service())::ready);
                        say.accept(String.format(Locale.ROOT, "  %s run %d: %s (%d registrations at %.0f/s, %d failed)",
                                service, run, timing, writes.acknowledged.get(), rate, writes.failed.get()));
                        runs.add(timing);
                    } finally {
                        writes.stop();
                    }
                }
                figures.add(figure(service + ": kill -9 -> first event applied after the restart (slowest of " + RUNS + ")",
                        runs, ConsumerRecovery.Timing::killToFirstApplied));
                figures.add(figure(service + ": kill -9 -> lag zero (slowest of " + RUNS + ")",
                        runs, ConsumerRecovery.Timing::killToCaughtUp));
                figures.add(Figure.info(service + ": kill -9 -> ready again (slowest of " + RUNS + ")",
                        seconds(runs.stream().map(t -> Duration.between(t.killed(), t.ready())).max(Comparator.naturalOrder()).orElseThrow()),
                        "s", "runs: " + runs.stream().map(t -> format(Duration.between(t.killed(), t.ready())))
                                .collect(Collectors.joining(", ")) + " s; readiness waits for the lag (koperasi.consumers.ready-max-lag)"));
            }
        }
        return figures;
    }

    private Figure figure(String name, List<ConsumerRecovery.Timing> runs, Function<ConsumerRecovery.Timing, Duration> measure) {
        Duration slowest = runs.stream().map(measure).max(Comparator.naturalOrder()).orElseThrow();
        return new Figure(name, seconds(slowest), "s", Target.atMost(10, "s"),
                "runs: " + runs.stream().map(measure).map(Recovery::format).collect(Collectors.joining(", "))
                        + " s, of which the JVM's boot " + runs.stream().map(ConsumerRecovery.Timing::boot).map(Recovery::format)
                        .collect(Collectors.joining(", ")) + " s; registrations at " + (long) rate + "/s until the first event applied");
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private static String format(Duration duration) {
        return String.format(Locale.ROOT, "%.1f", seconds(duration));
    }

    /** Registrations at a constant rate on a thread of their own until stopped; answers counted. */
    private static final class Writes {

        private final AtomicBoolean writing = new AtomicBoolean(true);
        private final AtomicLong sent = new AtomicLong();
        private final AtomicLong acknowledged = new AtomicLong();
        private final AtomicLong failed = new AtomicLong();
        private final Instant started = Instant.now();
        private final double rate;
        private final Thread thread;

        Writes(ConstantRateLoad.Call register, double rate) {
            this.rate = rate;
            long interval = (long) (1e9 / rate);
            thread = new Thread(() -> {
                long next = System.nanoTime();
                for (long i = 0; writing.get(); i++) {
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    sent.incrementAndGet();
                    register.send(i).onComplete(answer -> {
                        if (answer.succeeded() && answer.result().statusCode() == 201) {
                            acknowledged.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                    });
                    next += interval;
                }
            }, "recovery-writes");
            thread.start();
        }

        /** Until the consumer applies these writes (a couple of seconds of them): the kill comes under load. */
        void awaitApplied(ConsumerProgress progress, ConsumerRecovery.Consumer consumer) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (acknowledged.get() < 2 * rate || progress.firstApplied(consumer.service(), consumer.inbox(), started).isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(consumer.service() + " applied none of the registrations within 60 s");
                }
                LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            }
        }

        /** Stops writing and waits for the answers still outstanding. */
        void stop() {
            writing.set(false);
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (acknowledged.get() + failed.get() < sent.get() && System.nanoTime() < deadline) {
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
        }
    }
}
