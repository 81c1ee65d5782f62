package id.go.bekasikota.koperasi.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ports for servers that bind later: below the kernel's ephemeral range, once each, never one in use. */
class PortsTest {

    @Test
    void freePortsAreBelowTheEphemeralRangeDistinctAndBindable() throws IOException {
        int ephemeralStart = Files.exists(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))
                ? Integer.parseInt(Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim().split("\\s+")[0])
                : 32_768;
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            int port = Ports.free();
            assertTrue(port >= 10_000 && port < Math.max(ephemeralStart, 32_768), "port " + port + " is outside [10000, " + ephemeralStart + ")");
            assertTrue(seen.add(port), "port " + port + " handed out twice");
        }
        int port = Ports.free();
        try (ServerSocket server = new ServerSocket()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            assertEquals(port, server.getLocalPort());
        }
    }

    @Test
    void aPortSomethingListensOnIsNeverHandedOut() throws IOException {
        try (ServerSocket listening = new ServerSocket()) {
            int taken = Ports.free();
            listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), taken));
            assertNotEquals(taken, Ports.preferred(taken), "preferred gives another port when its own is taken");
            // A whole cycle of the range passes the taken port once: it is skipped.
            int range = Ports.end() - Ports.LOWEST;
            for (int i = 0; i < range - 1; i++) {
                assertNotEquals(taken, Ports.free());
            }
        }
    }

    @Test
    void theRangeEndsWhereTheKernelsEphemeralRangeStarts(@TempDir Path dir) throws IOException {
        Path range = dir.resolve("ip_local_port_range");
        Files.writeString(range, "40000\t60999\n");
        assertEquals(40_000, Ports.ephemeralStart(range));
        Files.writeString(range, "1024 65535\n");
        assertEquals(32_768, Ports.ephemeralStart(range), "a range leaving too little room below falls back to Linux's default");
        assertEquals(32_768, Ports.ephemeralStart(dir.resolve("absent")));
        Files.writeString(range, "garbage");
        assertEquals(32_768, Ports.ephemeralStart(range));
    }
}
