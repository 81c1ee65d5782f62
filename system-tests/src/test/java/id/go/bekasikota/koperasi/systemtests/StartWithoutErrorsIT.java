package id.go.bekasikota.koperasi.systemtests;

import id.go.bekasikota.koperasi.stack.LocalSuite;
import id.go.bekasikota.koperasi.stack.ServiceProcess;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24: starting a service logs no ERROR line and no stack trace, so an operator paged on
 * errors is not woken at every deploy. A suite of its own (its logs hold nothing but starts): the
 * first start on empty databases, then every process stopped at once and started again together (a deploy), then
 * the four services killed at once and started again together (a crash of their machine); after each round an event
 * goes through the outbox and both projections, so the relay and the consumers have worked
 * before the logs are read.
 */
@OwnSuite
class StartWithoutErrorsIT {

    /** A line at ERROR level in the services' log format ({@code 2026-11-30 14:23:11,109 ERROR [category] ...}). */
    private static final Pattern ERROR_LINE = Pattern.compile("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3}\\s+ERROR\\s.*");
    /** The first line of a log record, at any level. */
    private static final Pattern RECORD_LINE = Pattern.compile("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3}\\s+[A-Z]+\\s.*");
    /**
     * Vert.x's warning that an event loop was blocked past its limit, followed by where the thread was
     * ({@code BlockedThreadChecker}): it measures the machine's load at a start, not an error of the code. On a CI
     * machine twice its usual slowness (this class 210 s instead of 100 s) the HTTP server's start held an event loop
     * that long, twice, and the where-it-was traces failed this test. Those traces are counted and shown, not offending.
     */
    private static final Pattern BLOCKED_THREAD = Pattern.compile(
            "^\\d{4}-.*\\sWARN\\s+\\[io\\.vertx\\.core\\.impl\\.(btc\\.)?BlockedThreadChecker\\].*has been blocked for.*");
    /** A line of a stack trace, whatever the level of the message it belongs to. */
    private static final Pattern STACK_TRACE_LINE = Pattern.compile("^(\\s+at \\S+\\(.*\\)|Caused by: .*|Exception in thread .*)");

    @Test
    void startsDeploysAndCrashRestartsLogNoErrorAndNoStackTrace() throws IOException {
        Path root = Path.of(System.getProperty("koperasi.suite.root", "..")).toAbsolutePath().normalize();
        try (LocalSuite suite = LocalSuite.start(root, 0, 0, line -> System.out.println("[start-logs] " + line))) {
            // Its writes are checked against the documents like every test's (read from this suite when it is the first up).
            Conformance.install(suite.gatewayUrl());
            String tag = "startlogs" + UUID.randomUUID().toString().substring(0, 8);
            RegistryLoad load = new RegistryLoad();
            eventReachesBothProjections(suite, load, tag);

            suite.restartAll();
            eventReachesBothProjections(suite, load, tag);

            List<ServiceProcess> crashed = LocalSuite.SERVICES.stream().map(suite::service).toList();
            crashed.forEach(ServiceProcess::kill);
            crashed.forEach(ServiceProcess::start);
            crashed.forEach(process -> process.awaitReady(Duration.ofSeconds(120)));
            eventReachesBothProjections(suite, load, tag);

            List<String> offending = offendingLines(suite.logDirectory());
            System.out.println("[start-logs] " + suite.services().size() + " processes, each started 3 times (first, deploy, "
                    + "crash; the gateway twice): " + offending.size() + " ERROR or stack-trace lines");
            assertThat(offending).as("ERROR and stack-trace lines in the logs of the starts").isEmpty();
        }
    }

    private static void eventReachesBothProjections(LocalSuite suite, RegistryLoad load, String tag) {
        var cooperative = load.register(suite.service("registry").url(), tag);
        assertThat(cooperative).as("registration acknowledged").isNotNull();
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                Projections.cooperativeName(suite, "financing", cooperative).isPresent()
                        && Projections.cooperativeName(suite, "awards", cooperative).isPresent());
    }

    /**
     * Every ERROR and stack-trace line of the logs, as {@code file: line}. A stack trace comes with the log record it
     * belongs to and the line before it (the exception and its message), whatever their level, so that a failure says
     * what was thrown and by whom, not only where.
     */
    static List<String> offendingLines(Path logs) throws IOException {
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.sorted().toList()) {
                String record = null;
                String previous = null;
                boolean inTrace = false;
                boolean blocked = false;
                for (String line : Files.readAllLines(file)) {
                    boolean trace = STACK_TRACE_LINE.matcher(line).matches();
                    if (trace && !inTrace) {
                        blocked = record != null && BLOCKED_THREAD.matcher(record).matches();
                        if (blocked) {
                            System.out.println("[start-logs] not counted, the machine's load: " + file.getFileName() + ": " + record);
                        }
                    }
                    if (trace && blocked) {
                        inTrace = true;
                        previous = line;
                        continue;
                    }
                    if (trace && !inTrace && previous != null && !ERROR_LINE.matcher(previous).matches()) {
                        if (record != null && !record.equals(previous)) {
                            offending.add(file.getFileName() + ": " + record);
                        }
                        offending.add(file.getFileName() + ": " + previous);
                    }
                    if (ERROR_LINE.matcher(line).matches() || trace) {
                        offending.add(file.getFileName() + ": " + line);
                    }
                    if (RECORD_LINE.matcher(line).matches()) {
                        record = line;
                    }
                    inTrace = trace;
                    previous = line;
                }
            }
        }
        return offending;
    }
}
