package id.go.bekasikota.koperasi.stack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak, the deployment's identity provider, without Docker: the pinned Maven Central
 * distribution ({@link KeycloakDistribution}) in a JVM of its own on a free port, with the realm
 * file imported at start-up ({@code --import-realm}) into an H2 database in a temporary home
 * that is removed on close. It runs on the launcher's Java (17 or newer).
 *
 * <p>Its URL, and so the issuer, is fixed to {@code http://localhost:<port>} ({@code --hostname}),
 * as in docker-compose: a browser (or {@code deploy/keycloak/token}) must use that host, since the
 * login form posts there with the cookies of the page. It listens on the loopback address only.
 * A bootstrap admin client ({@link #ADMIN_CLIENT_ID}, client credentials against the {@code master}
 * realm) and an admin console user ({@code admin}/{@code admin}) are created for the admin REST API:
 * development values, like the realm file's secrets.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "koperasi";
    public static final String ADMIN_CLIENT_ID = "koperasi-admin";
    public static final String ADMIN_CLIENT_SECRET = "dev-secret-koperasi-admin";
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    /** Keycloak starts in about 40 s on an idle machine with 2 cores; a loaded one takes longer. */
    private static final Duration STARTUP = Duration.ofMinutes(5);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path home;
    private final int port;
    private final Path log;
    private Process process;
    private Duration startup = Duration.ZERO;

    private KeycloakServer(Path home, int port, Path log) {
        this.home = home;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts Keycloak with {@code realmFile} imported and waits until the realm answers.
     *
     * @param port 0 for a free one
     * @param log  where Keycloak's output goes (appended)
     */
    public static KeycloakServer start(Path realmFile, int port, Path log) {
        KeycloakDistribution distribution = KeycloakDistribution.prepared();
        KeycloakServer server = new KeycloakServer(Files2.tempDirectory("koperasi-keycloak-"), port > 0 ? port : Ports.free(), log);
        try {
            server.prepareHome(distribution, realmFile);
            server.launch(distribution);
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** The {@code iss} of every token of the realm. */
    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    /** The realm's key set, which the services and the gateway follow. */
    public String jwksUrl() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    public String tokenUrl() {
        return issuer() + "/protocol/openid-connect/token";
    }

    public String authorizationUrl() {
        return issuer() + "/protocol/openid-connect/auth";
    }

    /** The admin REST API of the realm ({@code .../admin/realms/koperasi}). */
    public String adminUrl() {
        return url() + "/admin/realms/" + REALM;
    }

    /** The token endpoint of the {@code master} realm, where {@link #ADMIN_CLIENT_ID} gets its token. */
    public String adminTokenUrl() {
        return url() + "/realms/master/protocol/openid-connect/token";
    }

    /** From process start until the realm answered. */
    public Duration startup() {
        return startup;
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    /** Resident set size in kB from /proc, or -1 where not available. */
    public long residentKilobytes() {
        return ResidentSet.of(pid()).map(ResidentSet::totalKilobytes).orElse(-1L);
    }

    /**
     * A home of its own for this run: the distribution's directories linked read-only, and a
     * {@code data/} directory for the database, the temporary files and the realm to import.
     */
    private void prepareHome(KeycloakDistribution distribution, Path realmFile) {
        try {
            for (String directory : List.of("lib", "conf", "providers", "themes")) {
                Files.createSymbolicLink(home.resolve(directory), distribution.directory().resolve(directory));
            }
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realmFile, imports.resolve(REALM + "-realm.json"));
            Files.createDirectories(log.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare Keycloak's home " + home, e);
        }
    }

    private void launch(KeycloakDistribution distribution) {
        // As built (KeycloakDistribution): no re-augmentation, nothing written outside the home.
        List<String> command = distribution.command(home, List.of("start", "--optimized", "--cache=local", "--import-realm",
                "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + port, "--hostname=" + url()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("KC_BOOTSTRAP_ADMIN_CLIENT_ID", ADMIN_CLIENT_ID);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_CLIENT_SECRET", ADMIN_CLIENT_SECRET);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        Instant started = Instant.now();
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not start", e);
        }
        awaitRealm(started);
    }

    private void awaitRealm(Instant started) {
        Instant deadline = started.plus(STARTUP);
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited during start-up; see " + log + ":\n" + tail());
            }
            try {
                if (HTTP.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    startup = Duration.between(started, Instant.now());
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                process.waitFor(250, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Keycloak not ready after " + STARTUP + "; see " + log + ":\n" + tail());
    }

    private String tail() {
        return Files2.tail(log, 30, "(no Keycloak log)");
    }

    /** Stops Keycloak (SIGTERM, then SIGKILL after 20 s) and removes its home. */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        Files2.deleteRecursively(home);
    }
}
