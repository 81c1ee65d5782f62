package id.go.bekasikota.koperasi.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's npm tools ({@code tools/<tool>}: a {@code package.json} and its lock file, installed with
 * {@code npm ci} on a fresh machine) and how the system tests run them: Spectral, Redocly and the AsyncAPI CLI
 * ({@link OpenApiLintIT}), the TypeScript compiler ({@link GeneratedClientsTest}). Needs Node.js and npm.
 */
final class NodeTools {

    private NodeTools() {
    }

    /** A finished command: its exit status ({@code -1} not started, {@code -2} timed out) and the end of its output. */
    record Result(int exit, String output) {
    }

    /** The tool's locked packages, installed with {@code npm ci} on a fresh machine (npm is reachable in CI). */
    static Path installed(Path tools, String bin) throws InterruptedException {
        if (!Files.isExecutable(tools.resolve("node_modules/.bin/" + bin))) {
            Result install = run(List.of("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"), tools,
                    tools.resolve("npm-ci.log"), 600);
            assertThat(install.exit()).as("npm ci in " + tools + " failed: " + install.output()).isZero();
        }
        return tools;
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
