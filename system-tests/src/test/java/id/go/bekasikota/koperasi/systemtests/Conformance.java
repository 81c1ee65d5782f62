package id.go.bekasikota.koperasi.systemtests;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.bekasikota.koperasi.stack.LocalSuite;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/**
 * Issue 13: every request the system tests send to the suite, and every answer, checked against the
 * OpenAPI document of the service that owns the path (read through the gateway, as integrators read
 * it) with Atlassian's swagger-request-validator. REST Assured requests pass through a global filter
 * ({@link SuiteExtension} installs it), the contract tests' {@link Http} client and the fault
 * injection's writers call {@link #check} themselves.
 * <p>
 * A request a test breaks on purpose (the malformed-input sweep, the authorization matrix, a
 * missing {@code If-Match} to see the 428) is marked: REST Assured with
 * {@code given().filter(Conformance.BROKEN_REQUEST)}, {@link Http} with {@code sendBroken}. Only its
 * answer is checked. Beside the schemas it checks that a response header an integrator relies on
 * ({@code ETag}, {@code Location}, {@code Retry-After}, {@code Idempotent-Replayed},
 * {@code Content-Disposition}) is documented where it is sent. Violations are collected per
 * operation; {@code ConformanceIT}, the last system test, fails with them and
 * {@code target/conformance/report.md} lists them with the counts.
 */
final class Conformance {

    /** Marks a REST Assured request that is broken on purpose: only its answer is checked. */
    static final Filter BROKEN_REQUEST = new Filter() {
        @Override
        public io.restassured.response.Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                                                       FilterContext context) {
            return context.next(request, response);
        }

        @Override
        public String toString() {
            return "Conformance.BROKEN_REQUEST";
        }
    };

    private static final Set<String> WATCHED_HEADERS = Set.of("etag", "location", "retry-after", "idempotent-replayed",
            "content-disposition");

    /** One operation of one document, and the validator of that document. */
    private record Owner(String service, String method, String template, Pattern pattern, JsonNode operation,
                         OpenApiInteractionValidator validator) {
        String name() {
            return service + " " + method + " " + template;
        }
    }

    private static volatile String gatewayUrl;
    private static volatile List<Owner> owners;
    private static final LongAdder REQUESTS_CHECKED = new LongAdder();
    private static final LongAdder ANSWERS_ONLY = new LongAdder();
    private static final LongAdder NOT_OWNED = new LongAdder();
    private static final Map<String, AtomicLong> PER_OPERATION = new ConcurrentHashMap<>();
    private static final Map<String, Map<String, AtomicLong>> VIOLATIONS = new ConcurrentHashMap<>();

    private Conformance() {
    }

    /**
     * Once per JVM: the global REST Assured filter, and the documents read from {@code gateway} now, while its suite
     * runs (the suites of a run serve the same documents; the first to install may stop before the others).
     */
    static synchronized void install(String gateway) {
        if (gatewayUrl != null) {
            return;
        }
        gatewayUrl = gateway;
        owners();
        RestAssured.filters(new Filter() {
            @Override
            public io.restassured.response.Response filter(FilterableRequestSpecification request,
                                                           FilterableResponseSpecification responseSpec, FilterContext context) {
                io.restassured.response.Response response = context.next(request, responseSpec);
                boolean broken = request.getDefinedFilters().contains(BROKEN_REQUEST);
                check(withBearer(request, RestAssuredRequest.of(request)), RestAssuredResponse.of(response), !broken);
                return response;
            }
        });
    }

    /**
     * The request as it went out: REST Assured writes the token of {@code auth().oauth2(...)} into the
     * {@code Authorization} header after the filters have run, so the validator would not see it.
     */
    private static Request withBearer(FilterableRequestSpecification spec, Request request) {
        if (!(spec.getAuthenticationScheme() instanceof io.restassured.authentication.PreemptiveOAuth2HeaderScheme oauth)
                || request.getHeaderValue("Authorization").isPresent()) {
            return request;
        }
        SimpleRequest.Builder copy = new SimpleRequest.Builder(request.getMethod(), request.getPath());
        request.getHeaders().forEach((name, values) -> copy.withHeader(name, List.copyOf(values)));
        request.getQueryParameters().forEach(name -> copy.withQueryParam(name, List.copyOf(request.getQueryParameterValues(name))));
        request.getRequestBody().ifPresent(copy::withBody);
        copy.withAuthorization("Bearer " + oauth.getAccessToken());
        return copy.build();
    }

    /** A request sent with java.net.http: {@code requestConforms} false for one broken on purpose. */
    static void check(HttpRequest request, String body, HttpResponse<String> response, boolean requestConforms) {
        URI uri = request.uri();
        SimpleRequest.Builder sent = new SimpleRequest.Builder(request.method(), uri.getRawPath() == null ? "/" : decode(uri.getRawPath()));
        request.headers().map().forEach(sent::withHeader);
        if (body != null && !body.isEmpty()) {
            sent.withBody(body);
        }
        if (uri.getRawQuery() != null) {
            Map<String, List<String>> query = new LinkedHashMap<>();
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                query.computeIfAbsent(name, k -> new ArrayList<>()).add(eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
            query.forEach(sent::withQueryParam);
        }
        SimpleResponse.Builder answer = new SimpleResponse.Builder(response.statusCode());
        response.headers().map().forEach(answer::withHeader);
        if (response.body() != null && !response.body().isEmpty()) {
            answer.withBody(response.body());
        }
        check(sent.build(), answer.build(), requestConforms);
    }

    static void check(Request request, Response response, boolean requestConforms) {
        // Only the API is documented (not /q/health, /openapi/..., Keycloak's or a webhook receiver's paths).
        Optional<Owner> owner = request.getPath().startsWith("/api/")
                ? ownerOf(request.getMethod().name(), request.getPath()) : Optional.empty();
        if (owner.isEmpty()) {
            NOT_OWNED.increment();
            return;
        }
        Owner op = owner.get();
        PER_OPERATION.computeIfAbsent(op.name(), k -> new AtomicLong()).incrementAndGet();
        ValidationReport report;
        if (requestConforms) {
            REQUESTS_CHECKED.increment();
            report = op.validator().validate(request, response);
        } else {
            ANSWERS_ONLY.increment();
            report = op.validator().validateResponse(request.getPath(), request.getMethod(), response);
        }
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                violation(op, response.getStatus(), message.getKey() + ": " + message.getMessage()
                        + (message.getNestedMessages().isEmpty() ? "" : " " + message.getNestedMessages().stream()
                        .map(ValidationReport.Message::getMessage).toList()));
            }
        }
        undocumentedHeaders(op, response);
        promisedLocation(op, response);
    }

    /**
     * A 201 whose document declares {@code Location} must send it (the documents declare it on every 201
     * but those of {@code @CreatedWithoutLocation} operations): a generated client follows it.
     */
    private static void promisedLocation(Owner op, Response response) {
        if (response.getStatus() != 201 || !response.getHeaderValues("Location").isEmpty()) {
            return;
        }
        JsonNode declared = op.operation().path("responses").path("201");
        if (declared.isMissingNode()) {
            return;
        }
        for (Iterator<String> it = resolve(op, declared).path("headers").fieldNames(); it.hasNext(); ) {
            if (it.next().equalsIgnoreCase("Location")) {
                violation(op, 201, "declared response header Location missing on 201");
            }
        }
    }

    /** A watched header on the wire that the document does not declare for this status. */
    private static void undocumentedHeaders(Owner op, Response response) {
        JsonNode responses = op.operation().path("responses");
        JsonNode declared = responses.path(String.valueOf(response.getStatus()));
        if (declared.isMissingNode()) {
            return; // the validator reports the undocumented status
        }
        JsonNode resolved = resolve(op, declared);
        for (String name : WATCHED_HEADERS) {
            if (response.getHeaderValues(name).isEmpty()) {
                continue;
            }
            boolean documented = false;
            for (Iterator<String> it = resolved.path("headers").fieldNames(); it.hasNext(); ) {
                documented |= it.next().equalsIgnoreCase(name);
            }
            if (!documented) {
                violation(op, response.getStatus(), "undocumented response header " + name + " on " + response.getStatus());
            }
        }
    }

    private static JsonNode resolve(Owner op, JsonNode node) {
        JsonNode current = node;
        for (int i = 0; i < 5 && current.has("$ref"); i++) {
            String ref = current.get("$ref").asText();
            current = documents().get(op.service()).at(ref.substring(1));
        }
        return current;
    }

    private static void violation(Owner op, int status, String message) {
        VIOLATIONS.computeIfAbsent(op.name(), k -> new ConcurrentHashMap<>())
                .computeIfAbsent(status + " " + message, k -> new AtomicLong()).incrementAndGet();
    }

    private static Optional<Owner> ownerOf(String method, String path) {
        Owner best = null;
        for (Owner owner : owners()) {
            if (owner.method().equals(method) && owner.pattern().matcher(path).matches()
                    && (best == null || literalLength(owner.template()) > literalLength(best.template()))) {
                best = owner;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A literal segment wins over a template one: /x/dissolution-candidates before /x/{id}. */
    private static int literalLength(String template) {
        return template.replaceAll("\\{[^}]+}", "").length();
    }

    private static final Map<String, JsonNode> DOCUMENTS = new ConcurrentHashMap<>();

    private static Map<String, JsonNode> documents() {
        owners();
        return DOCUMENTS;
    }

    private static List<Owner> owners() {
        List<Owner> known = owners;
        if (known != null) {
            return known;
        }
        synchronized (Conformance.class) {
            if (owners == null) {
                if (gatewayUrl == null) {
                    throw new IllegalStateException("Conformance.install was not called (SuiteExtension does it)");
                }
                Http http = new Http(gatewayUrl);
                List<Owner> all = new ArrayList<>();
                for (String service : LocalSuite.SERVICES) {
                    JsonNode document = ApiOperations.document(http, service);
                    DOCUMENTS.put(service, document);
                    OpenApiInteractionValidator validator = OpenApiInteractionValidator
                            .createForInlineApiSpecification(document.toString()).build();
                    document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(item -> {
                        if (Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(item.getKey())) {
                            all.add(new Owner(service, item.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                                    Pattern.compile(path.getKey().replaceAll("\\{[^}]+}", "[^/]+")), item.getValue(), validator));
                        }
                    }));
                }
                owners = List.copyOf(all);
            }
            return owners;
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** What was checked and what broke the documents. */
    record Summary(long requestsChecked, long answersOnly, long notOwned, Map<String, Map<String, Long>> violations,
                   Map<String, Long> perOperation) {
        long violationCount() {
            return violations.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
        }

        long distinctViolations() {
            return violations.values().stream().mapToLong(Map::size).sum();
        }
    }

    static Summary summary() {
        Map<String, Map<String, Long>> violations = new TreeMap<>();
        VIOLATIONS.forEach((op, messages) -> {
            Map<String, Long> counted = new TreeMap<>();
            messages.forEach((m, n) -> counted.put(m, n.get()));
            violations.put(op, counted);
        });
        Map<String, Long> perOperation = new TreeMap<>();
        PER_OPERATION.forEach((op, n) -> perOperation.put(op, n.get()));
        return new Summary(REQUESTS_CHECKED.sum(), ANSWERS_ONLY.sum(), NOT_OWNED.sum(), violations, perOperation);
    }

    /** Writes {@code system-tests/target/conformance/report.md} and {@code report.json}; returns the summary. */
    static Summary writeReport() {
        Summary summary = summary();
        Path root = Path.of(System.getProperty("koperasi.suite.root", "..")).toAbsolutePath().normalize();
        Path out = root.resolve("system-tests/target/conformance");
        StringBuilder md = new StringBuilder("# OpenAPI conformance of the system tests' traffic\n\n");
        md.append("| | count |\n|---|---|\n")
                .append("| requests and answers checked | ").append(summary.requestsChecked()).append(" |\n")
                .append("| answers checked of requests broken on purpose | ").append(summary.answersOnly()).append(" |\n")
                .append("| requests outside the documents (health, documents, Keycloak) | ").append(summary.notOwned()).append(" |\n")
                .append("| operations exercised | ").append(summary.perOperation().size()).append(" |\n")
                .append("| violations (distinct) | ").append(summary.violationCount()).append(" (")
                .append(summary.distinctViolations()).append(") |\n\n");
        if (!summary.violations().isEmpty()) {
            md.append("## Violations by operation\n\n");
            summary.violations().forEach((op, messages) -> {
                md.append("### ").append(op).append("\n\n");
                messages.forEach((m, n) -> md.append("- ").append(n).append(" x ").append(m.replace("\n", " ")).append('\n'));
                md.append('\n');
            });
        }
        md.append("## Requests per operation\n\n| operation | requests |\n|---|---|\n");
        summary.perOperation().forEach((op, n) -> md.append("| ").append(op).append(" | ").append(n).append(" |\n"));
        ObjectNode json = ApiOperations.JSON.createObjectNode();
        json.put("requestsChecked", summary.requestsChecked());
        json.put("answersOnly", summary.answersOnly());
        json.put("notOwned", summary.notOwned());
        json.put("violations", summary.violationCount());
        json.set("violationsByOperation", ApiOperations.JSON.valueToTree(summary.violations()));
        json.set("requestsByOperation", ApiOperations.JSON.valueToTree(summary.perOperation()));
        try {
            Files.createDirectories(out);
            Files.writeString(out.resolve("report.md"), md);
            Files.writeString(out.resolve("report.json"), ApiOperations.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return summary;
    }
}
