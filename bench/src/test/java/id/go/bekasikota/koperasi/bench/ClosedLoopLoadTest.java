package id.go.bekasikota.koperasi.bench;

import id.go.bekasikota.koperasi.stack.Ports;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Every answer of a saturation run is counted once, by the status the server sent (and a problem's type). */
class ClosedLoopLoadTest {

    @Test
    void outcomesAreCountedByStatusAsTheServerSentThem() throws Exception {
        Vertx vertx = Vertx.vertx();
        // every fourth answer a plain 503, every fourth a 503 problem of the gateway's own overload, the others 200
        Map<String, AtomicLong> sent = new ConcurrentHashMap<>();
        AtomicLong count = new AtomicLong();
        int port = Ports.free();
        try {
            vertx.createHttpServer().requestHandler(request -> {
                long n = count.incrementAndGet() % 4;
                if (n == 0) {
                    sent.computeIfAbsent("503 gateway-overloaded", s -> new AtomicLong()).incrementAndGet();
                    request.response().setStatusCode(503).putHeader("Content-Type", "application/problem+json")
                            .end("{\"type\": \"https://koperasi.bekasikota.go.id/problems/gateway-overloaded\", \"status\": 503}");
                } else if (n == 2) {
                    sent.computeIfAbsent("503", s -> new AtomicLong()).incrementAndGet();
                    request.response().setStatusCode(503).end("{}");
                } else {
                    sent.computeIfAbsent("200", s -> new AtomicLong()).incrementAndGet();
                    request.response().setStatusCode(200).end("{}");
                }
            }).listen(port, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);

            ClosedLoopLoad.Result result = ClosedLoopLoad.run("stub", 4, Duration.ofSeconds(2), i -> "http://127.0.0.1:" + port + "/x/" + i);

            Map<String, Long> answered = new java.util.TreeMap<>();
            sent.forEach((outcome, n) -> answered.put(outcome, n.get()));
            assertThat(result.outcomes()).isEqualTo(answered);
            assertThat(count.get()).as("each connection sent at least four requests").isGreaterThanOrEqualTo(16);
            long errors = sent.get("503").get() + sent.get("503 gateway-overloaded").get();
            assertThat(result.serverErrors()).isEqualTo(errors);
            assertThat(result.row().errors()).isEqualTo(errors);
            assertThat(result.row().successes()).isEqualTo(sent.get("200").get());
            assertThat(result.row().note()).contains("4 connections");
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }
}
