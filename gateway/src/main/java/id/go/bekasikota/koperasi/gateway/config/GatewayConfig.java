package id.go.bekasikota.koperasi.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
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

    /** Limits per client and on the requests themselves, against stalled and flooding clients ({@code koperasi.limits.*}). */
    Limits limits();

    /** Accepted tokens remembered, so that their next requests skip the signature check ({@code koperasi.verified-tokens.*}). */
    VerifiedTokens verifiedTokens();

    /**
     * The proxies (load balancers) whose {@code Forwarded}/{@code X-Forwarded-For} the gateway believes, as
     * addresses or CIDR ranges ({@code 10.0.0.0/8}); from any other peer these headers are ignored and the
     * peer is the client. None by default.
     */
    Optional<List<String>> trustedProxies();

    interface Service {

        /** Base URL, e.g. {@code http://registry-service:8080}; {@code https} is supported. */
        URI url();

        /** How long the service may stay silent before the gateway answers 504. */
        @WithDefault("10s")
        Duration timeout();

        @WithDefault("2s")
        Duration connectTimeout();

        /**
         * How long a pooled connection to the service may stay idle before the gateway closes it (whole seconds).
         * Shorter than the service's own idle timeout ({@code HTTP_IDLE_TIMEOUT}, 30 s), so that an idle connection
         * is closed by the gateway, never by the service just as a request goes out on it.
         */
        @WithDefault("20s")
        Duration keepAliveTimeout();

        /**
         * Extra attempts for GET and HEAD whose connection failed before the service's answer began (refused,
         * closed, reset); never for other methods, a timeout or a full pool ({@code RetryRule}).
         */
        @WithDefault("1")
        int retries();

        @WithDefault("200ms")
        Duration retryDelay();

        /**
         * The service's management interface (health and metrics, {@code quarkus.management.port}), e.g.
         * {@code http://registry-service:9000}; its readiness is asked there. Defaults to {@link #url()}.
         */
        Optional<URI> managementUrl();

        /** Readiness of the service, asked by the gateway's own readiness check on the management interface. */
        @WithDefault("/q/health/ready")
        String healthPath();

        /**
         * Requests at the service at once at most, over all event loops (so connections in use at most; each event
         * loop has its own pool); more requests wait for a slot.
         */
        @WithDefault("64")
        int maxConnections();

        /** Requests that may wait for a slot; past it the gateway answers 503 gateway-overloaded at once. */
        @WithDefault("256")
        int maxQueued();

        /**
         * How long a request may wait for a slot before the gateway answers 503 gateway-overloaded; also how long a
         * new connection may take to be accepted (past it 503, counted against the service).
         */
        @WithDefault("2s")
        Duration poolWait();

        /** The service's OpenAPI document, served at {@code /openapi/<service>}. */
        @WithDefault("/q/openapi?format=json")
        String openapiPath();

        CircuitBreaker circuitBreaker();
    }

    interface CircuitBreaker {

        /**
         * Failures of the service in a row, each within {@code window} of the previous one, that open the circuit:
         * refused connections, no connection accepted in time, answers 500, 502 and 504, answers broken off,
         * and timeouts while the caller was still waiting. A caller that hangs up or stalls, and the gateway's
         * own overload, are never counted.
         */
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

        /**
         * The frontend origins allowed to call every operation from a browser. Public operations (the
         * anonymous reads and the API documents) are open to any origin, without credentials.
         */
        List<String> origins();
    }

    interface VerifiedTokens {

        /** Tokens remembered at most; the least used go first. */
        @WithDefault("2000")
        long maximumSize();

        /** How long an accepted token is taken without checking its signature again; never past its {@code exp}. */
        @WithDefault("60s")
        Duration keptFor();
    }

    interface Limits {

        /** Requests one client (as for the rate limits) may have in progress at once; past it 429. */
        @WithDefault("32")
        int inFlightPerClient();

        /** Connections one address (not a trusted proxy) may hold open with requests on them; past it 429 and the connection closes. */
        @WithDefault("64")
        int connectionsPerAddress();

        /**
         * Bodies up to this size (announced by {@code Content-Length}) are read completely before the service is
         * called, so that a client that stalls its body never holds a connection to a service. Larger or chunked
         * bodies are streamed, and only for callers with a token (411/413 without one).
         */
        @WithDefault("1M")
        MemorySize bufferedBodySize();

        /** How long reading a buffered body may take in all; past it 408 and the connection closes. */
        @WithDefault("30s")
        Duration bodyTimeout();

        /** All request headers together at most; past it 431 problem details. */
        @WithDefault("16K")
        MemorySize maxHeaderSize();

        /** The request target (path and query) at most; past it 414 problem details. */
        @WithDefault("8192")
        int maxUriLength();
    }

    interface SecurityHeaders {

        /** {@code Strict-Transport-Security} value, e.g. {@code max-age=31536000; includeSubDomains}; none when absent. */
        Optional<String> hsts();
    }
}
