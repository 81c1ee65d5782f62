package id.go.bekasikota.koperasi.gateway.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counters that tell apart who was at fault when a request did not get the service's answer:
 * <ul>
 *   <li>{@code koperasi_gateway_client_aborts_total{service,phase}}: the caller hung up or stalled
 *       ({@code phase}: {@code body} while sending its body, {@code waiting} while the gateway waited
 *       for the service, {@code response} while the answer was being written);</li>
 *   <li>{@code koperasi_gateway_overload_total{service,reason}}: the gateway itself had no room
 *       ({@code queue-full}, {@code pool-wait}); answered 503 gateway-overloaded;</li>
 *   <li>{@code koperasi_gateway_service_failures_total{service,cause}}: the service failed
 *       ({@code refused}, {@code connect-timeout}, {@code timeout}, {@code broken}, {@code status-5xx});
 *       only these count against its circuit;</li>
 *   <li>{@code koperasi_gateway_client_refusals_total{reason}}: requests refused at the edge before any
 *       routing (path, headers, in-flight and connection limits, missing length).</li>
 * </ul>
 */
@ApplicationScoped
public class EdgeMetrics {

    private final MeterRegistry registry;

    public EdgeMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void clientAborted(String service, String phase) {
        registry.counter("koperasi.gateway.client.aborts", "service", service, "phase", phase).increment();
    }

    public void overloaded(String service, String reason) {
        registry.counter("koperasi.gateway.overload", "service", service, "reason", reason).increment();
    }

    public void serviceFailed(String service, String cause) {
        registry.counter("koperasi.gateway.service.failures", "service", service, "cause", cause).increment();
    }

    public void refused(String reason) {
        registry.counter("koperasi.gateway.client.refusals", "reason", reason).increment();
    }

    public MeterRegistry registry() {
        return registry;
    }
}
