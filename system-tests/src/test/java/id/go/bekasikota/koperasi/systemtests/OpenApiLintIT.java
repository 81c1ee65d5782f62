package id.go.bekasikota.koperasi.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.bekasikota.koperasi.stack.LocalSuite;
import id.go.bekasikota.koperasi.systemtests.NodeTools.Result;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static id.go.bekasikota.koperasi.systemtests.NodeTools.installed;
import static id.go.bekasikota.koperasi.systemtests.NodeTools.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6: each service's OpenAPI document, as the gateway serves it, passes Spectral with its
 * {@code spectral:oas} ruleset without errors ({@code tools/spectral}: the pinned
 * {@code @stoplight/spectral-cli} and its lock file, installed with {@code npm ci} on a fresh machine, in the
 * background from the start of the run: {@link UsesNodeTools}). Needs Node.js and npm; without them the test
 * fails and says so. The AsyncAPI document, which needs no suite, is validated in the second lane
 * ({@link AsyncApiValidateIT}).
 *
 * <p>Spectral runs once for both of its tests: {@code owasp.spectral.yaml} extends {@code spectral:oas}
 * (its overrides turn off OWASP rules only), so one run's findings are the {@code spectral:oas} findings
 * (every code without the {@code owasp:} prefix) and the OWASP ones. Two runs took 26 + 35 s of the two
 * cores in CI (issue 20), the one run takes about 35 s.
 *
 * <p>It comes last in the shared suite's lane ({@code @Order}: after every class without one, before
 * {@link ConformanceIT}; the documents do not change during the run), by when the install of Spectral and Redocly,
 * begun in the background when the run started ({@link UsesNodeTools}), is done and the second lane's suites are
 * stopped: first in the lane, its tests waited for the install and then linted while the other suites started,
 * 83 s of the lane in a fresh clone; last, the class took 27 s (issue 20, 2026-12-05).
 */
@ExtendWith(SuiteExtension.class)
@UsesNodeTools({"spectral", "redocly"})
@Order(Integer.MAX_VALUE - 1)
class OpenApiLintIT {

    private static final String[] SEVERITIES = {"error", "warn", "info", "hint"};
    /** The prefix of every rule of {@code @stoplight/spectral-owasp-ruleset}. */
    private static final String OWASP = "owasp:";

    /** The one Spectral run of this class: the documents it linted, its findings, how it ended, how long it took. */
    private record SpectralRun(Map<String, Path> documents, JsonNode findings, Result lint, long millis) {
    }

    private static SpectralRun spectralRun;

    @Test
    void everyOpenApiDocumentPassesSpectralWithoutErrors(LocalSuite suite) throws Exception {
        SpectralRun run = spectralRun(suite);
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        run.documents().keySet().forEach(service -> counts.put(service, new TreeMap<>()));
        List<String> errors = new ArrayList<>();
        for (JsonNode finding : run.findings()) {
            if (finding.path("code").asText().startsWith(OWASP)) {
                continue;
            }
            String service = serviceOf(run.documents(), finding);
            int severity = finding.path("severity").asInt();
            counts.get(service).merge(SEVERITIES[Math.min(severity, 3)], 1, Integer::sum);
            if (severity == 0) {
                errors.add(service + ": " + finding.path("code").asText() + " at " + finding.path("path") + ": "
                        + finding.path("message").asText());
            }
        }
        counts.forEach((service, found) -> System.out.println("[openapi-lint] " + service + ": " + found + " (spectral:oas); document "
                + run.documents().get(service)));
        System.out.println("[openapi-lint] Spectral (spectral:oas and OWASP) linted " + run.documents().size()
                + " documents in one run of " + run.millis() + " ms");
        if (run.lint().exit() != 0 && errors.isEmpty() && !hasOwaspError(run.findings())) {
            errors.add("Spectral exited with " + run.lint().exit() + ": " + run.lint().output());
        }
        assertThat(errors).as("Spectral errors in the OpenAPI documents").isEmpty();
    }

    /**
     * Issue 13 item 4: the OWASP API Security Top 10 (2023) rules ({@code tools/spectral/owasp.spectral.yaml},
     * {@code @stoplight/spectral-owasp-ruleset}) on each document. The errors still open are counted per
     * document and rule in {@code tools/spectral/owasp-baseline.json}: a document with more errors of a rule
     * than its count there (a rule not listed counts 0) fails, naming each new finding; fewer is printed, to
     * lower the count. Reads the findings of the class's one Spectral run.
     */
    @Test
    void noOpenApiDocumentHasOwaspErrorsBeyondItsBaseline(LocalSuite suite) throws Exception {
        Path root = Path.of(System.getProperty("koperasi.suite.root", "..")).toAbsolutePath().normalize();
        JsonNode baseline = ApiOperations.JSON.readTree(root.resolve("tools/spectral/owasp-baseline.json").toFile());
        SpectralRun run = spectralRun(suite);
        Map<String, Map<String, List<String>>> errorsOf = new TreeMap<>();
        run.documents().keySet().forEach(service -> errorsOf.put(service, new TreeMap<>()));
        for (JsonNode finding : run.findings()) {
            if (finding.path("severity").asInt() == 0 && finding.path("code").asText().startsWith(OWASP)) {
                errorsOf.get(serviceOf(run.documents(), finding)).computeIfAbsent(finding.path("code").asText(), k -> new ArrayList<>())
                        .add(finding.path("path") + ": " + finding.path("message").asText());
            }
        }
        List<String> beyond = new ArrayList<>();
        errorsOf.forEach((service, errors) -> {
            Map<String, Integer> counts = new TreeMap<>();
            errors.forEach((rule, found) -> counts.put(rule, found.size()));
            System.out.println("[openapi-lint] " + service + ": OWASP errors " + counts + "; baseline " + baseline.path(service));
            errors.forEach((rule, found) -> {
                int allowed = baseline.path(service).path(rule).asInt(0);
                if (found.size() > allowed) {
                    beyond.add(service + ": " + rule + " " + found.size() + " errors, baseline " + allowed + "; e.g. "
                            + found.subList(0, Math.min(5, found.size())));
                }
            });
            baseline.path(service).fields().forEachRemaining(entry -> {
                int now = counts.getOrDefault(entry.getKey(), 0);
                if (now < entry.getValue().asInt()) {
                    System.out.println("[openapi-lint] " + service + ": " + entry.getKey() + " down to " + now + " from "
                            + entry.getValue().asInt() + ": lower tools/spectral/owasp-baseline.json");
                }
            });
        });
        assertThat(beyond).as("OWASP rule errors beyond tools/spectral/owasp-baseline.json").isEmpty();
    }

    /** Issue 13: Redocly CLI's {@code recommended} ruleset ({@code tools/redocly/redocly.yaml}), 0 errors per document. */
    @Test
    void everyOpenApiDocumentPassesRedoclyRecommendedWithoutErrors(LocalSuite suite) throws Exception {
        Path root = Path.of(System.getProperty("koperasi.suite.root", "..")).toAbsolutePath().normalize();
        Path tools = installed(root.resolve("tools/redocly"), "redocly");
        Path out = Files.createDirectories(root.resolve("system-tests/target/openapi"));
        Map<String, Path> documents = writeDocuments(new Http(suite.gatewayUrl()), out);
        List<String> command = new ArrayList<>(List.of(tools.resolve("node_modules/.bin/redocly").toString(), "lint", "--config",
                tools.resolve("redocly.yaml").toString(), "--format", "stylish"));
        documents.values().forEach(document -> command.add(document.toString()));
        Result lint = run(command, tools, out.resolve("redocly.log"), 300);
        System.out.println("[openapi-lint] Redocly recommended over " + documents.keySet() + " exited " + lint.exit()
                + "; findings in " + out.resolve("redocly.log"));
        assertThat(lint.exit()).as("Redocly (recommended) errors in the OpenAPI documents: " + lint.output()).isZero();
    }

    /**
     * Every service's document as the gateway serves it, written where the linters read them: each
     * linter takes them all in one run (one Node.js start instead of one per document).
     */
    private static Map<String, Path> writeDocuments(Http http, Path out) throws IOException {
        Map<String, Path> documents = new LinkedHashMap<>();
        for (String service : LocalSuite.SERVICES) {
            documents.put(service, writeDocument(http, service, out));
        }
        return documents;
    }

    /** The service whose document a Spectral finding is in (its {@code source}: the document's path). */
    private static String serviceOf(Map<String, Path> documents, JsonNode finding) {
        Path source = Path.of(finding.path("source").asText());
        return documents.entrySet().stream()
                .filter(document -> document.getValue().getFileName().equals(source.getFileName()))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new AssertionError("a Spectral finding in no linted document: " + finding));
    }

    /** The service's document as the gateway serves it, written where the linters read it. */
    private static Path writeDocument(Http http, String service, Path out) throws IOException {
        Path document = out.resolve(service + ".json");
        Files.writeString(document, ApiOperations.JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(ApiOperations.document(http, service)));
        return document;
    }

    /**
     * The class's one Spectral run ({@code owasp.spectral.yaml}, which extends {@code spectral:oas}) over every
     * service's document as the gateway serves it, made by whichever test comes first. Fails the test when Node.js
     * is missing or Spectral wrote no report.
     */
    private static synchronized SpectralRun spectralRun(LocalSuite suite) throws IOException, InterruptedException {
        if (spectralRun == null) {
            Path root = Path.of(System.getProperty("koperasi.suite.root", "..")).toAbsolutePath().normalize();
            Path tools = root.resolve("tools/spectral");
            Path out = Files.createDirectories(root.resolve("system-tests/target/openapi"));
            Result node = run(List.of("node", "--version"), tools, out.resolve("node-version.log"), 30);
            assertThat(node.exit()).as("Node.js (20 or newer) and npm must be installed to lint the OpenAPI documents "
                    + "with Spectral (tools/spectral); `node --version` failed: " + node.output()).isZero();
            installed(tools, "spectral");
            Map<String, Path> documents = writeDocuments(new Http(suite.gatewayUrl()), out);
            Path report = out.resolve("spectral.json");
            Files.deleteIfExists(report);
            List<String> command = new ArrayList<>(List.of(tools.resolve("node_modules/.bin/spectral").toString(), "lint",
                    "--ruleset", tools.resolve("owasp.spectral.yaml").toString(), "--fail-severity=error", "--format", "json",
                    "--output", report.toString()));
            documents.values().forEach(document -> command.add(document.toString()));
            long started = System.nanoTime();
            Result lint = run(command, tools, out.resolve("spectral.log"), 300);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(report).as("Spectral wrote no report: " + lint.output()).exists();
            spectralRun = new SpectralRun(documents, ApiOperations.JSON.readTree(report.toFile()), lint, millis);
            System.out.println("[openapi-lint] Spectral's findings: " + report);
        }
        return spectralRun;
    }

    /** True when a finding of an OWASP rule is an error (Spectral then exits non-zero; the OWASP test judges those). */
    private static boolean hasOwaspError(JsonNode findings) {
        for (JsonNode finding : findings) {
            if (finding.path("severity").asInt() == 0 && finding.path("code").asText().startsWith(OWASP)) {
                return true;
            }
        }
        return false;
    }
}
