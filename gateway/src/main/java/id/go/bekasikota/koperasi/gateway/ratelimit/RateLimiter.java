package id.go.bekasikota.koperasi.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.go.bekasikota.koperasi.gateway.config.GatewayConfig;
import id.go.bekasikota.koperasi.gateway.edge.ClientLimits;
import id.go.bekasikota.koperasi.gateway.proxy.Message;
import id.go.bekasikota.koperasi.gateway.proxy.Problems;
import id.go.bekasikota.koperasi.gateway.security.TokenCheck;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;

/**
 * Token buckets (Bucket4j) per rate-limit group and client: a partner by its {@code partner_id}
 * (all of a bank's users share one budget), another caller by its token subject, a caller without
 * a token by its real address ({@code ClientAddresses}: behind trusted proxies, the forwarded one). Every answer carries
 * {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset} (draft-ietf-httpapi-ratelimit-headers).
 * Past the limit: 429 problem details with {@code Retry-After}.
 * Buckets live in this instance's memory, so each gateway instance enforces the limit on its own.
 */
@ApplicationScoped
public class RateLimiter {

    private final GatewayConfig config;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterAccess(Duration.ofMinutes(15))
            // Upkeep (expiry, eviction, the order of use) on the calling thread, a few entries at a time, instead of a
            // task for ForkJoinPool's common pool and a thread woken for it (issue 20).
            .executor(Runnable::run)
            .build();

    public RateLimiter(GatewayConfig config) {
        this.config = config;
    }

    /** True when the request may go on; otherwise the 429 answer has been sent. */
    public boolean admit(RoutingContext ctx, String group) {
        GatewayConfig.RateLimit limit = config.rateLimits().get(group);
        JsonWebToken token = ctx.get(TokenCheck.TOKEN_KEY);
        String client = ClientLimits.clientKey(ctx);
        long capacity = token == null ? limit.anonymousRequests() : limit.requests();
        Bucket bucket = buckets.get(group + "|" + client, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, limit.period()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long remaining = probe.isConsumed() ? probe.getRemainingTokens() : 0;
        ctx.response().putHeader("RateLimit-Limit", String.valueOf(capacity));
        ctx.response().putHeader("RateLimit-Reset", String.valueOf(secondsUntilFull(capacity, remaining, limit.period())));
        if (probe.isConsumed()) {
            ctx.response().putHeader("RateLimit-Remaining", String.valueOf(remaining));
            return true;
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        ctx.response().putHeader("RateLimit-Remaining", "0");
        ctx.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        Problems.send(ctx, Problems.tooManyRequests(Message.of("gateway.rate-limit",
                capacity, limit.period().toSeconds(), group, seconds)));
        return false;
    }

    /**
     * {@code RateLimit-Reset}: whole seconds until the client's full budget is back. The bucket refills
     * {@code capacity} tokens evenly over {@code period}, so the {@code capacity - remaining} tokens used
     * come back in that share of the period, rounded up (never promising a budget too early).
     */
    static long secondsUntilFull(long capacity, long remaining, Duration period) {
        long missing = Math.max(0, capacity - remaining);
        long nanos = Math.multiplyExact(missing, period.toNanos());
        long perSecond = Math.multiplyExact(capacity, 1_000_000_000L);
        return (nanos + perSecond - 1) / perSecond;
    }
}
