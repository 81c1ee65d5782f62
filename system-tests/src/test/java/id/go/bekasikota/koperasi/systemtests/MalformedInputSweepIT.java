package id.go.bekasikota.koperasi.systemtests;

import id.go.bekasikota.koperasi.testsupport.CooperativeNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.bekasikota.koperasi.stack.LocalSuite;
import id.go.bekasikota.koperasi.systemtests.ApiOperations.Operation;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7: a malformed-input sweep over every operation of the OpenAPI documents, through the
 * gateway, with a token of a role the operation allows. From each operation's schemas it sends
 * wrong types per field, missing required fields, unknown fields, 100,000-character strings,
 * numbers past 64 bits, bad enum values and dates, broken JSON, empty bodies, wrong content
 * types, path ids that are not UUIDs or do not exist, and bad query parameters. Every answer must
 * be below 500; every 4xx must be {@code application/problem+json} with {@code status} and
 * {@code title}.
 * <p>
 * Issue 23: each kind of malformed request has its exact answer ({@link Expect}), written here from
 * the conventions (docs/CONVENTIONS.md, "Errors"), not read from the services: a broken field or
 * query parameter is a 400 {@code validation} problem naming it, JSON that cannot be read a 400
 * {@code malformed-request}, a media type the operation does not declare a 415
 * {@code unsupported-media-type}, a path id that is not a UUID or names nothing a 404
 * {@code not-found}. An answer of another status or type fails, so a request refused for the wrong
 * reason (an unknown id answered before the body is validated, a 409, 412 or 428 where the body is
 * broken, a 429 of the gateway) cannot pass. Probes that may be valid (free text, long strings,
 * negative numbers) keep the general contract and, when refused as invalid, must name their field;
 * a NUL character in a query parameter's value is always a 400 {@code validation} naming it.
 */
@ExtendWith(SuiteExtension.class)
class MalformedInputSweepIT {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String HUGE = "x".repeat(100_000);
    private static final List<String> ROLE_PREFERENCE = List.of("officer", "cooperative", "partner", "juror", "auditor");
    private static final int THREADS = 4;

    /**
     * The one answer a malformed request may get: its status, the last segment of its problem type
     * and, for a validation problem, the field or parameter it must name (null: any).
     */
    record Expect(int status, String type, String field) {
        static Expect invalid(String field) {
            return new Expect(400, "validation", field);
        }

        /**
         * A required body that is not there: 400 {@code validation} naming {@code body} (the suite's rule for
         * an object body), or {@code malformed-request} for a body of another shape (an array has no
         * member to name).
         */
        static final Expect MISSING_BODY = new Expect(400, "validation|malformed-request", "body");

        static final Expect MALFORMED = new Expect(400, "malformed-request", null);
        static final Expect UNSUPPORTED = new Expect(415, "unsupported-media-type", null);
        static final Expect NOT_FOUND = new Expect(404, "not-found", null);

        @Override
        public String toString() {
            return status + " " + type + (field == null ? "" : " naming " + field);
        }
    }

    /**
     * One request of the sweep.
     *
     * @param expect     the exact answer of a request that cannot be valid; null for a probe that may be valid
     * @param field      the field or parameter at fault, which a validation problem must name (null: any)
     * @param unknownIds the path's ids name nothing: a 404 not-found is then as right as the expected answer
     *                   (both the ids and the input are wrong; either refusal is true)
     */
    record Probe(Operation op, String kind, String method, String path, Map<String, String> headers, String body,
                 Expect expect, String field, boolean unknownIds) {
    }

    record Outcome(Probe probe, Http.Answer answer) {
    }

    /**
     * Issue 14: what a problem may never say - a qualified Java name, a package, an exception class, a
     * framework's status text or annotation.
     */
    static final Pattern DISCLOSURE = Pattern.compile("\\b[a-z][a-z0-9_]*+\\.[a-z][a-z0-9_]*+\\.[A-Z]"
            + "|\\b(?:java|javax|jakarta|org|com|io|sun)\\.[a-z]|\\b\\w*+(?<=Exception)\\b|\\bHTTP \\d{3}\\b"
            + "|@(?:Consumes|Produces|Valid|[A-Z][A-Za-z]*Param)\\b|\\.java:\\d+");

    /** Longer than any message the suite writes: a problem text past it echoes what the caller sent. */
    private static final int ECHO_LIMIT = 2_000;

    @Test
    void everyMalformedRequestIsAnsweredWithAProblemAndNeverWithA5xx(LocalSuite suite) throws Exception {
        Http http = new Http(suite.gatewayUrl());
        sweep(http, service -> http, "malformed-input-sweep");
    }

    /** Issue 14: the same sweep straight to each service's own port, past the gateway. */
    @Test
    void everyServiceKeepsTheContractWhenCalledDirectly(LocalSuite suite) throws Exception {
        Map<String, Http> direct = new LinkedHashMap<>();
        LocalSuite.SERVICES.forEach(service -> direct.put(service, new Http(suite.service(service).url())));
        sweep(new Http(suite.gatewayUrl()), direct::get, "malformed-input-sweep direct");
    }

    /**
     * RFC 9110 §15.5.6: a method a path does not take is a 405 problem whose {@code Allow} lists the methods the
     * path's document gives it (with {@code HEAD} beside {@code GET}, and {@code OPTIONS}, which every path answers),
     * through the gateway and at each service's own port; {@code OPTIONS} answers that same list. The expected
     * lists are read from the OpenAPI documents, not from the services' routing.
     */
    @Test
    void aMethodAPathDoesNotTakeIsA405ListingTheMethodsItDoes(LocalSuite suite) throws Exception {
        Map<String, List<Operation>> byPath = new TreeMap<>();
        for (Operation op : ApiOperations.all(new Http(suite.gatewayUrl()))) {
            byPath.computeIfAbsent(op.service() + " " + op.path(), key -> new ArrayList<>()).add(op);
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (List<Operation> operations : byPath.values()) {
            Set<String> documented = new TreeSet<>();
            operations.forEach(op -> documented.add(op.method()));
            Set<String> expected = new TreeSet<>(documented);
            if (documented.contains("GET")) {
                expected.add("HEAD");
            }
            expected.add("OPTIONS");
            String refused = Stream.of("DELETE", "PUT", "PATCH", "POST").filter(m -> !documented.contains(m)).findFirst().orElse(null);
            if (refused == null) {
                continue;
            }
            Operation op = operations.get(0);
            String role = op.isPublic() ? "officer" : ROLE_PREFERENCE.stream().filter(op.roles()::contains).findFirst().orElse("officer");
            UUID id = UUID.randomUUID();
            String path = RequestValues.path(op, id, Map.of());
            for (String base : List.of(suite.gatewayUrl(), suite.service(op.service()).url())) {
                for (String method : List.of(refused, "OPTIONS")) {
                    HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + path))
                            .method(method, HttpRequest.BodyPublishers.noBody())
                            .header("Authorization", "Bearer " + Http.token(role, id)).build(), HttpResponse.BodyHandlers.ofString());
                    int status = method.equals("OPTIONS") ? 200 : 405;
                    String allow = answer.headers().firstValue("Allow").orElse("(none)");
                    Set<String> allowed = new TreeSet<>(List.of(allow.split("\\s*,\\s*")));
                    String problemType = answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                            ? ApiOperations.JSON.readTree(answer.body()).path("type").asText() : "(not a problem)";
                    if (answer.statusCode() != status || !allowed.equals(expected)
                            || status == 405 && !problemType.endsWith("/method-not-allowed")) {
                        failures.add(method + " " + base + path + " -> " + answer.statusCode() + " " + problemType + " Allow: " + allow
                                + "; expected " + status + " Allow: " + String.join(", ", expected));
                    }
                    checked++;
                }
            }
        }
        System.out.println("[method-not-allowed] " + checked + " requests over " + byPath.size() + " paths");
        assertThat(checked).isGreaterThan(100);
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    private static void sweep(Http gateway, java.util.function.Function<String, Http> target, String label) throws Exception {
        List<Operation> operations = ApiOperations.all(gateway);
        assertThat(operations).isNotEmpty();
        // The body probes run twice where a path names a record: once for an id that does not exist, and once for
        // a cooperative that does, so that they reach the service's business logic and its database.
        UUID existing = registerCooperative();
        List<Probe> probes = new ArrayList<>();
        for (Operation op : operations) {
            probes.addAll(probes(op, UUID.randomUUID(), true));
            if (op.path().contains("{") && op.requestBody().isPresent()) {
                probes.addAll(probes(op, existing, false));
            }
        }

        long started = System.nanoTime();
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Probe probe : probes) {
                running.add(pool.submit(() -> outcomes.add(new Outcome(probe,
                        target.apply(probe.op().service()).sendBroken(probe.method(), probe.path(), probe.headers(), probe.body())))));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        Map<Integer, Integer> histogram = new TreeMap<>();
        Map<String, Integer> perKind = new TreeMap<>();
        Map<String, Integer> answersPerKind = new TreeMap<>();
        Map<String, AtomicInteger> fieldNamed = new ConcurrentHashMap<>();
        List<String> failures = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            histogram.merge(outcome.answer().status(), 1, Integer::sum);
            perKind.merge(outcome.probe().kind().replaceAll(" .*", ""), 1, Integer::sum);
            answersPerKind.merge(outcome.probe().kind().replaceAll(" .*", "") + " -> " + outcome.answer().status() + " "
                    + problemType(outcome.answer()), 1, Integer::sum);
            String problem = check(outcome, fieldNamed);
            if (problem != null) {
                Probe p = outcome.probe();
                String body = p.body() == null ? "" : " body " + (p.body().length() > 200 ? p.body().substring(0, 200) + "...(" + p.body().length() + " chars)" : p.body());
                failures.add(p.op().service() + " " + p.op().name() + " [" + p.kind() + "] " + p.method() + " " + abbreviate(p.path())
                        + " Content-Type " + p.headers().getOrDefault("Content-Type", "(none)") + body + " -> " + problem
                        + "; answer " + outcome.answer());
            }
        }
        System.out.println("[" + label + "] " + outcomes.size() + " requests over " + operations.size() + " operations "
                + ApiOperations.countByService(operations) + " in " + millis + " ms (" + THREADS + " threads)");
        System.out.println("[" + label + "] status histogram " + histogram);
        System.out.println("[" + label + "] requests per kind " + perKind);
        System.out.println("[" + label + "] answers per kind " + answersPerKind);
        System.out.println("[" + label + "] validation problems naming the broken field/parameter: " + fieldNamed);
        Map<String, Long> failuresPerKind = new TreeMap<>();
        failures.forEach(f -> failuresPerKind.merge(f.replaceAll("^[^\\[]*\\[([^ \\]]*).*", "$1"), 1L, Long::sum));
        System.out.println("[" + label + "] failures per kind " + failuresPerKind);
        failures.stream().sorted().limit(200).forEach(f -> System.out.println("[" + label + "] FAIL " + f));
        assertThat(outcomes).hasSameSizeAs(probes);
        assertThat(failures).as(failures.size() + " answers break the error contract (first 200 printed above)").isEmpty();
    }

    /** Null when the answer keeps the contract, else what is wrong. */
    private static String check(Outcome outcome, Map<String, AtomicInteger> fieldNamed) {
        Probe probe = outcome.probe();
        Http.Answer answer = outcome.answer();
        int status = answer.status();
        if (status >= 500) {
            return "a server error";
        }
        Expect expect = probe.expect();
        if (status < 400) {
            return expect != null ? "accepted (" + status + ") a request that cannot be valid; expected " + expect : null;
        }
        if (!answer.contentType().startsWith("application/problem+json")) {
            return "a " + status + " that is not application/problem+json";
        }
        JsonNode problem;
        try {
            problem = ApiOperations.JSON.readTree(answer.body());
        } catch (java.io.IOException e) {
            return "a problem body that is not JSON";
        }
        if (probe.kind().endsWith(" undeclared") && !(status == 400 && problem.path("type").asText("").endsWith("/validation"))) {
            return "a " + status + " " + problem.path("type").asText() + " for a query parameter the operation does not declare (a 400 validation problem)";
        }
        if (problem.path("status").asInt(-1) != status) {
            return "problem status " + problem.path("status") + " differs from the HTTP status";
        }
        if (problem.path("title").asText("").isBlank()) {
            return "a problem without a title";
        }
        List<String> texts = new ArrayList<>(List.of(problem.path("title").asText(""), problem.path("detail").asText("")));
        problem.path("errors").forEach(error -> texts.add(error.path("message").asText("")));
        for (String text : texts) {
            if (text.length() > ECHO_LIMIT) {
                return "a problem text of " + text.length() + " characters (a request's value echoed back?) '"
                        + abbreviate(text) + "'";
            }
            Matcher disclosed = DISCLOSURE.matcher(text);
            if (disclosed.find()) {
                return "a problem that names the implementation ('" + disclosed.group() + "' in '" + abbreviate(text) + "')";
            }
        }
        String type = problem.path("type").asText("").replaceAll(".*/", "");
        boolean unknownRefused = probe.unknownIds() && status == 404 && type.equals("not-found");
        if (expect != null && !unknownRefused && (status != expect.status() || !type.matches(expect.type()))) {
            return "answered " + status + " " + type + " where " + expect + " is the answer";
        }
        if (type.equals("validation")) {
            if (!problem.path("errors").isArray() || problem.path("errors").isEmpty()) {
                return "a validation problem without errors[]";
            }
            if (probe.field() != null) {
                boolean named = false;
                for (JsonNode error : problem.path("errors")) {
                    String field = error.path("field").asText("");
                    named |= field.equals(probe.field()) || field.startsWith(probe.field() + ".") || field.startsWith(probe.field() + "[")
                            || field.endsWith("." + probe.field());
                }
                if (!named && !(probe.kind().startsWith("query-") && namesOnlyUnsentParameters(problem, probe.path()))) {
                    return "a validation problem that does not name " + probe.field();
                }
                fieldNamed.computeIfAbsent(probe.kind().replaceAll(" .*", ""), k -> new AtomicInteger()).incrementAndGet();
            }
        }
        return null;
    }

    private static boolean objectBodyOf(Operation op, JsonNode schema) {
        JsonNode resolved = op.resolve(schema);
        return RequestValues.hasType(resolved, "object") || resolved.has("properties");
    }

    private static String problemType(Http.Answer answer) {
        if (answer.status() < 400 || !answer.contentType().startsWith("application/problem+json")) {
            return "";
        }
        try {
            return ApiOperations.JSON.readTree(answer.body()).path("type").asText("").replaceAll(".*/", "");
        } catch (java.io.IOException e) {
            return "(not JSON)";
        }
    }

    /**
     * The base query holds only the parameters the document marks required; a service may require
     * another one of this caller (an officer's {@code cooperativeId}) and name that one first.
     */
    private static boolean namesOnlyUnsentParameters(JsonNode problem, String pathAndQuery) {
        String query = pathAndQuery.contains("?") ? "&" + pathAndQuery.substring(pathAndQuery.indexOf('?') + 1) : "";
        for (JsonNode error : problem.path("errors")) {
            if (query.contains("&" + error.path("field").asText() + "=")) {
                return false;
            }
        }
        return true;
    }

    // ---- what to send

    /**
     * @param cooperativeId the first id of the path (and the cooperative a cooperative token is bound to)
     * @param parameters    also the path and query parameter probes (else only the body probes)
     */
    private static List<Probe> probes(Operation op, UUID cooperativeId, boolean parameters) {
        List<Probe> probes = new ArrayList<>();
        String role = op.isPublic() ? "officer" : ROLE_PREFERENCE.stream().filter(op.roles()::contains).findFirst().orElse("officer");
        String path = RequestValues.path(op, cooperativeId, Map.of());
        String query = RequestValues.requiredQuery(op);
        var media = op.requestBody();
        String mediaType = media.map(Map.Entry::getKey).orElse(null);
        JsonNode schema = media.map(Map.Entry::getValue).orElse(null);
        boolean json = mediaType != null && mediaType.contains("json");
        String validBody = mediaType == null ? null
                : json ? RequestValues.sample(op, schema, 0).toString() : "cooperativeNumber,name\n3275000000001,Koperasi Contract\n";
        // The ids of the path name something only in the second run, and only for a cooperative's own path.
        long ids = op.path().chars().filter(c -> c == '{').count();
        boolean unknownIds = parameters || !(op.path().startsWith("/api/v1/cooperatives/{") && ids == 1);
        ProbeFactory make = new ProbeFactory(op, role, cooperativeId, mediaType, unknownIds);

        // Path parameters that are not ids, or ids that do not exist
        // (a path id that is not a UUID cannot name anything: 404 as for an unknown one; a number out of its range: 400)
        for (JsonNode parameter : parameters ? op.parameters("path") : List.<JsonNode>of()) {
            String name = parameter.path("name").asText();
            boolean number = RequestValues.isInteger(op.resolve(parameter.path("schema"))) || "year".equals(name);
            Map<String, Expect> values = new LinkedHashMap<>();
            if (number) {
                for (String notANumber : List.of("abc", "99999999999999999999", "1e30", "2025.5")) {
                    values.put(notANumber, Expect.invalid(name));
                }
                // not a year, or a number, the operation takes
                values.put("-1", Expect.invalid(name));
                values.put("0", Expect.invalid(name));
            } else {
                for (String id : List.of("not-a-uuid", UUID.randomUUID().toString(), "00000000-0000-0000-0000-000000000000",
                        "12345", "x".repeat(300), "%27%20OR%20%271%27%3D%271", "%E2%9C%93", "null")) {
                    values.put(id, Expect.NOT_FOUND);
                }
            }
            values.forEach((value, expect) -> {
                String bad = RequestValues.path(op, cooperativeId, Map.of(name, "__BAD__")).replace("__BAD__", value);
                probes.add(make.probe("path-" + name + " " + value, bad + query, mediaType, validBody, expect, expect.field()));
            });
        }

        // Query parameters: wrong types, out of range, bad dates and enums
        for (JsonNode parameter : parameters ? op.parameters("query") : List.<JsonNode>of()) {
            String name = parameter.path("name").asText();
            JsonNode s = op.resolve(parameter.path("schema"));
            List<String> values = new ArrayList<>();
            boolean strict = true;
            if (RequestValues.hasType(s, "integer") || RequestValues.hasType(s, "number")) {
                values.addAll(List.of("abc", "1.5e400", "99999999999999999999", "-1"));
                if (name.equals("page") || name.equals("size")) {
                    // Out of range, at and past the edge of 32 bits: 400 naming the parameter, never an overflow
                    values.addAll(List.of("0", "2147483647", "2147483648", "99999999999"));
                }
                if (name.equals("size")) {
                    values.add("100000");
                }
            } else if (s.has("enum")) {
                values.addAll(List.of("NOT_A_VALUE", "%00"));
            } else if ("date".equals(s.path("format").asText()) || name.equals("asOf") || name.toLowerCase().endsWith("date")) {
                values.addAll(List.of("notadate", "2025-02-30", "31-12-2025", "99999-01-01"));
            } else if ("uuid".equals(s.path("format").asText())) {
                values.addAll(List.of("not-a-uuid", "12345"));
            } else if (RequestValues.hasType(s, "boolean")) {
                values.addAll(List.of("maybe", "2"));
            } else {
                // Free text: may be valid; must still never break the service. A NUL character cannot be stored
                // in any text column: refused, naming the parameter, as in a JSON body.
                strict = false;
                values.addAll(List.of("x".repeat(2000), "%27%3B%20DROP%20TABLE%20cooperative%3B--", "%25", "%E2%9C%93%F0%9F%98%80", "a%00b"));
            }
            for (String value : values) {
                String encoded = value.contains("%") ? value : RequestValues.encode(value);
                String q = withParameter(query, name, encoded);
                // -1 for an unconstrained number, or an over-long page, may be a legitimate value
                boolean mustFail = strict && !(value.equals("-1") && !name.equals("page") && !name.equals("size")) || value.contains("%00");
                probes.add(make.probe("query-" + name + " " + abbreviate(value), path + q, mediaType, validBody,
                        mustFail ? Expect.invalid(name) : null, mustFail ? name : null));
            }
        }
        // The list conventions where an operation does not declare them: refused as unknown parameters (issue 13), a 400 naming them
        if (parameters && op.method().equals("GET") && op.parameters("query").stream().noneMatch(p -> p.path("name").asText().equals("page"))) {
            probes.add(make.probe("query-page undeclared", path + withParameter(query, "page", "-1"), null, null,
                    Expect.invalid("page"), "page"));
            if (op.parameters("query").stream().noneMatch(p -> p.path("name").asText().equals("asOf"))) {
                probes.add(make.probe("query-asOf undeclared", path + withParameter(query, "asOf", "notadate"), null, null,
                        Expect.invalid("asOf"), "asOf"));
            }
        }

        if (mediaType == null && parameters) {
            // An operation without a body: an unexpected body or content type must not break it.
            probes.add(make.probe("body-unexpected json", path + query, "application/json", "{\"unexpected\": true}", null, null));
            probes.add(make.probe("body-unexpected xml", path + query, "application/xml", "<a/>", null, null));
        }
        if (mediaType == null) {
            return probes;
        }

        // Whole-body breakage
        String target = path + query;
        boolean required = op.bodyRequired();
        // A required JSON body that is not there: nothing to read
        probes.add(make.probe("body-empty", target, mediaType, "", required && json ? Expect.MISSING_BODY : null, null));
        probes.add(make.probe("body-absent", target, null, null, required && json ? Expect.MISSING_BODY : null, null));
        // Media types the operation does not declare (the ODS reconciliation takes text/plain, as exports come).
        java.util.Set<String> declared = new java.util.HashSet<>();
        op.resolve(op.node().path("requestBody")).path("content").fieldNames().forEachRemaining(declared::add);
        for (String wrong : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
            if (declared.contains(wrong.split(";")[0])) {
                continue;
            }
            String sent = wrong.equals("application/xml") ? "<cooperative><name>x</name></cooperative>" : validBody;
            probes.add(make.probe("content-type " + wrong, target, wrong, sent, Expect.UNSUPPORTED, null));
        }
        if (!json) {
            probes.add(make.probe("content-type application/json", target, "application/json", "{\"rows\": []}", Expect.UNSUPPORTED, null));
            probes.add(make.probe("csv-binary", target, mediaType, "\u0000\u0001\u0002\uFFFD\n\u0000", null, null));
            probes.add(make.probe("csv-huge-line", target, mediaType, "cooperativeNumber,name\n" + HUGE + "," + HUGE + "\n", null, null));
            probes.add(make.probe("csv-unbalanced-quote", target, mediaType, "cooperativeNumber,name\n\"3275,\"Koperasi\n", null, null));
            return probes;
        }
        for (String broken : List.of("{", "{\"name\":", "not json", "{\"a\":1}}", "{}{}", "[1,2", "\"\\uZZZZ\"", "{\"a\":01}", "{'a':1}")) {
            // {"a":1}} is read as far as its unknown member a, which is refused before the trailing brace is seen
            // (a merge patch is read as a JSON document first, so there the trailing brace is what is refused)
            Expect expect = broken.equals("{\"a\":1}}") && objectBodyOf(op, schema) && "application/json".equals(mediaType)
                    ? Expect.invalid("a") : Expect.MALFORMED;
            probes.add(make.probe("json-broken " + broken, target, mediaType, broken, expect, expect.field()));
        }
        boolean objectBody = RequestValues.hasType(schema, "object") || schema.has("properties");
        if (objectBody) {
            for (String wrongShape : List.of("[]", "null", "\"text\"", "123", "true")) {
                // JSON of another shape than the object: unreadable as the body (a JSON null is no body at all)
                // a JSON null is no body at all: refused as a missing body where one is required
                Expect expect = !wrongShape.equals("null") ? Expect.MALFORMED : required ? Expect.MISSING_BODY : null;
                probes.add(make.probe("json-shape " + wrongShape, target, mediaType, wrongShape, expect, null));
            }
            ObjectNode base = (ObjectNode) ApiOperations.JSON.valueToTree(RequestValues.sample(op, schema, 0));
            ObjectNode unknown = base.deepCopy();
            unknown.put("unknownField", 1);
            probes.add(make.probe("field-unknown unknownField", target, mediaType, unknown.toString(),
                    Expect.invalid("unknownField"), "unknownField"));
            List<Probe> fieldProbes = new ArrayList<>();
            fieldMutations(op, schema, base, new ArrayList<>(), 0, (kind, body, mustFail, field) ->
                    fieldProbes.add(make.probe(kind, target, mediaType, body, !mustFail ? null
                            // a number past the range of its type (2^31 for an int32, 2^63 for an int64) too: named, "beyond the range"
                            : Expect.invalid(field), field)));
            probes.addAll(fieldProbes);
        }
        return probes;
    }

    interface Sink {
        void add(String kind, String body, boolean mustFail, String field);
    }

    /** Per field of the body (nested objects and the first element of arrays too): each way to break it. */
    private static void fieldMutations(Operation op, JsonNode rawSchema, ObjectNode base, List<Object> at, int depth, Sink sink) {
        JsonNode schema = op.resolve(rawSchema);
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            JsonNode p = op.resolve(property.getValue());
            if (p.path("readOnly").asBoolean(false)) {
                continue;
            }
            List<Object> path = new ArrayList<>(at);
            path.add(property.getKey());
            String field = render(path);
            if (required.contains(property.getKey())) {
                sink.add("field-missing " + field, remove(base, path).toString(), true, field);
                sink.add("field-null " + field, set(base, path, NODES.nullNode()).toString(), true, field);
            }
            for (Map.Entry<String, JsonNode> wrong : wrongValues(p).entrySet()) {
                sink.add(wrong.getKey() + " " + field, set(base, path, wrong.getValue()).toString(), true, field);
            }
            if (RequestValues.hasType(p, "string") && !p.has("enum") && !p.has("format")) {
                // may be accepted where no length limit applies; must never break the service
                sink.add("field-huge-string " + field, set(base, path, NODES.textNode(HUGE)).toString(), false, null);
                sink.add("field-empty-string " + field, set(base, path, NODES.textNode("")).toString(), false, null);
                sink.add("field-control-chars " + field, set(base, path, NODES.textNode("a\u0000b\u202Ec\uD83D\uDE00")).toString(), false, null);
            }
            if (RequestValues.hasType(p, "integer") || RequestValues.hasType(p, "number")) {
                // may be valid (a loss is a negative surplus); must never break the service
                sink.add("field-negative " + field, set(base, path, NODES.numberNode(-1)).toString(), false, null);
                sink.add("field-max-long " + field, set(base, path, NODES.numberNode(Long.MAX_VALUE)).toString(), false, null);
            }
            if (depth < 2 && (RequestValues.hasType(p, "object") || p.has("properties"))) {
                fieldMutations(op, p, base, path, depth + 1, sink);
            }
            JsonNode items = op.resolve(p.path("items"));
            if (depth < 2 && RequestValues.hasType(p, "array") && (RequestValues.hasType(items, "object") || items.has("properties"))) {
                List<Object> first = new ArrayList<>(path);
                first.add(0);
                fieldMutations(op, items, base, first, depth + 1, sink);
            }
        }
    }

    /** Values that a field of this schema can never take, by kind. */
    private static Map<String, JsonNode> wrongValues(JsonNode p) {
        Map<String, JsonNode> wrong = new LinkedHashMap<>();
        String format = p.path("format").asText("");
        if (RequestValues.hasType(p, "integer")) {
            wrong.put("field-type-text", NODES.textNode("abc"));
            wrong.put("field-type-boolean", NODES.booleanNode(true));
            wrong.put("field-type-fraction", NODES.numberNode(1.5));
            wrong.put("field-huge-1e30", NODES.numberNode(new java.math.BigDecimal("1e30")));
            wrong.put("field-huge-2^63", NODES.numberNode(BigInteger.TWO.pow(63)));
            wrong.put("field-huge-2^64", NODES.numberNode(BigInteger.TWO.pow(64)));
            wrong.put("field-huge-negative", NODES.numberNode(BigInteger.TWO.pow(63).negate().subtract(BigInteger.ONE)));
            if ("int32".equals(format)) {
                wrong.put("field-huge-2^31", NODES.numberNode(BigInteger.TWO.pow(31)));
            }
        } else if (RequestValues.hasType(p, "number")) {
            wrong.put("field-type-text", NODES.textNode("abc"));
            wrong.put("field-type-boolean", NODES.booleanNode(true));
            wrong.put("field-type-object", NODES.objectNode());
        } else if (RequestValues.hasType(p, "boolean")) {
            wrong.put("field-type-text", NODES.textNode("yes"));
            wrong.put("field-type-number", NODES.numberNode(1));
        } else if (RequestValues.hasType(p, "array")) {
            wrong.put("field-type-object", NODES.objectNode());
            wrong.put("field-type-text", NODES.textNode("x"));
        } else if (RequestValues.hasType(p, "object") || p.has("properties")) {
            wrong.put("field-type-array", NODES.arrayNode());
            wrong.put("field-type-text", NODES.textNode("x"));
        } else if (RequestValues.hasType(p, "string") || p.has("enum")) {
            wrong.put("field-type-number", NODES.numberNode(123));
            wrong.put("field-type-boolean", NODES.booleanNode(true));
            wrong.put("field-type-object", NODES.objectNode());
            ArrayNode array = NODES.arrayNode();
            array.add("x");
            wrong.put("field-type-array", array);
            if (p.has("enum")) {
                wrong.put("field-bad-enum", NODES.textNode("NOT_A_VALUE"));
                wrong.put("field-bad-enum-case", NODES.textNode(p.get("enum").get(0).asText().toLowerCase() + "_"));
            }
            switch (format) {
                case "date" -> {
                    wrong.put("field-bad-date", NODES.textNode("2025-02-30"));
                    wrong.put("field-bad-date-text", NODES.textNode("notadate"));
                    wrong.put("field-bad-date-format", NODES.textNode("31/12/2025"));
                }
                case "date-time" -> {
                    wrong.put("field-bad-instant", NODES.textNode("yesterday"));
                    wrong.put("field-bad-instant-month", NODES.textNode("2025-13-01T00:00:00Z"));
                }
                case "uuid" -> wrong.put("field-bad-uuid", NODES.textNode("not-a-uuid"));
                default -> { }
            }
        }
        return wrong;
    }

    // ---- small helpers

    private static UUID registerCooperative() {
        Map<String, Object> body = Map.of(
                "cooperativeNumber", CooperativeNumbers.unique(),
                "name", "Koperasi Uji Masukan " + UUID.randomUUID(),
                "jenis", "JASA", "bentuk", "PRIMER", "kelompok", "COMMUNITY",
                "kecamatanCode", "327511", "foundedOn", "2010-10-10");
        return UUID.fromString(given().auth().oauth2(Tokens.officer())
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cooperatives").then().statusCode(201).extract().path("id"));
    }

    /** Builds the probes of one operation with a fresh token of the chosen role each time. */
    private record ProbeFactory(Operation op, String role, UUID cooperativeId, String declaredMediaType, boolean unknownIds) {
        Probe probe(String kind, String pathAndQuery, String contentType, String body, Expect expect, String field) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Authorization", "Bearer " + Http.token(role, cooperativeId));
            headers.put("Accept", "application/json, application/problem+json, text/csv");
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            if (op.method().equals("PUT") || op.method().equals("PATCH")) {
                headers.put("If-Match", "\"0\"");
            }
            if (op.parameters("header").stream().anyMatch(p -> p.path("name").asText().equalsIgnoreCase("Idempotency-Key"))) {
                headers.put("Idempotency-Key", UUID.randomUUID().toString());
            }
            String sent = body;
            if (sent == null && contentType != null && !op.method().equals("GET") && !op.method().equals("DELETE")) {
                sent = "";
            }
            return new Probe(op, kind, op.method(), pathAndQuery, headers, sent, expect, field, unknownIds);
        }
    }

    private static String withParameter(String query, String name, String encodedValue) {
        String without = query.replaceAll("([?&])" + name + "=[^&]*&?", "$1").replaceAll("[?&]$", "");
        return without + (without.isEmpty() ? "?" : "&") + name + "=" + encodedValue;
    }

    private static String render(List<Object> path) {
        StringBuilder s = new StringBuilder();
        for (Object segment : path) {
            if (segment instanceof Integer index) {
                s.append('[').append(index).append(']');
            } else {
                s.append(s.length() == 0 ? "" : ".").append(segment);
            }
        }
        return s.toString();
    }

    private static JsonNode set(ObjectNode base, List<Object> path, JsonNode value) {
        ObjectNode copy = base.deepCopy();
        JsonNode parent = parent(copy, path);
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set((String) last, value);
        }
        return copy;
    }

    private static JsonNode remove(ObjectNode base, List<Object> path) {
        ObjectNode copy = base.deepCopy();
        if (parent(copy, path) instanceof ObjectNode object) {
            object.remove((String) path.get(path.size() - 1));
        }
        return copy;
    }

    /** The container of the last segment, creating missing objects and array elements on the way. */
    private static JsonNode parent(ObjectNode root, List<Object> path) {
        JsonNode current = root;
        for (int i = 0; i < path.size() - 1; i++) {
            Object segment = path.get(i);
            Object next = path.get(i + 1);
            if (segment instanceof String name && current instanceof ObjectNode object) {
                JsonNode child = object.get(name);
                if (child == null || !(child.isObject() || child.isArray())) {
                    child = next instanceof Integer ? object.putArray(name) : object.putObject(name);
                }
                current = child;
            } else if (segment instanceof Integer index && current instanceof ArrayNode array) {
                while (array.size() <= index) {
                    array.addObject();
                }
                current = array.get(index);
            }
        }
        return current;
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "...(" + s.length() + " chars)" : s;
    }
}
