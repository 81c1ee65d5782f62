package id.go.bekasikota.koperasi.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.go.bekasikota.koperasi.gateway.config.GatewayConfig;
import id.go.bekasikota.koperasi.gateway.proxy.Problems;
import id.go.bekasikota.koperasi.gateway.security.TokenCheck;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;

/**
 * Token buckets (Bucket4j) per route group and client: a partner by its {@code partner_id},
 * another caller by its token subject, an anonymous caller by its IP. Past the limit: 429
 * problem details with {@code Retry-After}.
 */
@ApplicationScoped
public class RateLimiter {

    private final GatewayConfig config;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    public RateLimiter(GatewayConfig config) {
        this.config = config;
    }

    /** True when the request may go on; otherwise the 429 answer has been sent. */
    public boolean admit(RoutingContext ctx, String service) {
        JsonWebToken token = ctx.get(TokenCheck.TOKEN_KEY);
        String client;
        long perMinute;
        GatewayConfig.Service limits = config.services().get(service);
        if (token == null) {
            client = "ip:" + (ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().host());
            perMinute = limits.anonymousRateLimit();
        } else {
            Object partner = token.getClaim("partner_id");
            client = partner != null ? "partner:" + partner : "sub:" + token.getSubject();
            perMinute = limits.rateLimit();
        }
        Bucket bucket = buckets.get(service + "|" + client, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            ctx.response().putHeader("RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
            return true;
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        ctx.response().putHeader("Retry-After", String.valueOf(seconds));
        Problems.answer(ctx, 429, "too-many-requests", "Too many requests",
                "More than " + perMinute + " requests a minute to " + service + "; retry after " + seconds + " s");
        return false;
    }
}
