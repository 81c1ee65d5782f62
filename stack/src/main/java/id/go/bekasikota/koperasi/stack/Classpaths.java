package id.go.bekasikota.koperasi.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.io.File;

/**
 * The classpath of this module (its classes plus its runtime dependencies, written by the build
 * into {@code koperasi-stack.classpath}), for the JVMs the stack starts: the Kafka broker (and
 * this module's own classes for Keycloak's watchdog, {@link KeycloakMain}).
 */
public final class Classpaths {

    private Classpaths() {
    }

    public static String stack() {
        try (InputStream in = Classpaths.class.getResourceAsStream("/koperasi-stack.classpath")) {
            if (in == null) {
                throw new IllegalStateException("koperasi-stack.classpath is missing: build the stack module first");
            }
            String dependencies = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            return own() + File.pathSeparator + dependencies;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This module's classes (a directory or a jar). */
    static String own() {
        try {
            return Path.of(Classpaths.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
