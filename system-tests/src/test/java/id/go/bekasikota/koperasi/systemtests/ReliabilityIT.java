package id.go.bekasikota.koperasi.systemtests;

import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.stack.DevTokens;
import id.go.bekasikota.koperasi.stack.LocalSuite;
import id.go.bekasikota.koperasi.stack.ServiceProcess;
import id.go.bekasikota.koperasi.testsupport.EventLog;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault injection on the real suite: the broker, a database or a service dies, pauses or comes
 * twice, and afterwards the reconciliation finds every acknowledged write exactly once in every
 * projection and nothing there without its cause. Each case prints what it injected and counted.
 */
@ExtendWith(SuiteExtension.class)
class ReliabilityIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void kafkaStoppedWhileWritesContinueThenTheBacklogDrainsInOrder(LocalSuite suite) {
        String tag = tag("kafkadown");
        String registry = suite.service("registry").url();
        RegistryLoad load = new RegistryLoad();
        for (int i = 0; i < 10; i++) {
            load.register(registry, tag);
        }
        suite.kafka().stop();
        List<UUID> duringOutage = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                duringOutage.add(load.register(registry, tag));
            }
            // Reports in sequence for a few cooperatives: versions 1..5 must reach Kafka in order.
            for (UUID cooperative : duringOutage.subList(0, 5)) {
                for (int year = 2019; year <= 2023; year++) {
                    assertThat(load.fileReport(registry, cooperative, year)).isTrue();
                }
            }
            assertThat(duringOutage).doesNotContainNull();
            long backlog = Reconciliation.count(suite, "registry",
                    "select count(*) from outbox_event o join cooperative c on o.aggregate_id = c.id::text "
                            + "where c.name like ? and o.published_at is null", tag + "-%");
            assertThat(backlog).as("the outbox holds the writes made while Kafka was away").isGreaterThanOrEqualTo(65);
            // Kafka away is no reason to stop serving: every replica, caught up since it started, stays ready (its
            // consumers report a lag they cannot read). The Kafka connector's own readiness, DOWN without a broker
            // connection, took every service out of its Kubernetes Service, reads and writes that need no event too.
            for (String service : List.of("registry", "financing", "awards", "notifications")) {
                assertThat(status(suite.service(service).managementUrl() + "/q/health/ready"))
                        .as(service + "'s readiness while Kafka is away").isEqualTo(200);
            }
        } finally {
            suite.kafka().restart();
        }
        for (int i = 0; i < 10; i++) {
            load.register(registry, tag);
        }
        Map<String, Long> counts = Reconciliation.reconcile(suite, tag, load);
        assertThat(load.failureStatuses).isEmpty();

        try (EventLog log = new EventLog(suite.kafka().bootstrapServers(), Topics.REGISTRY_COOPERATIVE)) {
            // The relay publishes at least once: a batch Kafka took in just before it stopped, whose acknowledgement
            // was lost, is published again once it is back (the consumers' inboxes drop the copy). So the log is
            // awaited until every version is in it, and the order is that of each version's first occurrence.
            Set<Long> every = Set.of(0L, 1L, 2L, 3L, 4L, 5L);
            for (UUID cooperative : duringOutage.subList(0, 5)) {
                List<Long> versions = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> log.all(
                                e -> cooperative.toString().equals(e.key())).stream()
                        .map(e -> Long.parseLong(e.headers().get("ce_aggregateversion"))).toList(), v -> new HashSet<>(v).containsAll(every));
                assertThat(versions.stream().distinct().toList()).as("per-cooperative order, each version at its first occurrence")
                        .containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
            }
        }
        report("Kafka stopped while writing", counts);
    }

    @Test
    void theRegistryKilledUnderLoadLosesNoAcknowledgedWrite(LocalSuite suite) throws Exception {
        String tag = tag("kill9");
        ServiceProcess registry = suite.service("registry");
        RegistryLoad load = new RegistryLoad();
        AtomicBoolean running = new AtomicBoolean(true);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            while (running.get()) {
                load.register(registry.url(), tag);
            }
        });
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> load.acknowledged.size() >= 30);
        registry.kill();
        int acknowledgedAtKill = load.acknowledged.size();
        registry.start();
        registry.awaitReady(Duration.ofSeconds(90));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> load.acknowledged.size() >= acknowledgedAtKill + 30);
        // A SIGTERM lets the requests in flight finish (quarkus.shutdown.timeout): a registration half sent when it
        // comes is answered once the rest of its body arrives, and kept. Without the timeout the process exited at once
        // and cut it off.
        String inFlightName = "inflight " + tag;
        try (HalfSentRequest inFlight = HalfSentRequest.postJson(registry.url() + "/api/v1/cooperatives", DevTokens.issue("officer"), """
                {"name": "%s", "jenis": "JASA", "bentuk": "PRIMER", "kelompok": "COMMUNITY",
                 "kecamatanCode": "327505", "foundedOn": "2005-05-05"}""".formatted(inFlightName))) {
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(registry::stop);
            Awaitility.await().atMost(Duration.ofSeconds(15))
                    .until(() -> registry.loggedSinceStart("Waiting for HTTP requests to complete") || !registry.running());
            assertThat(inFlight.finish()).as("the registration in flight at the SIGTERM").startsWith("HTTP/1.1 201");
            stopping.get(30, TimeUnit.SECONDS);
        }
        assertThat(Reconciliation.count(suite, "registry", "select count(*) from cooperative where name = ?", inFlightName)).isEqualTo(1);
        registry.start();
        registry.awaitReady(Duration.ofSeconds(90));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> load.acknowledged.size() >= acknowledgedAtKill + 60);
        running.set(false);
        writer.get(30, TimeUnit.SECONDS);

        Map<String, Long> counts = Reconciliation.reconcile(suite, tag, load);
        counts.put("refused while down", (long) load.connectionFailures.get() + load.failureStatuses.size());
        report("registry kill -9 and SIGTERM under load", counts);
    }

    @Test
    void financingKilledUnderItsOwnWriteLoadLosesNoAcknowledgedApplicationNorItsEvent(LocalSuite suite) throws Exception {
        String tag = tag("finkill");
        ServiceProcess financing = suite.service("financing");
        UUID cooperative = new RegistryLoad().register(suite.service("registry").url(), tag);
        String officer = DevTokens.issue("officer");
        String program = io.restassured.RestAssured.given().auth().oauth2(officer).contentType("application/json").body("""
                        {"partnerId": "bank-%s", "partnerName": "Bank Uji", "partnerKind": "BANK", "name": "KUR %s",
                         "scheme": "KUR_KECIL", "annualRate": 0.06, "method": "FLAT", "minAmount": 1000000,
                         "maxAmount": 500000000, "minTenorMonths": 6, "maxTenorMonths": 60, "opensOn": "2025-01-01"}"""
                        .formatted(tag, tag))
                .when().post(financing.url() + "/api/v1/financing-programs").then().statusCode(201).extract().path("id");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                Projections.cooperativeName(suite, "financing", cooperative).isPresent());

        FinancingLoad load = new FinancingLoad(cooperative, program);
        AtomicBoolean running = new AtomicBoolean(true);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            while (running.get()) {
                load.open(financing.url(), tag);
            }
        });
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> load.acknowledged.size() >= 30);
        financing.kill();
        int acknowledgedAtKill = load.acknowledged.size();
        financing.start();
        financing.awaitReady(Duration.ofSeconds(90));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> load.acknowledged.size() >= acknowledgedAtKill + 30);
        financing.stop();
        financing.start();
        financing.awaitReady(Duration.ofSeconds(90));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> load.acknowledged.size() >= acknowledgedAtKill + 60);
        running.set(false);
        writer.get(30, TimeUnit.SECONDS);

        // Every acknowledged application is in the database, and no application exists that was not asked for.
        Set<UUID> stored = Reconciliation.ids(suite, "financing", "select id from loan_application where purpose = ?", tag);
        assertThat(stored).containsAll(load.acknowledged);
        // Each stored application's DRAFT event reached the topic (a relay killed mid-publish may send one twice).
        Set<String> expected = new HashSet<>(stored.stream().map(UUID::toString).toList());
        Map<String, Integer> copies = new HashMap<>();
        try (EventLog log = new EventLog(suite.kafka().bootstrapServers(), Topics.FINANCING_LOAN_APPLICATION)) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
                copies.clear();
                log.all(e -> expected.contains(e.subject())).forEach(e -> copies.merge(e.subject(), 1, Integer::sum));
                return copies.keySet().equals(expected);
            });
            Set<String> eventIds = new HashSet<>();
            log.all(e -> expected.contains(e.subject())).forEach(e -> eventIds.add(e.id()));
            assertThat(eventIds).as("one event id per application").hasSize(expected.size());
        }
        Map<String, Long> counts = new HashMap<>();
        counts.put("acknowledged", (long) load.acknowledged.size());
        counts.put("stored", (long) stored.size());
        counts.put("stored but unacknowledged (in flight at the kill)", (long) (stored.size() - load.acknowledged.size()));
        counts.put("events delivered", (long) copies.values().stream().mapToInt(Integer::intValue).sum());
        counts.put("duplicate deliveries", (long) copies.values().stream().mapToInt(c -> c - 1).sum());
        counts.put("refused while down", (long) load.connectionFailures.get() + load.failureStatuses.size());
        report("financing kill -9 and SIGTERM under its own writes", counts);
    }

    @Test
    void aConsumerKilledBeforeItsOffsetCommitAbsorbsTheRedelivery(LocalSuite suite) throws Exception {
        String tag = tag("consumerkill");
        ServiceProcess financing = suite.service("financing");
        RegistryLoad load = new RegistryLoad();
        // Offsets are committed every few seconds: a kill under load leaves processed events uncommitted.
        interruptFinancingWhileItApplies(suite, tag, load, ServiceProcess::kill);
        Map<String, Long> counts = Reconciliation.reconcile(suite, tag, load);
        long duplicates = duplicatesAbsorbed(financing.managementUrl());
        counts.put("financing.duplicatesAbsorbedAfterRestart", duplicates);
        assertThat(duplicates).as("events processed before the kill were delivered again").isPositive();
        report("financing kill -9 before its offset commit", counts);
    }

    /**
     * A deploy under load: financing stopped (SIGTERM) while it applies the registry's events. The
     * connector polls until it closes, after Hibernate: a batch that came then failed with
     * "EntityManagerFactory is closed" and was dead-lettered as if the projection had refused it,
     * its events lost to the projection (the benchmark lost 105). Now the batches in progress finish
     * before Hibernate closes and later ones are left for the restart.
     */
    @Test
    void aConsumerStoppedUnderLoadLeavesItsLastBatchesForTheRestartAndLosesNothing(LocalSuite suite) throws Exception {
        String tag = tag("consumerstop");
        RegistryLoad load = new RegistryLoad();
        interruptFinancingWhileItApplies(suite, tag, load, ServiceProcess::stop);
        // Every committed registration reaches both projections: none was dead-lettered on the way down.
        Map<String, Long> counts = Reconciliation.reconcile(suite, tag, load);
        report("financing stopped (SIGTERM) while applying events", counts);
    }

    /**
     * Registrations without pause; once financing has applied 100 of them, the interruption (a
     * kill or a stop) while the registrations go on, 50 more acknowledged while it is down, then
     * financing started again and ready.
     */
    private static void interruptFinancingWhileItApplies(LocalSuite suite, String tag, RegistryLoad load,
                                                         Consumer<ServiceProcess> interruption) throws Exception {
        String registry = suite.service("registry").url();
        ServiceProcess financing = suite.service("financing");
        AtomicBoolean running = new AtomicBoolean(true);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            while (running.get()) {
                load.register(registry, tag);
            }
        });
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Reconciliation.count(suite, "financing",
                "select count(*) from cooperative_projection where name like ?", tag + "-%") >= 100);
        interruption.accept(financing);
        int acknowledgedAtInterruption = load.acknowledged.size();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> load.acknowledged.size() >= acknowledgedAtInterruption + 50);
        running.set(false);
        writer.get(30, TimeUnit.SECONDS);
        financing.start();
        financing.awaitReady(Duration.ofSeconds(90));
    }

    /** The inbox's duplicate counter from the service's Prometheus metrics. */
    private static long duplicatesAbsorbed(String managementUrl) throws Exception {
        String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(managementUrl + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return metrics.lines()
                .filter(l -> l.startsWith("koperasi_inbox_events_total") && l.contains("outcome=\"duplicate\""))
                // "name{labels} value [# exemplar]": the value is the first token after the labels.
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.indexOf('}') + 1).trim().split("\\s+")[0]))
                .sum();
    }

    @Test
    void aConsumerWhoseDatabaseIsDownIsNotReadyAndCatchesUpAfter(LocalSuite suite) {
        String tag = tag("consumerdb");
        String registry = suite.service("registry").url();
        RegistryLoad load = new RegistryLoad();
        Reconciliation.execute(suite, "alter database financing allow_connections false");
        Reconciliation.execute(suite, "select pg_terminate_backend(pid) from pg_stat_activity where datname = 'financing'");
        try {
            for (int i = 0; i < 20; i++) {
                load.register(registry, tag);
            }
            Awaitility.await().atMost(Duration.ofSeconds(60))
                    .until(() -> status(suite.service("financing").managementUrl() + "/q/health/ready") == 503);
        } finally {
            Reconciliation.execute(suite, "alter database financing allow_connections true");
        }
        Map<String, Long> counts = Reconciliation.reconcile(suite, tag, load);
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> status(suite.service("financing").managementUrl() + "/q/health/ready") == 200);
        report("financing database down while events arrive", counts);
    }

    @Test
    void aProducerWhoseDatabaseIsDownAnswersAFast503AndEmitsNothing(LocalSuite suite) throws Exception {
        String tag = tag("producerdb");
        Reconciliation.execute(suite, "alter database registry allow_connections false");
        Reconciliation.execute(suite, "select pg_terminate_backend(pid) from pg_stat_activity where datname = 'registry'");
        HttpResponse<String> response;
        long millis;
        try {
            long started = System.nanoTime();
            String body = """
                    {"name": "%s-1", "jenis": "JASA", "bentuk": "PRIMER", "kelompok": "COMMUNITY",
                     "kecamatanCode": "327505", "foundedOn": "2005-05-05"}""".formatted(tag);
            HttpRequest request = HttpRequest.newBuilder(URI.create(suite.service("registry").url() + "/api/v1/cooperatives"))
                    .header("Authorization", "Bearer " + DevTokens.issue("officer"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            Conformance.check(request, body, response, true);
            millis = (System.nanoTime() - started) / 1_000_000;
        } finally {
            Reconciliation.execute(suite, "alter database registry allow_connections true");
        }
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(response.body()).contains("/problems/unavailable");
        assertThat(millis).as("fast").isLessThan(5_000);
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> status(suite.service("registry").managementUrl() + "/q/health/ready") == 200);
        assertThat(Reconciliation.count(suite, "registry", "select count(*) from cooperative where name like ?", tag + "-%")).isZero();
        report("registry database down", Map.of("status", (long) response.statusCode(), "millis", millis, "rows", 0L));
    }

    @Test
    void theBrokerPausedPastTheClientTimeoutsThenResumed(LocalSuite suite) {
        String tag = tag("sigstop");
        String registry = suite.service("registry").url();
        RegistryLoad load = new RegistryLoad();
        suite.kafka().pause();
        try {
            for (int i = 0; i < 20; i++) {
                load.register(registry, tag);
            }
            // Past the producer's request timeout (10 s) while writes keep being acknowledged.
            long until = System.nanoTime() + Duration.ofSeconds(12).toNanos();
            while (System.nanoTime() < until) {
                load.register(registry, tag);
            }
        } finally {
            suite.kafka().resume();
        }
        assertThat(load.failureStatuses).isEmpty();
        Map<String, Long> counts = Reconciliation.reconcile(suite, tag, load);
        report("broker SIGSTOP for 12 s", counts);
    }

    @Test
    void twoInstancesOfEachServiceShareTheWorkWithoutLossOrDoubling(LocalSuite suite) throws Exception {
        String tag = tag("twoinstances");
        List<ServiceProcess> added = suite.addInstances("registry", "financing", "awards");
        ServiceProcess registry2 = added.get(0);
        ServiceProcess financing2 = added.get(1);
        ServiceProcess awards2 = added.get(2);
        try {
            RegistryLoad load = new RegistryLoad();
            List<String> registries = List.of(suite.service("registry").url(), registry2.url());
            List<CompletableFuture<Void>> writers = new ArrayList<>();
            for (String url : registries) {
                writers.add(CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < 60; i++) {
                        load.register(url, tag);
                    }
                }));
            }
            CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
            assertThat(load.acknowledged).hasSize(120);
            Map<String, Long> counts = Reconciliation.reconcile(suite, tag, load);

            // Each outbox event reached the topic once: the relays of the two instances did not double-publish.
            Set<String> causes = Reconciliation.strings(suite, "registry",
                    "select o.id::text from outbox_event o join cooperative c on o.aggregate_id = c.id::text where c.name like ?"
                            + " and o.topic = '" + Topics.REGISTRY_COOPERATIVE + "'", tag + "-%");
            try (EventLog log = new EventLog(suite.kafka().bootstrapServers(), Topics.REGISTRY_COOPERATIVE)) {
                Map<String, Integer> copies = new HashMap<>();
                Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                    copies.clear();
                    log.all(e -> causes.contains(e.id())).forEach(e -> copies.merge(e.id(), 1, Integer::sum));
                    return copies.size() == causes.size();
                });
                assertThat(copies.values()).containsOnly(1);
            }
            // Both instances of each consumer hold partitions: the work is shared.
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafka().bootstrapServers()))) {
                for (String group : List.of("financing-service.cooperative-projection", "awards-service.cooperative-projection")) {
                    Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> admin.describeConsumerGroups(List.of(group))
                            .all().get().get(group).members().stream().filter(m -> !m.assignment().topicPartitions().isEmpty()).count() == 2);
                }
            }
            report("two instances of each service", counts);
        } finally {
            // Scaled down for good: out of the consumer groups at once (static members do not leave on stop).
            suite.removeInstance(registry2);
            suite.removeInstance(financing2);
            suite.removeInstance(awards2);
        }
    }

    private static int status(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static String tag(String name) {
        return "rel" + name + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void report(String injected, Map<String, Long> counts) {
        System.out.println("[reliability] " + injected + ": " + counts);
    }
}
