package id.go.bekasikota.koperasi.systemtests;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's npm tools ({@code tools/<tool>}: a {@code package.json} and its lock file, installed with
 * {@code npm ci} on a fresh machine) and how the system tests run them: Spectral, Redocly and the AsyncAPI CLI
 * ({@link OpenApiLintIT}, {@link AsyncApiValidateIT}), the TypeScript compiler ({@link GeneratedClientsTest}).
 * Needs Node.js and npm.
 *
 * <p>A tool is installed once per JVM, by whichever comes first: {@link NodeToolsInstall} in the background at
 * the start of the run ({@link UsesNodeTools}), or the test that needs it; the other waits for that install.
 */
final class NodeTools {

    /** {@code npm ci} may take minutes on a slow network (the AsyncAPI CLI is about 450 MB unpacked). */
    private static final long INSTALL_TIMEOUT_SECONDS = 600;
    /** The installs of this JVM, under way or done, by tool directory. */
    private static final Map<Path, CompletableFuture<Result>> INSTALLS = new ConcurrentHashMap<>();
    /**
     * One install at a time, in the order asked (the run's classes' order, so Spectral's and Redocly's before the
     * AsyncAPI CLI's 450 MB): all three side by side ran on well past the shared suite's start, and Spectral's lint
     * beside them took 47 s instead of 25-30. A daemon thread: it never holds the JVM up.
     */
    private static final ExecutorService INSTALLER = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "npm-ci");
        thread.setDaemon(true);
        return thread;
    });

    private NodeTools() {
    }

    /** A finished command: its exit status ({@code -1} not started, {@code -2} timed out) and the end of its output. */
    record Result(int exit, String output) {
    }

    /**
     * The tool's locked packages, installed with {@code npm ci} on a fresh machine (npm is reachable in CI): waits
     * for the install under way, or makes it. Fails when {@code npm ci} failed or {@code bin} is still missing.
     */
    static Path installed(Path tools, String bin) {
        Result install = install(tools).join();
        assertThat(install.exit()).as("npm ci in " + tools + " failed: " + install.output()).isZero();
        assertThat(tools.resolve("node_modules/.bin/" + bin)).as("%s after npm ci in %s", bin, tools).isExecutable();
        return tools;
    }

    /** Starts installing the tool in the background unless it is installed or being installed. */
    static void installInBackground(Path tools) {
        install(tools);
    }

    private static CompletableFuture<Result> install(Path tools) {
        return INSTALLS.computeIfAbsent(tools.toAbsolutePath().normalize(), directory -> upToDate(directory)
                ? CompletableFuture.completedFuture(new Result(0, "installed before"))
                : CompletableFuture.supplyAsync(() -> npmCi(directory), INSTALLER));
    }

    private static Result npmCi(Path tools) {
        try {
            return run(List.of("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"), tools, tools.resolve("npm-ci.log"),
                    INSTALL_TIMEOUT_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-2, "npm ci in " + tools + " interrupted");
        }
    }

    /**
     * Whether every package the tool's {@code package.json} names is in its {@code node_modules} (a machine that
     * installed the tool before one was added, e.g. the OWASP ruleset beside Spectral, installs again).
     */
    static boolean upToDate(Path tools) {
        try {
            JsonNode manifest = ApiOperations.JSON.readTree(tools.resolve("package.json").toFile());
            List<String> packages = new ArrayList<>();
            manifest.path("dependencies").fieldNames().forEachRemaining(packages::add);
            manifest.path("devDependencies").fieldNames().forEachRemaining(packages::add);
            return packages.stream().allMatch(name -> Files.isRegularFile(tools.resolve("node_modules").resolve(name).resolve("package.json")));
        } catch (IOException e) {
            return false;
        }
    }

    static Result run(List<String> command, Path directory, Path log, long timeoutSeconds) throws InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SCARF_ANALYTICS", "false");
        builder.environment().put("DO_NOT_TRACK", "1");
        // Redocly and the AsyncAPI CLI send no usage data; the AsyncAPI CLI reads its choice from tools/asyncapi.
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        builder.environment().put("ASYNCAPI_METRICS_CONFIG_PATH", directory.resolve("analytics.json").toString());
        builder.environment().put("SUPPRESS_NO_CONFIG_WARNING", "true");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return new Result(-1, command.get(0) + " cannot be started: " + e.getMessage());
        }
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-2, String.join(" ", command) + " did not finish within " + timeoutSeconds + " s");
        }
        String output;
        try {
            output = Files.readString(log);
        } catch (IOException e) {
            output = "(no output: " + e.getMessage() + ")";
        }
        return new Result(process.exitValue(), output.length() > 4000 ? output.substring(output.length() - 4000) : output);
    }
}
