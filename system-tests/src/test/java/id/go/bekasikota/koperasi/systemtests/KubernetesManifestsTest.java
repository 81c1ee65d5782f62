package id.go.bekasikota.koperasi.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.stack.KafkaCluster;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes manifests the build generated for each service, read strictly with the fabric8
 * model (every kind and field known), and what they must say: two instances at least, probes,
 * limits, no root and a read-only root file system, secrets for passwords, a disruption budget,
 * only the gateway reaching the services, autoscaling for the gateway and the registry, time for a long
 * migration at start. And the operators' resources under {@code deploy/kubernetes}: the kinds named, the
 * topics and Kafka's settings as the stack's cluster runs them, only the services reaching Kafka, a
 * database cluster per service reached by its service only and backed up every day, the realm as deployed
 * with the clients' service accounts and their roles.
 */
class KubernetesManifestsTest {

    private static final List<String> SERVICES = List.of("registry-service", "financing-service", "awards-service", "notifications-service");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"registry-service", "financing-service", "awards-service", "notifications-service", "gateway"})
    void everyGeneratedResourceIsOfAKnownKindWithKnownFieldsOnly(String module) {
        List<HasMetadata> resources = Manifests.of(module);
        Set<String> kinds = resources.stream().map(HasMetadata::getKind).collect(Collectors.toSet());
        Set<String> expected = new HashSet<>(Set.of("Deployment", "Service", "PodDisruptionBudget", "NetworkPolicy"));
        if (module.equals("gateway")) {
            expected.add("Ingress");
        }
        if (module.equals("gateway") || module.equals("registry-service")) {
            expected.add("HorizontalPodAutoscaler");
        }
        assertThat(kinds).as(module).isEqualTo(expected);
        for (HasMetadata resource : resources) {
            assertThat(Manifests.unknownFields(resource)).as(module + " " + resource.getKind()).isEmpty();
            String name = resource.getMetadata().getName();
            if (resource instanceof Service && !module.equals("gateway")) {
                assertThat(name).as(module + " Service").isIn(module, module + "-management");
            } else {
                assertThat(name).as(module + " " + resource.getKind()).isEqualTo(module);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"registry-service", "financing-service", "awards-service", "notifications-service", "gateway"})
    void twoInstancesWithProbesLimitsNoRootAndAReadOnlyRootFileSystem(String module) {
        Deployment deployment = Manifests.single(Manifests.of(module), Deployment.class);
        assertThat(deployment.getSpec().getReplicas()).as(module).isGreaterThanOrEqualTo(2);
        Container container = Manifests.container(deployment);

        Map<String, Manifests.ProbeTarget> probes = Manifests.probes(deployment);
        assertThat(probes.get("liveness").path()).isEqualTo("/q/health/live");
        assertThat(probes.get("readiness").path()).isEqualTo("/q/health/ready");
        // Health is answered on the management interface (port 9000), never on the public HTTP port.
        assertThat(probes.values()).allSatisfy(probe -> assertThat(probe.portName(container)).isEqualTo("management"));
        assertThat(container.getPorts()).anySatisfy(port -> {
            assertThat(port.getName()).isEqualTo("management");
            assertThat(port.getContainerPort()).isEqualTo(9000);
        });

        Map<String, Quantity> requests = container.getResources().getRequests();
        Map<String, Quantity> limits = container.getResources().getLimits();
        long requested = Quantity.getAmountInBytes(requests.get("memory")).longValueExact();
        long limit = Quantity.getAmountInBytes(limits.get("memory")).longValueExact();
        // The benchmark's resident sets under load: 498-577 MB for the services, 234 MB for the gateway.
        assertThat(requested).as(module + " memory request").isEqualTo(module.equals("gateway") ? 384L << 20 : 512L << 20);
        assertThat(limit).as(module + " memory limit").isGreaterThan(requested);
        assertThat(requests).containsKey("cpu");
        assertThat(limits).containsKey("cpu");

        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).isPositive();
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
        String tmp = container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp")).findFirst()
                .orElseThrow(() -> new AssertionError(module + ": /tmp is not mounted")).getName();
        assertThat(pod.getVolumes()).anySatisfy(volume -> {
            assertThat(volume.getName()).isEqualTo(tmp);
            assertThat(volume.getEmptyDir()).isNotNull();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"registry-service", "financing-service", "awards-service", "notifications-service"})
    void aServiceHasFiveMinutesToStartSoThatALongMigrationIsNotKilled(String module) {
        // Flyway migrates before the service reports started; the kubelet kills a container whose startup
        // probe failed failureThreshold times in a row, after the initial delay.
        Probe startup = Manifests.container(Manifests.single(Manifests.of(module), Deployment.class)).getStartupProbe();
        assertThat(startup.getHttpGet().getPath()).isEqualTo("/q/health/started");
        int delay = startup.getInitialDelaySeconds() == null ? 0 : startup.getInitialDelaySeconds();
        int budget = delay + startup.getPeriodSeconds() * startup.getFailureThreshold();
        assertThat(budget).as(module + " seconds before a starting container is killed").isGreaterThanOrEqualTo(300);
    }

    @ParameterizedTest
    @ValueSource(strings = {"registry-service", "financing-service", "awards-service", "notifications-service"})
    void databaseCredentialsComeFromTheSecretOfTheServicesOwnDatabase(String module) {
        Container container = Manifests.container(Manifests.single(Manifests.of(module), Deployment.class));
        String database = module.replace("-service", "") + "-db-app";
        Map<String, EnvVar> env = container.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, e -> e));
        for (String variable : List.of("DB_URL", "DB_USER", "DB_PASSWORD")) {
            assertThat(env.get(variable).getValueFrom().getSecretKeyRef().getName()).as(module + " " + variable).isEqualTo(database);
        }
        assertThat(env.get("DB_PASSWORD").getValueFrom().getSecretKeyRef().getKey()).isEqualTo("password");
        assertThat(container.getEnvFrom()).anySatisfy(from -> assertThat(from.getConfigMapRef().getName()).isEqualTo("koperasi-config"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"registry-service", "financing-service", "awards-service", "notifications-service"})
    void eachReplicaIsAStaticConsumerGroupMemberUnderItsPodsName(String module) {
        Container container = Manifests.container(Manifests.single(Manifests.of(module), Deployment.class));
        assertThat(container.getEnv()).filteredOn(e -> e.getName().equals("KOPERASI_INSTANCE_ID")).singleElement()
                .satisfies(e -> assertThat(e.getValueFrom().getFieldRef().getFieldPath()).isEqualTo("metadata.name"));
    }

    @Test
    void noDeploymentCarriesAPasswordOrASecretInPlainText() {
        for (String module : Manifests.MODULES) {
            for (EnvVar variable : Manifests.container(Manifests.single(Manifests.of(module), Deployment.class)).getEnv()) {
                if (variable.getName().matches(".*(PASSWORD|SECRET|KEY).*")) {
                    assertThat(variable.getValue()).as(module + " " + variable.getName()).isNull();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"registry-service", "financing-service", "awards-service", "notifications-service", "gateway"})
    void aDisruptionLeavesOneInstanceServing(String module) {
        PodDisruptionBudget budget = Manifests.single(Manifests.of(module), PodDisruptionBudget.class);
        assertThat(budget.getSpec().getMinAvailable().getIntVal()).isEqualTo(1);
        assertThat(budget.getSpec().getSelector().getMatchLabels()).containsEntry("app.kubernetes.io/name", module);
        Deployment deployment = Manifests.single(Manifests.of(module), Deployment.class);
        assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels()).containsEntry("app.kubernetes.io/name", module);
    }

    @ParameterizedTest
    @ValueSource(strings = {"registry-service", "financing-service", "awards-service", "notifications-service"})
    void onlyTheGatewayReachesAServiceAndPrometheusOnlyItsManagementPort(String module) {
        NetworkPolicy policy = Manifests.single(Manifests.of(module), NetworkPolicy.class);
        assertThat(policy.getSpec().getPodSelector().getMatchLabels()).containsEntry("app.kubernetes.io/name", module);
        assertThat(policy.getSpec().getPolicyTypes()).containsExactly("Ingress");
        List<NetworkPolicyIngressRule> rules = policy.getSpec().getIngress();
        // Two rules: the gateway's pods to the API and the management interface (its readiness reads the
        // services' readiness there), the monitoring namespace (Prometheus) to the management interface only.
        assertThat(rules).hasSize(2).allSatisfy(rule -> assertThat(rule.getFrom()).hasSize(1));
        NetworkPolicyIngressRule fromGateway = rules.stream().filter(r -> r.getFrom().get(0).getPodSelector() != null).findFirst().orElseThrow();
        assertThat(fromGateway.getFrom().get(0).getNamespaceSelector()).isNull();
        assertThat(fromGateway.getFrom().get(0).getPodSelector().getMatchLabels()).isEqualTo(Map.of("app.kubernetes.io/name", "gateway"));
        assertThat(fromGateway.getPorts()).extracting(port -> port.getPort().getStrVal()).containsExactlyInAnyOrder("http", "management");
        NetworkPolicyIngressRule fromMonitoring = rules.stream().filter(r -> r != fromGateway).findFirst().orElseThrow();
        assertThat(fromMonitoring.getFrom().get(0).getPodSelector()).isNull();
        assertThat(fromMonitoring.getFrom().get(0).getNamespaceSelector().getMatchLabels())
                .isEqualTo(Map.of("kubernetes.io/metadata.name", "monitoring"));
        assertThat(fromMonitoring.getPorts()).extracting(port -> port.getPort().getStrVal()).containsExactly("management");

        // The gateway finds the service's API behind its Service (port 80 -> http) and its management
        // interface behind the second one (port 9000 -> management).
        List<HasMetadata> resources = Manifests.of(module);
        Map<String, Service> services = Manifests.ofKind(resources, Service.class).stream()
                .collect(Collectors.toMap(service -> service.getMetadata().getName(), service -> service));
        assertThat(services.get(module).getSpec().getPorts()).singleElement().satisfies(port -> {
            assertThat(port.getPort()).isEqualTo(80);
            assertThat(port.getName()).isEqualTo("http");
        });
        Service management = services.get(module + "-management");
        assertThat(management.getSpec().getSelector()).isEqualTo(Map.of("app.kubernetes.io/name", module));
        assertThat(management.getSpec().getPorts()).singleElement().satisfies(port -> {
            assertThat(port.getPort()).isEqualTo(9000);
            assertThat(port.getTargetPort().getStrVal()).isEqualTo("management");
        });
        String upper = module.replace("-service", "").toUpperCase();
        Map<String, String> gatewayEnv = Manifests.container(Manifests.single(Manifests.of("gateway"), Deployment.class)).getEnv().stream()
                .filter(e -> e.getValue() != null).collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));
        assertThat(gatewayEnv).containsEntry("KOPERASI_SERVICES_" + upper + "_URL", "http://" + module)
                .containsEntry("KOPERASI_SERVICES_" + upper + "_MANAGEMENT_URL", "http://" + module + "-management:9000");
    }

    @Test
    void theApisHostIsServedOverTlsAndBrowsersAreToldToStayOnIt() {
        io.fabric8.kubernetes.api.model.networking.v1.Ingress ingress = Manifests.single(Manifests.of("gateway"),
                io.fabric8.kubernetes.api.model.networking.v1.Ingress.class);
        assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
        assertThat(ingress.getSpec().getRules()).extracting(r -> r.getHost()).containsExactly("koperasi.bekasikota.go.id");
        assertThat(ingress.getSpec().getTls()).hasSize(1);
        assertThat(ingress.getSpec().getTls().get(0).getSecretName()).isEqualTo("koperasi-tls");
        assertThat(ingress.getSpec().getTls().get(0).getHosts()).containsExactly("koperasi.bekasikota.go.id");
        Map<String, String> env = Manifests.container(Manifests.single(Manifests.of("gateway"), Deployment.class)).getEnv().stream()
                .filter(e -> e.getValue() != null).collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));
        assertThat(env).containsEntry("KOPERASI_HSTS", "max-age=31536000; includeSubDomains");
    }

    @Test
    void theIngressControllerPassesUploadsAndLongImportsAsTheGatewayTakesThem() {
        Map<String, String> annotations = Manifests.single(Manifests.of("gateway"),
                io.fabric8.kubernetes.api.model.networking.v1.Ingress.class).getMetadata().getAnnotations();
        // ingress-nginx refuses a body over 1 MB and gives up on an answer after 60 s unless told otherwise: a loan
        // document (up to 5 MB), an import (the gateway's 12 MB) and an import's 120 s route would not get through.
        assertThat(annotations).containsEntry("nginx.ingress.kubernetes.io/proxy-body-size", "12m");
        assertThat(Integer.parseInt(annotations.get("nginx.ingress.kubernetes.io/proxy-read-timeout"))).isGreaterThan(120);
        assertThat(Integer.parseInt(annotations.get("nginx.ingress.kubernetes.io/proxy-send-timeout"))).isGreaterThan(120);
    }

    @ParameterizedTest
    @ValueSource(strings = {"registry-service", "financing-service", "awards-service", "notifications-service", "gateway"})
    void aStoppedInstanceIsDroppedFromItsServiceFirstThenFinishesWhatItServes(String module) {
        Deployment deployment = Manifests.single(Manifests.of(module), Deployment.class);
        Map<String, String> env = Manifests.container(deployment).getEnv().stream()
                .filter(e -> e.getValue() != null).collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));
        assertThat(env).as(module).containsEntry("KOPERASI_SHUTDOWN_DELAY", "5S");
        // 5 s of readiness DOWN, then the requests in flight: an import takes up to 120 s in the registry (the gateway's
        // route timeout), and at the gateway 30 s more for its body (its body timeout); any other request under 25 s.
        long inFlight = switch (module) {
            case "gateway" -> 30 + 120;
            case "registry-service" -> 120;
            default -> 25;
        };
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        assertThat(pod.getTerminationGracePeriodSeconds()).as(module).isGreaterThan(5 + inFlight);
        assertThat(pod.getTopologySpreadConstraints()).as(module + ": replicas spread over nodes").singleElement().satisfies(spread -> {
            assertThat(spread.getTopologyKey()).isEqualTo("kubernetes.io/hostname");
            assertThat(spread.getLabelSelector().getMatchLabels()).containsEntry("app.kubernetes.io/name", module);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"gateway", "registry-service"})
    void theGatewayAndTheRegistryScaleOutUnderLoad(String module) {
        HorizontalPodAutoscaler autoscaler = Manifests.single(Manifests.of(module), HorizontalPodAutoscaler.class);
        assertThat(autoscaler.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(module);
        assertThat(autoscaler.getSpec().getMinReplicas()).isEqualTo(2);
        assertThat(autoscaler.getSpec().getMaxReplicas()).isGreaterThan(2);
    }

    @Test
    void theOperatorsResourcesAreOfTheKindsTheirOperatorsServe() throws IOException {
        Map<String, String> apiVersions = Map.of(
                "Kafka", "kafka.strimzi.io/v1beta2", "KafkaNodePool", "kafka.strimzi.io/v1beta2", "KafkaTopic", "kafka.strimzi.io/v1beta2",
                "Cluster", "postgresql.cnpg.io/v1", "ScheduledBackup", "postgresql.cnpg.io/v1",
                "Keycloak", "k8s.keycloak.org/v2alpha1", "KeycloakRealmImport", "k8s.keycloak.org/v2alpha1");
        List<HasMetadata> resources = deployResources();
        for (HasMetadata resource : resources) {
            assertThat(resource.getMetadata().getNamespace()).as(resource.getKind() + " " + resource.getMetadata().getName())
                    .isIn("koperasi", null);
            if (resource instanceof GenericKubernetesResource custom) {
                assertThat(apiVersions).as("custom resource kinds").containsKey(custom.getKind());
                assertThat(custom.getApiVersion()).isEqualTo(apiVersions.get(custom.getKind()));
            } else {
                assertThat(Manifests.unknownFields(resource)).isEmpty();
            }
        }
        assertThat(resources.stream().map(HasMetadata::getKind).collect(Collectors.toSet()))
                .containsAll(apiVersions.keySet()).contains("Namespace", "ConfigMap");
    }

    @Test
    void theTopicsAndKafkasSettingsAreTheStacksCluster() throws IOException {
        List<HasMetadata> resources = deployResources();
        Map<String, Map<String, Object>> topics = new java.util.HashMap<>();
        for (HasMetadata resource : kind(resources, "KafkaTopic")) {
            Map<String, Object> spec = spec(resource);
            assertThat(resource.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", "koperasi");
            topics.put((String) spec.get("topicName"), spec);
        }
        assertThat(topics.keySet()).containsExactlyInAnyOrderElementsOf(Topics.all());
        for (var topic : topics.entrySet()) {
            assertThat(topic.getValue().get("partitions")).as(topic.getKey()).isEqualTo(Topics.PARTITIONS).isEqualTo(3);
            assertThat(topic.getValue().get("replicas")).as(topic.getKey())
                    .isEqualTo((int) KafkaCluster.REPLICATION_FACTOR).isEqualTo(3);
            // The stack's cluster creates them with the same settings; the snapshot topic is compacted (the latest record of each key kept).
            Map<String, Object> expected = topic.getKey().equals("registry.cooperative-snapshot.v1")
                    ? Map.of("min.insync.replicas", 2, "cleanup.policy", "compact") : Map.of("min.insync.replicas", 2);
            Map<String, String> stacks = topic.getKey().equals(Topics.REGISTRY_COOPERATIVE_SNAPSHOT)
                    ? KafkaCluster.COMPACTED_TOPIC_CONFIG : KafkaCluster.TOPIC_CONFIG;
            assertThat(topic.getValue().get("config")).as(topic.getKey()).isEqualTo(expected);
            assertThat(asMap(topic.getValue().get("config")).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())))).as(topic.getKey()).isEqualTo(stacks);
        }
        Map<String, Object> kafka = asMap(spec(kind(resources, "Kafka").get(0)).get("kafka"));
        assertThat(asMap(kafka.get("config"))).containsEntry("default.replication.factor", 3).containsEntry("min.insync.replicas", 2)
                .containsEntry("offsets.topic.replication.factor", 3).containsEntry("auto.create.topics.enable", false)
                .containsEntry("unclean.leader.election.enable", false);
        assertThat(spec(kind(resources, "KafkaNodePool").get(0))).containsEntry("replicas", 3)
                .containsEntry("roles", List.of("controller", "broker"));
        ConfigMap config = resources.stream().filter(ConfigMap.class::isInstance).map(ConfigMap.class::cast).findFirst().orElseThrow();
        assertThat(config.getData().get("KAFKA_BOOTSTRAP_SERVERS"))
                .isEqualTo(kind(resources, "Kafka").get(0).getMetadata().getName() + "-kafka-bootstrap:9092");
        assertThat(config.getData()).containsKeys("JWT_ISSUER", "JWT_PUBLIC_KEY_LOCATION", "JWT_AUDIENCE");
    }

    @Test
    void eachServiceAndKeycloakHaveADatabaseClusterOfTheirOwn() throws IOException {
        List<HasMetadata> clusters = kind(deployResources(), "Cluster");
        Set<String> names = clusters.stream().map(c -> c.getMetadata().getName()).collect(Collectors.toSet());
        List<String> expected = new ArrayList<>(SERVICES.stream().map(s -> s.replace("-service", "") + "-db").toList());
        expected.add("keycloak-db");
        assertThat(names).containsExactlyInAnyOrderElementsOf(expected);
        for (HasMetadata cluster : clusters) {
            assertThat((Integer) spec(cluster).get("instances")).as(cluster.getMetadata().getName()).isGreaterThanOrEqualTo(2);
        }
        Map<String, Object> db = asMap(spec(kind(deployResources(), "Keycloak").get(0)).get("db"));
        assertThat(asMap(db.get("passwordSecret"))).containsEntry("name", "keycloak-db-app");
    }

    @Test
    void theRegistrysDatabaseTakesTheConnectionsOfItsMostReplicasDuringARollout() throws IOException {
        HasMetadata registryDb = kind(deployResources(), "Cluster").stream()
                .filter(c -> c.getMetadata().getName().equals("registry-db")).findFirst().orElseThrow();
        int maxConnections = Integer.parseInt(String.valueOf(asMap(asMap(spec(registryDb).get("postgresql")).get("parameters"))
                .get("max_connections")));
        int replicas = Manifests.single(Manifests.of("registry-service"), HorizontalPodAutoscaler.class).getSpec().getMaxReplicas();
        // A rollout surges by a quarter of the replicas, rounded up (the Deployment's default); each replica's pool holds
        // up to 16 connections (DB_POOL_MAX's default); PostgreSQL keeps 3 for superusers, the operator uses a few.
        int surge = (replicas + 3) / 4;
        assertThat(maxConnections).isGreaterThanOrEqualTo((replicas + surge) * 16 + 3 + 10);
    }

    @Test
    void onlyTheServicesPodsReachKafkasListeners() throws IOException {
        Map<String, Object> kafka = asMap(spec(kind(deployResources(), "Kafka").get(0)).get("kafka"));
        List<Map<String, Object>> listeners = asList(kafka.get("listeners"));
        assertThat(listeners).isNotEmpty();
        for (Map<String, Object> listener : listeners) {
            // Without networkPolicyPeers Strimzi's NetworkPolicy admits every pod of every namespace.
            List<Map<String, Object>> peers = asList(listener.get("networkPolicyPeers"));
            assertThat(peers).as(listener.get("name") + " networkPolicyPeers").isNotNull().isNotEmpty();
            Set<String> admitted = new HashSet<>();
            for (Map<String, Object> peer : peers) {
                // Pods of this namespace only: no namespace selector, no address block.
                assertThat(peer).as(listener.get("name") + " peer").containsOnlyKeys("podSelector");
                Map<String, Object> selector = asMap(peer.get("podSelector"));
                assertThat(selector).containsOnlyKeys("matchLabels");
                Map<String, String> labels = asStringMap(selector.get("matchLabels"));
                String module = labels.get("app.kubernetes.io/name");
                assertThat(module).as("a peer names a service").isIn(SERVICES);
                // The labels select the pods the build generates for the service.
                assertThat(podLabels(module)).containsAllEntriesOf(labels);
                admitted.add(module);
            }
            assertThat(admitted).as(listener.get("name") + " admits").containsExactlyInAnyOrderElementsOf(SERVICES);
        }
    }

    @Test
    void aDatabaseIsReachedByItsOwnerItsOwnInstancesAndTheOperatorOnly() throws IOException {
        List<HasMetadata> resources = deployResources();
        Map<String, NetworkPolicy> policies = new HashMap<>();
        for (NetworkPolicy policy : Manifests.ofKind(resources, NetworkPolicy.class)) {
            LabelSelector selector = policy.getSpec().getPodSelector();
            assertThat(selector.getMatchExpressions()).isNullOrEmpty();
            String cluster = selector.getMatchLabels().get("cnpg.io/cluster");
            if (cluster != null) {
                assertThat(selector.getMatchLabels()).isEqualTo(Map.of("cnpg.io/cluster", cluster));
                assertThat(policies.put(cluster, policy)).as("a second policy for " + cluster).isNull();
            }
        }
        Map<String, String> keycloakPods = Map.of("app.kubernetes.io/managed-by", "keycloak-operator",
                "app.kubernetes.io/instance", kind(resources, "Keycloak").get(0).getMetadata().getName());
        Peer operator = new Peer(Map.of("kubernetes.io/metadata.name", "cnpg-system"), Map.of("app.kubernetes.io/name", "cloudnative-pg"));
        Set<String> clusters = new HashSet<>();
        for (HasMetadata cluster : kind(resources, "Cluster")) {
            String name = cluster.getMetadata().getName();
            clusters.add(name);
            NetworkPolicy policy = policies.get(name);
            assertThat(policy).as("NetworkPolicy of " + name).isNotNull();
            assertThat(policy.getSpec().getPolicyTypes()).containsExactly("Ingress");
            String module = name.replace("-db", "-service");
            Map<String, String> owner = name.equals("keycloak-db") ? keycloakPods : Map.of("app.kubernetes.io/name", module);
            if (!name.equals("keycloak-db")) {
                assertThat(podLabels(module)).as(module + " pods").containsAllEntriesOf(owner);
            }
            assertThat(admitted(policy)).as(name).isEqualTo(Map.of(
                    new Peer(null, owner), Set.of(5432),
                    new Peer(null, Map.of("cnpg.io/cluster", name)), Set.of(5432, 8000),
                    operator, Set.of(5432, 8000)));
        }
        assertThat(policies.keySet()).isEqualTo(clusters);
    }

    @Test
    void everyDatabaseClusterArchivesToTheObjectStoreAndIsBackedUpEveryDay() throws IOException {
        List<HasMetadata> resources = deployResources();
        Map<String, List<Map<String, Object>>> schedules = kind(resources, "ScheduledBackup").stream().map(KubernetesManifestsTest::spec)
                .collect(Collectors.groupingBy(backup -> (String) asMap(backup.get("cluster")).get("name")));
        Set<String> clusters = new HashSet<>();
        for (HasMetadata cluster : kind(resources, "Cluster")) {
            String name = cluster.getMetadata().getName();
            clusters.add(name);
            Map<String, Object> backup = asMap(spec(cluster).get("backup"));
            assertThat(backup).as(name + " backup").isNotNull();
            // CloudNativePG's form: a number of days, weeks or months.
            assertThat((String) backup.get("retentionPolicy")).as(name + " retention").matches("[1-9][0-9]*[dwm]");
            Map<String, Object> store = asMap(backup.get("barmanObjectStore"));
            assertThat((String) store.get("destinationPath")).as(name).startsWith("s3://");
            Map<String, Object> credentials = asMap(store.get("s3Credentials"));
            assertThat(credentials).containsOnlyKeys("accessKeyId", "secretAccessKey");
            // Both from a secret, never written here.
            credentials.values().forEach(reference -> assertThat(asMap(reference)).containsOnlyKeys("name", "key"));

            assertThat(schedules.get(name)).as(name + " ScheduledBackup").isNotNull().hasSize(1);
            Map<String, Object> schedule = schedules.get(name).get(0);
            assertThat(schedule.get("method")).isIn(null, "barmanObjectStore");
            // Six fields, seconds first: a fixed second, minute and hour, every day of every month.
            String[] fields = ((String) schedule.get("schedule")).trim().split("\\s+");
            assertThat(fields).as(name + " schedule").hasSize(6);
            assertThat(List.of(fields).subList(0, 3)).allSatisfy(field -> assertThat(field).matches("[0-9]+"));
            assertThat(List.of(fields).subList(3, 6)).containsOnly("*");
        }
        assertThat(schedules.keySet()).as("clusters the ScheduledBackups name").isEqualTo(clusters);
    }

    @Test
    void theRealmImportIsTheRealmFileWithoutDevelopmentPeopleAndWithSecretsFromASecret() throws IOException {
        ObjectNode realm = realmFile();
        // The people are development accounts; the clients' service-account users hold the clients' roles and stay.
        ArrayNode serviceAccounts = JSON.createArrayNode();
        List<String> people = new ArrayList<>();
        for (JsonNode user : (ArrayNode) realm.get("users")) {
            if (user.has("serviceAccountClientId")) {
                serviceAccounts.add(user);
            } else {
                people.add(user.get("username").asText());
            }
        }
        assertThat(people).containsExactlyInAnyOrder("officer", "auditor", "juri-1", "juri-2", "pengurus");
        realm.set("users", serviceAccounts);
        Map<String, Object> spec = spec(kind(deployResources(), "KeycloakRealmImport").get(0));
        Map<String, Object> placeholders = asMap(spec.get("placeholders"));
        for (JsonNode client : (ArrayNode) realm.get("clients")) {
            String clientId = client.get("clientId").asText();
            if (client.has("secret")) {
                String placeholder = clientId.toUpperCase().replace('-', '_') + "_SECRET";
                ((ObjectNode) client).put("secret", "${" + placeholder + "}");
                assertThat(placeholders.get(placeholder)).isEqualTo(Map.of("secret", Map.of("name", "koperasi-client-secrets", "key", clientId)));
            }
            if (clientId.equals("koperasi-frontend")) {
                ((ObjectNode) client).set("redirectUris", JSON.createArrayNode().add("https://koperasi.bekasikota.go.id/*"));
                ((ObjectNode) client).set("webOrigins", JSON.createArrayNode().add("https://koperasi.bekasikota.go.id"));
                ((ObjectNode) client.get("attributes")).put("post.logout.redirect.uris", "https://koperasi.bekasikota.go.id/*");
            }
        }
        assertThat(placeholders).hasSize(4);
        JsonNode deployed = JSON.valueToTree(spec.get("realm"));
        assertThat(deployed).isEqualTo(realm);
    }

    @Test
    void everyClientWithAServiceAccountKeepsItsServiceAccountUserAndItsRoles() throws IOException {
        JsonNode file = realmFile();
        JsonNode deployed = JSON.valueToTree(spec(kind(deployResources(), "KeycloakRealmImport").get(0)).get("realm"));
        // The roles the partners' and systems' tokens must carry (README "Identity: Keycloak"), written out here.
        Map<String, List<String>> expected = Map.of("bank-bjb", List.of("partner"), "bank-bri", List.of("partner"),
                "lpdb-kumkm", List.of("partner"), "ods-kemenkop", List.of("system"));
        Set<String> withServiceAccounts = new HashSet<>();
        for (JsonNode client : deployed.get("clients")) {
            String clientId = client.get("clientId").asText();
            if (!client.path("serviceAccountsEnabled").asBoolean(false)) {
                continue;
            }
            withServiceAccounts.add(clientId);
            JsonNode user = serviceAccountUser(deployed, clientId);
            assertThat(user.get("username").asText()).isEqualTo("service-account-" + clientId);
            assertThat(user.path("enabled").asBoolean(false)).as(clientId).isTrue();
            assertThat(realmRoles(user)).as(clientId + " roles").isEqualTo(realmRoles(serviceAccountUser(file, clientId)))
                    .isEqualTo(expected.get(clientId));
            // The client's scope lets the roles into its tokens (fullScopeAllowed is false).
            assertThat(scopeMappedRoles(deployed, clientId)).as(clientId + " scope").containsAll(realmRoles(user));
        }
        assertThat(withServiceAccounts).isEqualTo(expected.keySet());
        // And nobody else: no person, no password.
        List<JsonNode> users = StreamSupport.stream(deployed.path("users").spliterator(), false).toList();
        assertThat(users).isNotEmpty().allSatisfy(user -> {
            assertThat(user.has("serviceAccountClientId")).as(user.get("username").asText()).isTrue();
            assertThat(user.has("credentials")).as(user.get("username").asText()).isFalse();
        });
    }

    /** Who a NetworkPolicy peer is: a namespace's labels (null: the policy's own namespace) and pods' labels. */
    private record Peer(Map<String, String> namespaceLabels, Map<String, String> podLabels) {
    }

    /** The ports each peer of the policy reaches; every rule names its peers and its ports (an empty list admits all). */
    private static Map<Peer, Set<Integer>> admitted(NetworkPolicy policy) {
        Map<Peer, Set<Integer>> admitted = new HashMap<>();
        for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
            assertThat(rule.getFrom()).as("peers of a rule").isNotEmpty();
            assertThat(rule.getPorts()).as("ports of a rule").isNotEmpty();
            for (NetworkPolicyPeer peer : rule.getFrom()) {
                assertThat(peer.getIpBlock()).isNull();
                assertThat(peer.getPodSelector()).as("a peer without a pod selector is every pod").isNotNull();
                Peer who = new Peer(peer.getNamespaceSelector() == null ? null : matchLabels(peer.getNamespaceSelector()),
                        matchLabels(peer.getPodSelector()));
                Set<Integer> ports = admitted.computeIfAbsent(who, w -> new TreeSet<>());
                rule.getPorts().forEach(port -> ports.add(port.getPort().getIntVal()));
            }
        }
        return admitted;
    }

    private static Map<String, String> matchLabels(LabelSelector selector) {
        assertThat(selector.getMatchExpressions()).isNullOrEmpty();
        assertThat(selector.getMatchLabels()).as("an empty selector matches everything").isNotEmpty();
        return selector.getMatchLabels();
    }

    /** The labels of the pods of a module's generated Deployment. */
    private static Map<String, String> podLabels(String module) {
        return Manifests.single(Manifests.of(module), Deployment.class).getSpec().getTemplate().getMetadata().getLabels();
    }

    private static ObjectNode realmFile() throws IOException {
        return (ObjectNode) JSON.readTree(Manifests.root().resolve("deploy/keycloak/koperasi-realm.json").toFile());
    }

    private static JsonNode serviceAccountUser(JsonNode realm, String clientId) {
        List<JsonNode> found = StreamSupport.stream(realm.path("users").spliterator(), false)
                .filter(user -> clientId.equals(user.path("serviceAccountClientId").asText(null))).toList();
        assertThat(found).as("the service-account user of " + clientId).hasSize(1);
        return found.get(0);
    }

    private static List<String> realmRoles(JsonNode user) {
        return StreamSupport.stream(user.path("realmRoles").spliterator(), false).map(JsonNode::asText).toList();
    }

    private static Set<String> scopeMappedRoles(JsonNode realm, String clientId) {
        return StreamSupport.stream(realm.path("scopeMappings").spliterator(), false)
                .filter(mapping -> clientId.equals(mapping.path("client").asText(null)))
                .flatMap(mapping -> StreamSupport.stream(mapping.path("roles").spliterator(), false))
                .map(JsonNode::asText).collect(Collectors.toSet());
    }

    private static List<HasMetadata> deployResources() throws IOException {
        try (Stream<Path> files = Files.list(Manifests.root().resolve("deploy/kubernetes"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted()
                    .flatMap(f -> Manifests.read(f).stream()).toList();
        }
    }

    private static List<HasMetadata> kind(List<HasMetadata> resources, String kind) {
        List<HasMetadata> found = resources.stream().filter(r -> r.getKind().equals(kind)).toList();
        assertThat(found).as(kind).isNotEmpty();
        return found;
    }

    private static Map<String, Object> spec(HasMetadata resource) {
        return asMap(((GenericKubernetesResource) resource).getAdditionalProperties().get("spec"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> asStringMap(Object value) {
        return (Map<String, String>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> asList(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
