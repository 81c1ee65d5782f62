package id.go.bekasikota.koperasi.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.stack.LocalSuite;
import id.go.bekasikota.koperasi.stack.ServiceProcess;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every probe the generated Kubernetes manifests name (startup, liveness, readiness: path and
 * port) asked of the running packaged service, on the local port that stands for the named one:
 * each answers 200 with its health status UP, as the kubelet would need it.
 */
@ExtendWith(SuiteExtension.class)
class ProbePathsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyProbeTheManifestsNameIsAnsweredUpByTheRunningService(LocalSuite suite) throws Exception {
        int asked = 0;
        for (String module : Manifests.MODULES) {
            Deployment deployment = Manifests.single(Manifests.of(module), Deployment.class);
            Container container = Manifests.container(deployment);
            ServiceProcess process = suite.service(module.replace("-service", ""));
            Map<String, Manifests.ProbeTarget> probes = Manifests.probes(deployment);
            assertThat(probes).as(module).containsKeys("startup", "liveness", "readiness");
            for (var probe : probes.entrySet()) {
                String url = base(process, probe.getValue().portName(container)) + probe.getValue().path();
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(module + " " + probe.getKey() + " " + url).isEqualTo(200);
                JsonNode health = JSON.readTree(response.body());
                assertThat(health.path("status").asText()).as(module + " " + probe.getKey()).isEqualTo("UP");
                asked++;
            }
        }
        assertThat(asked).as("probes asked").isEqualTo(3 * Manifests.MODULES.size());
        System.out.println("[probes] " + asked + " probe paths of " + Manifests.MODULES.size() + " manifests answered UP");
    }

    /** The local address of the container port named {@code portName}: the API's, or the management interface's. */
    private static String base(ServiceProcess process, String portName) {
        return switch (portName) {
            case "http" -> process.url();
            case "management" -> process.managementUrl();
            default -> throw new AssertionError("no local port stands for the container port " + portName + " of " + process.name());
        };
    }
}
