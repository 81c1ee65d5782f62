package id.go.bekasikota.koperasi.stack;

import java.util.Arrays;

/**
 * Entry point of the Keycloak JVM: runs Keycloak's own entry point and exits when the JVM that
 * started it is gone, so that a killed test or launcher leaves no orphan Keycloak behind.
 * Arguments: the parent's process id, then Keycloak's command line ({@code start --optimized ...}).
 */
public final class KeycloakMain {

    private KeycloakMain() {
    }

    public static void main(String[] args) throws Exception {
        ParentWatchdog.watch(Long.parseLong(args[0]));
        // Keycloak's classes are not on this module's classpath: its runner is found in the JVM it starts.
        Class.forName("io.quarkus.bootstrap.runner.QuarkusEntryPoint")
                .getMethod("main", String[].class)
                .invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    }
}
