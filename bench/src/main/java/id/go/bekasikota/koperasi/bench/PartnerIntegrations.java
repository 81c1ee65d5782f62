package id.go.bekasikota.koperasi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.stack.DevTokens;
import id.go.bekasikota.koperasi.stack.WebhookReceiver;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * Issue 18's rows: a webhook's delivery latency from the writing commit to the endpoint at a
 * constant event rate, and a page of 1,000 of the registry's changes feed over the loaded register.
 */
final class PartnerIntegrations {

    static final double WEBHOOK_EVENTS_PER_SECOND = 50;
    static final double FEED_PAGES_PER_SECOND = 5;
    static final int FEED_PAGE = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConstantRateLoad load;
    private final String officer;
    private final Consumer<String> say;

    PartnerIntegrations(ConstantRateLoad load, String officer, Consumer<String> say) {
        this.load = load;
        this.officer = officer;
        this.say = say;
    }

    /**
     * A government system's endpoint (a receiver on loopback) subscribed to {@code registered};
     * registrations direct to the registry at 50/s. Each webhook's latency is its arrival at the
     * endpoint minus the CloudEvent's {@code time}, the outbox row's {@code occurred_at} stamped
     * in the writing transaction: commit, relay, Kafka, the consumer, the dispatcher, HTTP.
     */
    List<LatencyResult> webhookLatency(String gateway, String registry, Duration duration, Duration warmUp,
                                       LongFunction<String> newCooperative) {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String path = "/bench/" + System.nanoTime();
            HttpResponse<Buffer> subscribed = await(load.request(HttpMethod.POST, gateway + "/api/v1/webhook-subscriptions")
                    .bearerTokenAuthentication(officer).putHeader("Content-Type", "application/json")
                    .sendBuffer(Buffer.buffer("{\"url\":\"" + receiver.url(path)
                            + "\",\"eventTypes\":[\"id.go.bekasikota.registry.cooperative.registered.v1\"]}")));
            if (subscribed.statusCode() != 201) {
                throw new IllegalStateException("subscription refused: " + subscribed.statusCode() + " " + subscribed.bodyAsString());
            }
            AtomicLong n = new AtomicLong(1_000_000_000L);
            ConstantRateLoad.Call register = i -> load.request(HttpMethod.POST, registry + "/api/v1/cooperatives")
                    .bearerTokenAuthentication(officer).putHeader("Content-Type", "application/json")
                    .sendBuffer(Buffer.buffer(newCooperative.apply(n.incrementAndGet())));
            say.accept("Webhooks: registrations at " + WEBHOOK_EVENTS_PER_SECOND + "/s, each delivered to a receiver on loopback ...");
            LatencyResult warm = load.run("warm-up", new Schedule(10, warmUp.isZero() ? Duration.ofSeconds(2) : warmUp), register, 201, Target.NONE);
            awaitCount(receiver, path, warm.successes(), Duration.ofSeconds(60));
            int before = receiver.received(path).size();
            LatencyResult writes = load.run("cooperative registration (officer, direct; webhook run)",
                    new Schedule(WEBHOOK_EVENTS_PER_SECOND, duration), register, 201, Target.NONE);
            awaitCount(receiver, path, before + writes.successes(), Duration.ofSeconds(120));
            List<WebhookReceiver.Received> arrived = receiver.received(path);
            Histogram micros = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
            for (WebhookReceiver.Received webhook : arrived.subList(before, arrived.size())) {
                Instant committed = Instant.parse(JSON.readTree(webhook.body()).path("time").asText());
                micros.recordValue(Math.max(0, Duration.between(committed, webhook.at()).toNanos() / 1_000));
            }
            long missing = Math.max(0, writes.successes() - (arrived.size() - before));
            double seconds = writes.successes() / Math.max(1e-9, writes.achieved());
            LatencyResult row = LatencyResult.of("webhook delivery, commit -> endpoint (" + (long) WEBHOOK_EVENTS_PER_SECOND + " events/s)",
                            WEBHOOK_EVENTS_PER_SECOND, seconds, micros, missing, Target.NONE)
                    .withNote("outbox occurred_at -> arrival at a loopback receiver, " + micros.getTotalCount() + " webhooks"
                            + (missing > 0 ? ", " + missing + " not arrived within 120 s" : ""));
            return List.of(writes, row);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The changes feed as a government system reads it (role {@code system}, through the gateway):
     * once from the start to the end in pages of 1,000 (the time of a full read is a figure), then
     * pages of 1,000 after cursors spread over the whole feed at a constant rate.
     */
    Result changesFeed(String gateway, Duration duration, Duration warmUp) {
        String system = DevTokens.issue("system", "bench-ods@dev", null, null, Duration.ofHours(12));
        List<String> cursors = new ArrayList<>();
        String cursor = null;
        long changes = 0;
        long started = System.nanoTime();
        while (true) {
            String url = gateway + "/api/v1/cooperative-changes?limit=" + FEED_PAGE + (cursor == null ? "" : "&after=" + cursor);
            HttpResponse<Buffer> page = await(load.request(HttpMethod.GET, url).bearerTokenAuthentication(system).send());
            if (page.statusCode() != 200) {
                throw new IllegalStateException("feed page: " + page.statusCode() + " " + page.bodyAsString());
            }
            JsonNode json;
            try {
                json = JSON.readTree(page.bodyAsString());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            if (cursor != null) {
                cursors.add(cursor);
            }
            changes += json.path("items").size();
            cursor = json.path("next").asText();
            if (!json.path("hasMore").asBoolean()) {
                break;
            }
        }
        double fullRead = (System.nanoTime() - started) / 1e9;
        cursors.add(0, null);
        say.accept(String.format(Locale.ROOT, "Changes feed: read %d changes from the start in %.1f s (%d pages)", changes, fullRead, cursors.size()));
        Random random = new Random(18);
        ConstantRateLoad.Call page = i -> {
            String after = cursors.get(random.nextInt(Math.max(1, cursors.size() - 1)));
            return load.request(HttpMethod.GET, gateway + "/api/v1/cooperative-changes?limit=" + FEED_PAGE + (after == null ? "" : "&after=" + after))
                    .bearerTokenAuthentication(system).send();
        };
        if (!warmUp.isZero()) {
            load.run("warm-up", new Schedule(FEED_PAGES_PER_SECOND, warmUp), page, 200, Target.NONE);
        }
        LatencyResult pages = load.run("changes feed page of " + FEED_PAGE + " (system role, gateway)", new Schedule(FEED_PAGES_PER_SECOND, duration),
                page, 200, Target.NONE).withNote("after a random cursor of the " + changes + "-change feed");
        return new Result(pages, changes, fullRead);
    }

    /** The feed page run, and the full read from the start. */
    record Result(LatencyResult pages, long changes, double fullReadSeconds) {
    }

    private static void awaitCount(WebhookReceiver receiver, String path, long count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (receiver.received(path).size() < count && System.nanoTime() < deadline) {
            RegisterLoader.sleep(200);
        }
    }

    private static <T> T await(io.vertx.core.Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(5, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
