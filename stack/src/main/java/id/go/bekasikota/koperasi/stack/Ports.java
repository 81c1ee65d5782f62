package id.go.bekasikota.koperasi.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Picks ports on the loopback interface for servers that bind them later (a service's JVM binds
 * its port seconds after it was picked).
 *
 * <p>The ports come from below the kernel's ephemeral range ({@code ip_local_port_range}), never
 * from it: a port of that range, free when picked, can be given to one of the many outgoing
 * connections opened meanwhile (to Kafka, PostgreSQL, between services), and the server that
 * binds it later fails with "Address already in use". Below that range the kernel gives nothing
 * on its own; a port is handed out once per JVM, from a random start (two JVMs picking at the same
 * time rarely meet), and only when nothing listens on it.
 */
public final class Ports {

    /** Lowest port handed out: above the registered services most machines run. */
    static final int LOWEST = 10_000;
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    /** Linux's default {@code ip_local_port_range} starts here. */
    private static final int DEFAULT_EPHEMERAL_START = 32_768;

    private static final int END = ephemeralStart(EPHEMERAL_RANGE);
    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(END - LOWEST));

    private Ports() {
    }

    /** A port below the ephemeral range that nothing listens on, not handed out before by this JVM. */
    public static int free() {
        for (int tried = 0; tried < END - LOWEST; tried++) {
            int port = LOWEST + Math.floorMod(NEXT.getAndIncrement(), END - LOWEST);
            if (bindable(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free port between " + LOWEST + " and " + (END - 1) + " on the loopback interface");
    }

    /** The preferred port when nothing listens on it, else a free one. */
    public static int preferred(int port) {
        return port > 0 && bindable(port) ? port : free();
    }

    /** First port past the range {@link #free()} picks from. */
    static int end() {
        return END;
    }

    /** First port of the kernel's ephemeral range; Linux's default when it cannot be read or leaves too little room below. */
    static int ephemeralStart(Path range) {
        try {
            String[] bounds = Files.readString(range).trim().split("\\s+");
            int start = Integer.parseInt(bounds[0]);
            return start > LOWEST + 1_000 ? start : DEFAULT_EPHEMERAL_START;
        } catch (IOException | RuntimeException unreadable) {
            return DEFAULT_EPHEMERAL_START;
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
