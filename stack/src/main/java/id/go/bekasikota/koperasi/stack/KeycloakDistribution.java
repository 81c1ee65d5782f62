package id.go.bekasikota.koperasi.stack;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak's server distribution, {@code org.keycloak:keycloak-quarkus-dist} (zip), as the build
 * resolved it into the local Maven repository (its path is in {@code koperasi-keycloak.location}).
 * On first use it is unpacked into {@code ${java.io.tmpdir}/koperasi-keycloak/} and built once
 * ({@code kc.sh build}: about a minute), then shared, read-only, by every Keycloak the stack
 * starts with {@code start --optimized}: each run has a home of its own for its data.
 *
 * @param directory the unpacked, built distribution (with {@code lib/quarkus-run.jar})
 */
record KeycloakDistribution(Path directory) {

    private static final String LOCATION_RESOURCE = "/koperasi-keycloak.location";
    /** The build options; {@code start --optimized} runs with them. */
    private static final List<String> BUILD = List.of("build", "--db=dev-file");
    private static final List<String> JVM_OPTIONS = List.of(
            "-Xms64m", "-Xmx512m", "-XX:MaxMetaspaceSize=256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8", "-Duser.language=en", "-Duser.country=US",
            // What Keycloak's bin/kc.sh passes to its JVM.
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.security=ALL-UNNAMED",
            "-Djava.util.concurrent.ForkJoinPool.common.threadFactory=io.quarkus.bootstrap.forkjoin.QuarkusForkJoinWorkerThreadFactory",
            "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-Dpicocli.disable.closures=true",
            "-Dquarkus-log-max-startup-records=10000");

    /** The distribution, unpacked and built on first use. */
    static KeycloakDistribution prepared() {
        Path zip = zip();
        String name = zip.getFileName().toString().replaceFirst("\\.zip$", "");
        KeycloakDistribution distribution = new KeycloakDistribution(
                Path.of(System.getProperty("java.io.tmpdir"), "koperasi-keycloak", name));
        if (!distribution.complete()) {
            prepare(zip, distribution.directory());
        }
        return distribution;
    }

    /**
     * The command line of a Keycloak JVM with {@code home} as its home ({@code kc.home.dir}: its
     * configuration, data and realms to import) and {@code arguments} for Keycloak
     * ({@code start ...}); it ends when the JVM that runs this one does ({@link KeycloakMain}).
     */
    List<String> command(Path home, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Classpaths.javaExecutable());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-Dkc.home.dir=" + home, "-Djboss.server.config.dir=" + home.resolve("conf"),
                "-cp", directory.resolve("lib/quarkus-run.jar") + File.pathSeparator + Classpaths.own(),
                KeycloakMain.class.getName(), String.valueOf(ProcessHandle.current().pid())));
        command.addAll(arguments);
        return command;
    }

    /** Unpacked and built: the build leaves Keycloak's persisted configuration in {@code lib/quarkus}. */
    private boolean complete() {
        return Files.isRegularFile(directory.resolve("lib/quarkus/koperasi-built"));
    }

    private static Path zip() {
        try (InputStream in = KeycloakDistribution.class.getResourceAsStream(LOCATION_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("koperasi-keycloak.location is missing: build the stack module first");
            }
            Path zip = Path.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
            if (!Files.isRegularFile(zip)) {
                throw new IllegalStateException("Keycloak's distribution " + zip + " is missing: build the stack module again");
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Unpacks and builds in a directory of its own, then renames it into place, so that a run never
     * sees a half-prepared distribution and two runs preparing at once do not mix their files.
     */
    private static void prepare(Path zip, Path target) {
        Path staging = target.resolveSibling(target.getFileName() + ".preparing-" + UUID.randomUUID());
        try {
            Files.createDirectories(staging);
            unzip(zip, staging);
            Path top = topDirectory(staging);
            build(new KeycloakDistribution(top));
            Files.writeString(top.resolve("lib/quarkus/koperasi-built"), String.join(" ", BUILD) + "\n");
            try {
                Files.move(top, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                // Another run may have prepared it first (a non-empty target is not replaced): use theirs.
                if (!new KeycloakDistribution(target).complete()) {
                    throw e;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + zip + " in " + target, e);
        } finally {
            Files2.deleteRecursively(staging);
        }
    }

    private static void unzip(Path zip, Path staging) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = staging.resolve(entry.getName()).normalize();
                if (!file.startsWith(staging)) {
                    throw new IllegalStateException("Unexpected entry " + entry.getName() + " in " + zip);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** The zip holds one directory, {@code keycloak-<version>/}. */
    private static Path topDirectory(Path staging) throws IOException {
        try (Stream<Path> entries = Files.list(staging)) {
            return entries.filter(Files::isDirectory).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Keycloak's distribution has no top directory"));
        }
    }

    /** {@code kc.sh build}: Keycloak's augmentation for the options {@code start --optimized} runs with. */
    private static void build(KeycloakDistribution unpacked) throws IOException {
        Path log = unpacked.directory().resolve("build.log");
        Process build = new ProcessBuilder(unpacked.command(unpacked.directory(), BUILD))
                .directory(unpacked.directory().toFile())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(log.toFile())
                .start();
        try {
            if (!build.waitFor(10, TimeUnit.MINUTES) || build.exitValue() != 0) {
                build.destroyForcibly();
                throw new IllegalStateException("Keycloak's build failed:\n" + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            build.destroyForcibly();
            throw new IllegalStateException(e);
        }
    }
}
