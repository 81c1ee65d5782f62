package id.go.bekasikota.koperasi.platform.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.go.bekasikota.koperasi.platform.i18n.Languages;
import id.go.bekasikota.koperasi.platform.i18n.Messages;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every service's own rate limit, for what reaches it without the gateway: per client address, a
 * token bucket of {@code koperasi.client-rate-limit.requests} per {@code .period} (generous: 6,000 a
 * minute), past it 429 problem details with {@code Retry-After}. A request the gateway forwarded
 * (an {@code X-Forwarded-For} from a trusted proxy, {@code quarkus.http.proxy.trusted-proxies}, which
 * Quarkus marks with {@code X-Forwarded-Trusted-Proxy}) was limited per client there and is not
 * counted again. Where the gateway and other callers share an address (loopback in {@code ./suite}),
 * a caller on that host could pass as the gateway: the services listen on loopback there.
 */
@ApplicationScoped
public class ClientRateLimit {

    private static final String TRUSTED_PROXY_HEADER = "X-Forwarded-Trusted-Proxy";

    private final long requests;
    private final Duration period;
    private final ObjectMapper objectMapper;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(15))
            // Upkeep (expiry, eviction, the order of use) on the calling thread, a few entries at a time, instead of a
            // task for ForkJoinPool's common pool and a thread woken for it (issue 20).
            .executor(Runnable::run)
            .build();

    public ClientRateLimit(@ConfigProperty(name = "koperasi.client-rate-limit.requests") long requests,
                           @ConfigProperty(name = "koperasi.client-rate-limit.period") Duration period,
                           ObjectMapper objectMapper) {
        this.requests = requests;
        this.period = period;
        this.objectMapper = objectMapper;
    }

    void routes(@Observes Router router) {
        router.route("/api/*").order(-10).handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        if ("true".equals(ctx.request().getHeader(TRUSTED_PROXY_HEADER)) && ctx.request().getHeader("X-Forwarded-For") != null) {
            ctx.next();
            return;
        }
        SocketAddress peer = ctx.request().connection().remoteAddress();
        String client = peer == null || peer.host() == null ? "unknown" : peer.host();
        Bucket bucket = buckets.get(client, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(requests).refillGreedy(requests, period).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            ctx.next();
            return;
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        Locale language = Languages.choose(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Problem problem = new Problem(ProblemType.TOO_MANY_REQUESTS.uri(), ProblemType.TOO_MANY_REQUESTS.title(language), 429,
                Messages.format(language, "problem.too-many-requests.client", requests, period.toSeconds(), seconds),
                ctx.request().path(), List.of(), Map.of());
        try {
            ctx.response().setStatusCode(429)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONTENT_LANGUAGE, Languages.tag(language))
                    .putHeader(HttpHeaders.VARY, "Accept-Language")
                    .putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                    .end(objectMapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }
}
