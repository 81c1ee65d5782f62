package id.go.bekasikota.koperasi.systemtests;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Kubernetes manifests the build generated for each service ({@code <module>/target/kubernetes/kubernetes.yml},
 * Quarkus Kubernetes extension) read with the fabric8 Kubernetes model, strictly: every document must
 * be of a kind the model knows, and no field may be one it does not know (the model keeps those
 * aside as "additional properties" instead of failing; {@link #unknownFields} finds them).
 */
final class Manifests {

    /** The modules with manifests: the services and the gateway. */
    static final List<String> MODULES = List.of("registry-service", "financing-service", "awards-service", "notifications-service", "gateway");
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private Manifests() {
    }

    static Path root() {
        return Path.of(System.getProperty("koperasi.suite.root", "..")).toAbsolutePath().normalize();
    }

    /** The module's generated manifests, one resource per YAML document. */
    static List<HasMetadata> of(String module) {
        return read(root().resolve(module).resolve("target/kubernetes/kubernetes.yml"));
    }

    /** The resources of a YAML file of several documents. */
    static List<HasMetadata> read(Path file) {
        String yaml;
        try {
            yaml = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is missing: package the module first", e);
        }
        List<HasMetadata> resources = new ArrayList<>();
        for (String document : yaml.split("(?m)^---\\s*$")) {
            if (!document.lines().allMatch(line -> line.isBlank() || line.startsWith("#"))) {
                resources.add(SERIALIZATION.unmarshal(document));
            }
        }
        return resources;
    }

    static <T extends HasMetadata> List<T> ofKind(List<HasMetadata> resources, Class<T> kind) {
        return resources.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    static <T extends HasMetadata> T single(List<HasMetadata> resources, Class<T> kind) {
        List<T> found = ofKind(resources, kind);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + kind.getSimpleName() + ", found " + found.size());
        }
        return found.get(0);
    }

    static Container container(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    /** Every HTTP probe of the Deployment's container by kind (startup, liveness, readiness): its path and the port it names. */
    static Map<String, ProbeTarget> probes(Deployment deployment) {
        Container container = container(deployment);
        Map<String, ProbeTarget> probes = new LinkedHashMap<>();
        probe(container.getStartupProbe()).ifPresent(p -> probes.put("startup", p));
        probe(container.getLivenessProbe()).ifPresent(p -> probes.put("liveness", p));
        probe(container.getReadinessProbe()).ifPresent(p -> probes.put("readiness", p));
        return probes;
    }

    private static Optional<ProbeTarget> probe(Probe probe) {
        if (probe == null || probe.getHttpGet() == null) {
            return Optional.empty();
        }
        return Optional.of(new ProbeTarget(probe.getHttpGet().getPath(), probe.getHttpGet().getPort()));
    }

    /** A probe's path and the port it names: a container port's name, or its number. */
    record ProbeTarget(String path, IntOrString port) {

        /** The name of the container port the probe targets. */
        String portName(Container container) {
            return container.getPorts().stream()
                    .filter(p -> port.getStrVal() != null ? port.getStrVal().equals(p.getName()) : port.getIntVal().equals(p.getContainerPort()))
                    .map(io.fabric8.kubernetes.api.model.ContainerPort::getName)
                    .findFirst().orElseThrow(() -> new AssertionError("probe port " + port + " is no port of " + container.getName()));
        }
    }

    /**
     * Paths of the fields the model did not know, in the resource and everything below it
     * (empty when every field is known). A generic resource is a kind the model does not know.
     */
    static List<String> unknownFields(HasMetadata resource) {
        List<String> unknown = new ArrayList<>();
        if (resource instanceof GenericKubernetesResource) {
            unknown.add(resource.getKind() + ": unknown kind " + resource.getApiVersion() + "/" + resource.getKind());
            return unknown;
        }
        collect(resource, resource.getKind(), unknown);
        return unknown;
    }

    private static void collect(Object value, String path, List<String> unknown) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object item : collection) {
                collect(item, path + "[" + i++ + "]", unknown);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> collect(item, path + "." + key, unknown));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : Arrays.stream(value.getClass().getMethods())
                .filter(m -> m.getParameterCount() == 0 && m.getName().startsWith("get") && !m.getName().equals("getClass"))
                .toList()) {
            Object child;
            try {
                child = getter.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(key -> unknown.add(path + "." + key));
                }
            } else {
                collect(child, path + "." + getter.getName().substring(3), unknown);
            }
        }
    }
}
