package id.go.bekasikota.koperasi.systemtests;

import com.sun.net.httpserver.HttpServer;
import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.stack.LocalSuite;
import id.go.bekasikota.koperasi.stack.ServiceProcess;
import id.go.bekasikota.koperasi.testsupport.CooperativeNumbers;
import id.go.bekasikota.koperasi.testsupport.EventLog;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.restassured.http.ContentType;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One W3C trace from the caller through the gateway, the registry, its outbox and Kafka to the
 * consumers, exported over OTLP (http/protobuf) to a receiver in this test. Tracing is switched on
 * by the processes' environment only: the jars are those every other system test starts, which
 * record and export nothing.
 */
@OwnSuite
class TracingIT {

    private static final HexFormat HEX = HexFormat.of();
    private static final List<String> PROCESSES = List.of("registry", "financing", "awards", "notifications", "gateway");

    private static final List<String> requestPaths = new CopyOnWriteArrayList<>();
    private static final List<Received> received = new CopyOnWriteArrayList<>();
    private static HttpServer receiver;
    private static LocalSuite suite;

    /** A span as exported, with the service.name of its resource. */
    record Received(String service, String traceId, String spanId, String parentSpanId, Span.SpanKind kind, String name) {
    }

    @BeforeAll
    static void startTheSuiteExportingToTheReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            requestPaths.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath()
                    + " " + exchange.getRequestHeaders().getFirst("Content-Type"));
            try (InputStream body = exchange.getRequestBody()) {
                keep(ExportTraceServiceRequest.parseFrom(body.readAllBytes()));
            }
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        receiver.start();
        // The deployment's switch (README "Tracing"): tracing on (the gateway leaves it off by default), every
        // trace kept, OTLP over HTTP to the receiver.
        Map<String, String> tracing = Map.of(
                "OTEL_SDK_DISABLED", "false",
                "OTEL_TRACES_SAMPLER_ARG", "1",
                "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://127.0.0.1:" + receiver.getAddress().getPort(),
                "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf",
                // Export each batch soon instead of every 5 s: the test waits less.
                "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms");
        Map<String, Map<String, String>> environment = new HashMap<>();
        PROCESSES.forEach(process -> environment.put(process, tracing));
        Path root = Path.of(System.getProperty("koperasi.suite.root", "..")).toAbsolutePath().normalize();
        suite = LocalSuite.start(root, 0, 0, new LocalSuite.Settings(ServiceProcess.QUICK_START_JVM_OPTIONS, environment),
                line -> System.out.println("[tracing-it] " + line));
    }

    @AfterAll
    static void stop() {
        if (suite != null) {
            suite.close();
        }
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void oneTraceRunsFromTheGatewayRequestToEveryConsumer() {
        String traceId = randomHex(16);
        String callerSpanId = randomHex(8);
        String cooperative = given().baseUri(suite.gatewayUrl()).auth().oauth2(Tokens.officer())
                .header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                .contentType(ContentType.JSON).body(Map.of(
                        "cooperativeNumber", CooperativeNumbers.unique(),
                        "name", "Koperasi Jejak Terlacak",
                        "jenis", "JASA",
                        "bentuk", "PRIMER",
                        "kelompok", "COMMUNITY",
                        "kecamatanCode", "327504",
                        "foundedOn", "2004-06-07"))
                .when().post("/api/v1/cooperatives")
                .then().statusCode(201).extract().path("id");

        // The spans come in batches from five processes: wait until each one this test looks at is there.
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(received.stream().filter(span -> span.traceId().equals(traceId))
                        .map(span -> span.service() + " " + span.kind()).toList())
                        .contains("gateway SPAN_KIND_SERVER", "registry-service SPAN_KIND_SERVER",
                                "registry-service SPAN_KIND_PRODUCER", "financing-service SPAN_KIND_CONSUMER",
                                "awards-service SPAN_KIND_CONSUMER"));
        assertThat(requestPaths).allSatisfy(request -> assertThat(request).isEqualTo("POST /v1/traces application/x-protobuf"));

        List<Received> trace = received.stream().filter(span -> span.traceId().equals(traceId)).toList();
        Received gatewayServer = only(trace, "gateway", Span.SpanKind.SPAN_KIND_SERVER);
        assertThat(gatewayServer.parentSpanId()).as("the gateway continues the caller's trace").isEqualTo(callerSpanId);

        // The registry's request span is a child of the gateway's call to it, itself a child of the gateway's request.
        Received registryServer = only(trace, "registry-service", Span.SpanKind.SPAN_KIND_SERVER);
        Received gatewayCall = byId(trace, registryServer.parentSpanId());
        assertThat(gatewayCall.service()).isEqualTo("gateway");
        assertThat(gatewayCall.kind()).isEqualTo(Span.SpanKind.SPAN_KIND_CLIENT);
        assertThat(gatewayCall.parentSpanId()).isEqualTo(gatewayServer.spanId());

        // The relay's producer span is a child of the request that wrote the event, though published after it ended.
        Received producer = trace.stream().filter(span -> span.service().equals("registry-service")
                && span.kind() == Span.SpanKind.SPAN_KIND_PRODUCER && span.name().startsWith(Topics.REGISTRY_COOPERATIVE + " "))
                .findFirst().orElseThrow();
        assertThat(producer.parentSpanId()).isEqualTo(registryServer.spanId());
        for (String consumer : List.of("financing-service", "awards-service")) {
            Received consumed = trace.stream().filter(span -> span.service().equals(consumer)
                            && span.kind() == Span.SpanKind.SPAN_KIND_CONSUMER).findFirst().orElseThrow();
            assertThat(consumed.parentSpanId()).as(consumer + " consumes in the producer's span").isEqualTo(producer.spanId());
        }

        // On the wire: the record's traceparent (the producer span) and its CloudEvent's ce_traceparent
        // (the request that wrote the event) name the same trace.
        try (EventLog log = new EventLog(suite.kafka().bootstrapServers(), Topics.REGISTRY_COOPERATIVE)) {
            EventLog.Event record = log.await(event -> cooperative.equals(event.subject()));
            assertThat(record.headers().get("traceparent")).isEqualTo("00-" + traceId + "-" + producer.spanId() + "-01");
            assertThat(record.headers().get("ce_traceparent")).isEqualTo("00-" + traceId + "-" + registryServer.spanId() + "-01");
        }
    }

    private static void keep(ExportTraceServiceRequest request) {
        for (ResourceSpans resource : request.getResourceSpansList()) {
            String service = resource.getResource().getAttributesList().stream()
                    .filter(attribute -> attribute.getKey().equals("service.name"))
                    .map(KeyValue::getValue).map(AnyValue::getStringValue).findFirst().orElse("");
            for (ScopeSpans scope : resource.getScopeSpansList()) {
                for (Span span : scope.getSpansList()) {
                    received.add(new Received(service, HEX.formatHex(span.getTraceId().toByteArray()),
                            HEX.formatHex(span.getSpanId().toByteArray()), HEX.formatHex(span.getParentSpanId().toByteArray()),
                            span.getKind(), span.getName()));
                }
            }
        }
    }

    private static Received only(List<Received> trace, String service, Span.SpanKind kind) {
        List<Received> matching = trace.stream().filter(span -> span.service().equals(service) && span.kind() == kind).toList();
        assertThat(matching).as(service + " " + kind).hasSize(1);
        return matching.get(0);
    }

    private static Received byId(List<Received> trace, String spanId) {
        return trace.stream().filter(span -> span.spanId().equals(spanId)).findFirst()
                .orElseThrow(() -> new AssertionError("no span " + spanId + " in the trace: " + trace));
    }

    private static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        new SecureRandom().nextBytes(value);
        return HEX.formatHex(value);
    }
}
