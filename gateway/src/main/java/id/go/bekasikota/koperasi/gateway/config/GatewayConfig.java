package id.go.bekasikota.koperasi.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gateway's routing table, upstream services and limits ({@code koperasi.*}). Every value can
 * be overridden by an environment variable, e.g. {@code KOPERASI_SERVICES_REGISTRY_URL}.
 */
@ConfigMapping(prefix = "koperasi")
public interface GatewayConfig {

    /** Upstream services by name: {@code koperasi.services.registry.url=http://localhost:8081}. */
    Map<String, Service> services();

    /** Routes by name: the path prefixes a service owns and the rate-limit group they count against. */
    Map<String, Route> routes();

    /** Rate-limit groups by name ({@code koperasi.rate-limits.standard.requests=600}). */
    Map<String, RateLimit> rateLimits();

    /**
     * Operations open to callers without a token: {@code METHOD /path-prefix} (a prefix matches itself
     * and what lies below it, at a segment boundary). Everything else under {@code /api} needs a token.
     */
    List<String> publicOperations();

    Cors cors();

    SecurityHeaders securityHeaders();

    interface Service {

        /** Base URL, e.g. {@code http://registry-service:8080}; {@code https} is supported. */
        URI url();

        /** How long the service may stay silent before the gateway answers 504. */
        @WithDefault("10s")
        Duration timeout();

        @WithDefault("2s")
        Duration connectTimeout();

        /** Extra attempts for GET and HEAD when the connection failed or closed; never for other methods. */
        @WithDefault("1")
        int retries();

        @WithDefault("200ms")
        Duration retryDelay();

        /** Readiness of the service, asked by the gateway's own readiness check. */
        @WithDefault("/q/health/ready")
        String healthPath();

        /** The service's OpenAPI document, served at {@code /openapi/<service>}. */
        @WithDefault("/q/openapi?format=json")
        String openapiPath();

        CircuitBreaker circuitBreaker();
    }

    interface CircuitBreaker {

        /** Failures (refused connections, closed connections, timeouts) within the window that open the circuit. */
        @WithDefault("5")
        int failures();

        @WithDefault("10s")
        Duration window();

        /** How long an open circuit answers 503 at once before one request may try the service again. */
        @WithDefault("10s")
        Duration reset();
    }

    interface Route {

        /** The name of the service under {@code koperasi.services}. */
        String service();

        /** {@code /api/v1/cooperatives}: routes the prefix itself and everything below it. */
        List<String> prefixes();

        /** The rate-limit group the route counts against; routes of one group share a client's bucket. */
        @WithDefault("standard")
        String rateLimit();

        /** The route's own timeout where it differs from the service's (a bulk import takes longer). */
        Optional<Duration> timeout();
    }

    interface RateLimit {

        /** Requests one client (a partner by its {@code partner_id}, else the token subject) may send per period. */
        long requests();

        /** Requests one IP address without a token may send per period. */
        long anonymousRequests();

        @WithDefault("1m")
        Duration period();
    }

    interface Cors {

        /** The frontend origins allowed to call the API from a browser (feeds {@code quarkus.http.cors.origins}). */
        List<String> origins();
    }

    interface SecurityHeaders {

        /** {@code Strict-Transport-Security} value, e.g. {@code max-age=31536000; includeSubDomains}; none when absent. */
        Optional<String> hsts();
    }
}
