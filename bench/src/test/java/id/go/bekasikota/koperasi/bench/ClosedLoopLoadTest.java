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

/** Every answer of a saturation run is counted once, by the status the server sent. */
class ClosedLoopLoadTest {

    @Test
    void outcomesAreCountedByStatusAsTheServerSentThem() throws Exception {
        Vertx vertx = Vertx.vertx();
        Map<Integer, AtomicLong> sent = new ConcurrentHashMap<>();
        AtomicLong count = new AtomicLong();
        int port = Ports.free();
        try {
            vertx.createHttpServer().requestHandler(request -> {
                int status = count.incrementAndGet() % 2 == 0 ? 503 : 200;
                sent.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                request.response().setStatusCode(status).end("{}");
            }).listen(port, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);

            ClosedLoopLoad.Result result = ClosedLoopLoad.run("stub", 4, Duration.ofSeconds(2), i -> "http://127.0.0.1:" + port + "/x/" + i);

            Map<String, Long> answered = new java.util.TreeMap<>();
            sent.forEach((status, n) -> answered.put(String.valueOf(status), n.get()));
            assertThat(result.outcomes()).isEqualTo(answered);
            assertThat(count.get()).as("each connection sent at least one request").isGreaterThanOrEqualTo(4);
            long errors = sent.getOrDefault(503, new AtomicLong()).get();
            assertThat(result.serverErrors()).isEqualTo(errors);
            assertThat(result.row().errors()).isEqualTo(errors);
            assertThat(result.row().successes()).isEqualTo(sent.get(200).get());
            assertThat(result.row().note()).contains("4 connections");
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }
}
