package id.go.bekasikota.koperasi.notifications.service;

import id.go.bekasikota.koperasi.notifications.config.WebhooksConfig;
import id.go.bekasikota.koperasi.notifications.domain.Delivery;
import id.go.bekasikota.koperasi.notifications.domain.DeliveryState;
import id.go.bekasikota.koperasi.notifications.domain.EgressPolicy;
import id.go.bekasikota.koperasi.notifications.domain.RetrySchedule;
import id.go.bekasikota.koperasi.notifications.domain.SigningSecret;
import id.go.bekasikota.koperasi.notifications.domain.Subscription;
import id.go.bekasikota.koperasi.notifications.domain.WebhookSigner;
import id.go.bekasikota.koperasi.notifications.repository.DeliveryQueue;
import id.go.bekasikota.koperasi.notifications.repository.EndpointCircuits;
import id.go.bekasikota.koperasi.platform.time.Today;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Delivers the due webhooks: one worker thread per instance claims a batch (with a lease, so
 * instances share the work and a crashed one's claims come back; at most {@code per-subscription} of
 * one subscription, the owners taking turns: {@link DeliveryQueue#claim}), sends them in parallel, then
 * records every attempt and moves each delivery and endpoint circuit; a failed attempt is retried by
 * the schedule, not before a 429's or 503's {@code Retry-After}. An event that made deliveries wakes it
 * at once; otherwise it looks every {@code idle-poll}.
 */
@ApplicationScoped
public class DeliveryDispatcher {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";
    /** Rounds of the dispatcher (each a transaction claiming due deliveries), woken or polling. */
    public static final String ROUNDS = "koperasi.webhooks.dispatcher.rounds";

    /** One claimed delivery, ready to send. */
    record Outgoing(UUID deliveryId, UUID subscriptionId, String webhookId, String url, String payload, List<String> secrets) {
    }

    private final DeliveryQueue queue;
    private final EndpointCircuits circuits;
    private final WebhookClient client;
    private final WebhooksConfig config;
    private final Today today;
    private final MeterRegistry meters;
    private final RetrySchedule schedule;
    private final EgressPolicy egress;
    private final SecureRandom random = new SecureRandom();
    /** Name resolution, which blocks: off the dispatcher's thread, the batch's names side by side. */
    private final ExecutorService resolving = Executors.newFixedThreadPool(8, r -> {
        Thread thread = new Thread(r, "webhook-resolver");
        thread.setDaemon(true);
        return thread;
    });
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private boolean woken;
    private volatile boolean running;
    private Thread worker;

    public DeliveryDispatcher(DeliveryQueue queue, EndpointCircuits circuits, WebhookClient client, WebhooksConfig config,
                              Today today, MeterRegistry meters) {
        this.queue = queue;
        this.circuits = circuits;
        this.client = client;
        this.config = config;
        this.today = today;
        this.meters = meters;
        this.schedule = schedule(config.retry());
        this.egress = policy(config.egress());
        if (config.delivery().perSubscription() < 1) {
            throw new IllegalArgumentException("koperasi.webhooks.delivery.per-subscription must be at least 1, not "
                    + config.delivery().perSubscription());
        }
    }

    static RetrySchedule schedule(WebhooksConfig.Retry retry) {
        return new RetrySchedule(retry.first(), retry.factor(), retry.max(), retry.jitter(), retry.budget());
    }

    static EgressPolicy policy(WebhooksConfig.Egress egress) {
        return new EgressPolicy(egress.allowHttp(), egress.allowLoopback(), egress.allowPrivate());
    }

    void start(@Observes StartupEvent started) {
        running = true;
        worker = new Thread(this::loop, "webhook-dispatcher");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        wake();
        if (worker != null) {
            // The round in flight finishes; its sends are bounded by the request timeout.
            worker.join(config.delivery().requestTimeout().plusSeconds(2).toMillis());
        }
        resolving.shutdownNow();
    }

    /** Something may be due now (a new event was accepted, a delivery was redelivered). */
    public void wake() {
        lock.lock();
        try {
            woken = true;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        while (running) {
            int sent;
            try {
                sent = round();
            } catch (RuntimeException e) {
                LOG.warnf("Webhook dispatch failed, trying again: %s", e.getMessage());
                sent = 0;
            }
            if (sent == 0) {
                idle();
            }
        }
    }

    private void idle() {
        lock.lock();
        try {
            if (!woken && running) {
                work.await(config.delivery().idlePoll().toMillis(), TimeUnit.MILLISECONDS);
            }
            woken = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    /** One batch: claim, send, record. Returns how many were sent. */
    int round() {
        meters.counter(ROUNDS).increment();
        List<Outgoing> batch = QuarkusTransaction.requiringNew().call(this::claim);
        if (batch.isEmpty()) {
            return 0;
        }
        Map<Outgoing, CompletableFuture<WebhookClient.Outcome>> sending = new LinkedHashMap<>();
        batch.forEach(outgoing -> sending.put(outgoing, send(outgoing)));
        Map<Outgoing, WebhookClient.Outcome> outcomes = new LinkedHashMap<>();
        sending.forEach((outgoing, outcome) -> outcomes.put(outgoing, outcome.join()));
        QuarkusTransaction.requiringNew().run(() -> outcomes.forEach(this::record));
        return batch.size();
    }

    private List<Outgoing> claim() {
        Instant now = today.now();
        List<UUID> ids = queue.claim(config.delivery().batch(), config.delivery().perSubscription(), now,
                now.plus(config.delivery().lease()));
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Delivery> deliveries = new ArrayList<>(Delivery.<Delivery>list("id in ?1", ids));
        // The claim's order: the longest due first (a tripped endpoint's probe is its first).
        deliveries.sort(Comparator.<Delivery, Instant>comparing(d -> d.nextAttemptAt).thenComparing(d -> d.sequence));
        Set<UUID> subscriptionIds = new HashSet<>();
        deliveries.forEach(d -> subscriptionIds.add(d.subscriptionId));
        Map<UUID, Subscription> subscriptions = new HashMap<>();
        Subscription.<Subscription>list("id in ?1", subscriptionIds).forEach(s -> subscriptions.put(s.id, s));
        Map<UUID, List<SigningSecret>> secrets = new HashMap<>();
        SigningSecret.<SigningSecret>list("subscriptionId in ?1", subscriptionIds)
                .forEach(s -> secrets.computeIfAbsent(s.subscriptionId, k -> new ArrayList<>()).add(s));

        List<Outgoing> batch = new ArrayList<>();
        Set<UUID> probing = new HashSet<>();
        List<UUID> release = new ArrayList<>();
        for (Delivery delivery : deliveries) {
            Subscription subscription = subscriptions.get(delivery.subscriptionId);
            // A tripped endpoint whose open time is over is probed with one delivery, not a burst.
            if (subscription.tripped(config.circuit().failures()) && !probing.add(subscription.id)) {
                release.add(delivery.id);
                continue;
            }
            batch.add(new Outgoing(delivery.id, subscription.id, delivery.webhookId, subscription.url, delivery.payload,
                    SigningSecret.signing(secrets.getOrDefault(subscription.id, List.of()), now)));
        }
        queue.release(release);
        return batch;
    }

    /**
     * Resolves the URL's host and checks every address again at each attempt (the name may point elsewhere since the
     * subscription was made), then sends to a checked address ({@link WebhookClient#post}: the name is not resolved a
     * second time). The resolution runs off this thread, the batch's resolutions side by side, and is given up after
     * the connect timeout: one subscriber's slow name server delays neither the others nor the round beyond the
     * request timeout.
     */
    private CompletableFuture<WebhookClient.Outcome> send(Outgoing outgoing) {
        long started = System.nanoTime();
        Duration limit = config.delivery().connectTimeout();
        return CompletableFuture.supplyAsync(() -> egress.destination(outgoing.url(), InetAddress::getAllByName), resolving)
                .orTimeout(limit.toMillis(), TimeUnit.MILLISECONDS)
                .handle((destination, failure) -> {
                    if (failure != null) {
                        return CompletableFuture.completedFuture(new WebhookClient.Outcome(null, Duration.ofNanos(System.nanoTime() - started).toMillis(),
                                "not sent: the url's host did not resolve within " + limit.toMillis() + " ms", null, null));
                    }
                    if (destination.refusal().isPresent()) {
                        return CompletableFuture.completedFuture(new WebhookClient.Outcome(null, 0,
                                "not sent: the url " + destination.refusal().get(), null, null));
                    }
                    return client.post(outgoing.url(), destination.addresses().get(0), headers(outgoing), outgoing.payload());
                })
                .thenCompose(Function.identity());
    }

    private static Map<String, String> headers(Outgoing outgoing) {
        // The real time, not the office clock: receivers check it against their own clock to refuse replays
        // (as tokens keep the real time when a suite runs on another office day).
        long timestamp = Instant.now().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", outgoing.webhookId());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSigner.signatures(outgoing.secrets(), outgoing.webhookId(), timestamp, outgoing.payload()));
        headers.put("Content-Type", CONTENT_TYPE);
        headers.put("User-Agent", "Koperasi-Webhooks/1.0");
        return headers;
    }

    private void record(Outgoing outgoing, WebhookClient.Outcome outcome) {
        Delivery delivery = Delivery.findById(outgoing.deliveryId());
        if (delivery == null || delivery.state != DeliveryState.PENDING) {
            return;
        }
        Instant at = today.now();
        if (outcome.succeeded()) {
            delivery.delivered(at, outcome.status(), outcome.latencyMillis(), outcome.excerpt()).persist();
            circuits.succeeded(outgoing.subscriptionId());
        } else {
            String error = outcome.error() != null ? outcome.error() : answered(outcome);
            // Retry-After counts from now, after the answer came: the receiver is never asked again earlier than it said.
            Optional<Instant> retry = delivery.retryAfterFailure(schedule, at, random.nextDouble(), outcome.retryAfter());
            delivery.failed(at, outcome.status(), outcome.latencyMillis(), error, outcome.excerpt(), retry).persist();
            circuits.failed(outgoing.subscriptionId(), config.circuit().failures(), at.plus(config.circuit().openFor()));
            if (Integer.valueOf(410).equals(outcome.status())) {
                circuits.gone(outgoing.subscriptionId());
            }
        }
        meters.counter("koperasi.webhooks.attempts", "outcome", outcome.succeeded() ? "delivered"
                : delivery.state == DeliveryState.DEAD ? "dead" : "failed").increment();
    }

    /**
     * The attempt log's error for an answer other than 2xx: {@code answered 503}, with the wait the receiver asked
     * for in whole seconds (rounded up), as it asked, before the cap: {@code answered 429, Retry-After 120 s}.
     */
    static String answered(WebhookClient.Outcome outcome) {
        if (outcome.retryAfter() == null) {
            return "answered " + outcome.status();
        }
        Duration asked = outcome.retryAfter();
        long seconds = asked.getSeconds() + (asked.getNano() > 0 && asked.getSeconds() < Long.MAX_VALUE ? 1 : 0);
        return "answered " + outcome.status() + ", Retry-After " + seconds + " s";
    }
}
