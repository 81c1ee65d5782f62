package id.go.bekasikota.koperasi.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The gateway's routing table and limits ({@code koperasi.*}). */
@ConfigMapping(prefix = "koperasi")
public interface GatewayConfig {

    /** Upstream services by name: {@code koperasi.services.registry.url}. */
    Map<String, Service> services();

    /** Path prefixes by service name: {@code koperasi.routes.registry=/api/v1/cooperatives,...}. */
    Map<String, List<String>> routes();

    /** Operations open to anonymous callers: {@code METHOD /path-prefix}. */
    List<String> publicOperations();

    interface Service {
        String url();

        @WithDefault("10s")
        Duration timeout();

        /** Consecutive failures that open the circuit. */
        @WithDefault("5")
        int circuitFailures();

        @WithDefault("10s")
        Duration circuitReset();

        /** Requests per minute one client (token subject, partner, or IP when anonymous) may send. */
        @WithDefault("600")
        long rateLimit();

        /** Requests per minute from one IP without a token. */
        @WithDefault("120")
        long anonymousRateLimit();
    }
}
