package id.go.bekasikota.koperasi.stack;

/**
 * Ends a server JVM the stack started (Kafka, Keycloak) when the JVM that started it is gone, so
 * that a killed test or launcher leaves no orphan server behind.
 */
final class ParentWatchdog {

    private ParentWatchdog() {
    }

    /** Halts this JVM once the process {@code parent} has exited. */
    static void watch(long parent) {
        Thread watchdog = new Thread(() -> {
            ProcessHandle.of(parent).ifPresent(p -> p.onExit().join());
            Runtime.getRuntime().halt(0);
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
