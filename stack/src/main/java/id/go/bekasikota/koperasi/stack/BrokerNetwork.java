package id.go.bekasikota.koperasi.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The network of a {@link KafkaCluster} whose brokers can be cut off from each other on this
 * machine: each node runs in a network namespace of its own with two veth links, one to the
 * clients' bridge (the host is on it, at {@code 198.18.X.1}) and one to the cluster's bridge
 * (replication and the controller quorum). Taking a node's cluster link down cuts it off from
 * the other brokers, silently (no reset, as a pulled cable), while clients still reach it.
 *
 * <p>Needs root and iproute2 ({@code ip netns}); {@link #create(int)} says why not otherwise.
 * Namespaces are named {@code koperasi-<owner pid>-<id>-<node>}, so that those a killed JVM
 * left behind are removed at the next start.
 */
final class BrokerNetwork implements AutoCloseable {

    private static final String NAMESPACE_PREFIX = "koperasi-";
    /**
     * Client links in 198.18.X.0/25, cluster links in 198.18.X.128/25: the range set aside for
     * benchmarks (RFC 2544), on bridges of their own that reach nothing outside this machine.
     */
    private static final String NETWORK = "198.18.";

    private final String id;
    private final int subnet;
    private final int nodes;
    private final List<String> created = new ArrayList<>();

    private BrokerNetwork(String id, int subnet, int nodes) {
        this.id = id;
        this.subnet = subnet;
        this.nodes = nodes;
    }

    /** The network for {@code nodes} brokers; fails with the reason when this machine does not allow it. */
    static BrokerNetwork create(int nodes) {
        removeLeftovers();
        BrokerNetwork network = new BrokerNetwork(HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt(1 << 24)).substring(2),
                freeSubnet(), nodes);
        try {
            network.build();
            return network;
        } catch (RuntimeException e) {
            network.close();
            throw e;
        }
    }

    private void build() {
        ip("link", "add", clientBridge(), "type", "bridge");
        created.add(clientBridge());
        ip("addr", "add", NETWORK + subnet + ".1/25", "dev", clientBridge());
        ip("link", "set", clientBridge(), "up");
        ip("link", "add", clusterBridge(), "type", "bridge");
        created.add(clusterBridge());
        ip("link", "set", clusterBridge(), "up");
        for (int node = 1; node <= nodes; node++) {
            String namespace = namespace(node);
            ip("netns", "add", namespace);
            created.add(namespace);
            link(node, "clients", clientLink(node), clientBridge(), clientAddress(node));
            link(node, "cluster", clusterLink(node), clusterBridge(), clusterAddress(node));
            ip("-n", namespace, "link", "set", "lo", "up");
        }
    }

    /** A veth pair: {@code outside} on the bridge, {@code inside} (named so in the namespace) with the node's address. */
    private void link(int node, String inside, String outside, String bridge, String address) {
        ip("link", "add", outside, "type", "veth", "peer", "name", inside, "netns", namespace(node));
        ip("link", "set", outside, "master", bridge, "up");
        ip("-n", namespace(node), "addr", "add", address + "/25", "dev", inside);
        ip("-n", namespace(node), "link", "set", inside, "up");
    }

    /** The node's address on the clients' network. */
    String clientAddress(int node) {
        return NETWORK + subnet + "." + (10 + node);
    }

    /** The node's address on the cluster's network (replication, controller quorum). */
    String clusterAddress(int node) {
        return NETWORK + subnet + "." + (138 + node);
    }

    /** The command that runs a program inside the node's namespace. */
    List<String> launcher(int node) {
        return List.of("ip", "netns", "exec", namespace(node));
    }

    /** The node's cluster link down: the other brokers no longer reach it, nor it them. */
    void cut(int node) {
        ip("link", "set", clusterLink(node), "down");
    }

    void heal(int node) {
        ip("link", "set", clusterLink(node), "up");
    }

    private String namespace(int node) {
        return NAMESPACE_PREFIX + ProcessHandle.current().pid() + "-" + id + "-" + node;
    }

    private String clientBridge() {
        return "k" + id + "p";
    }

    private String clusterBridge() {
        return "k" + id + "c";
    }

    private String clientLink(int node) {
        return "k" + id + "p" + node;
    }

    private String clusterLink(int node) {
        return "k" + id + "c" + node;
    }

    /** Namespaces (with their links) and bridges of networks whose JVM is gone. */
    private static void removeLeftovers() {
        String namespaces;
        try {
            namespaces = ip("netns", "list");
        } catch (RuntimeException e) {
            return;
        }
        for (String line : namespaces.lines().toList()) {
            String name = line.split(" ")[0];
            String[] parts = name.split("-");
            if (!name.startsWith(NAMESPACE_PREFIX) || parts.length != 4 || !parts[1].chars().allMatch(Character::isDigit)
                    || ProcessHandle.of(Long.parseLong(parts[1])).isPresent()) {
                continue;
            }
            quietly("netns", "del", name);
            quietly("link", "del", "k" + parts[2] + "p");
            quietly("link", "del", "k" + parts[2] + "c");
        }
    }

    private static int freeSubnet() {
        String addresses = ip("-4", "-o", "addr", "show");
        int start = ThreadLocalRandom.current().nextInt(256);
        for (int i = 0; i < 256; i++) {
            int candidate = (start + i) % 256;
            if (!addresses.contains(NETWORK + candidate + ".")) {
                return candidate;
            }
        }
        throw new IllegalStateException("No free subnet in " + NETWORK + "0.0/16");
    }

    private static void quietly(String... arguments) {
        try {
            ip(arguments);
        } catch (RuntimeException e) {
            // Already gone.
        }
    }

    private static String ip(String... arguments) {
        List<String> command = new ArrayList<>(List.of("ip"));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + ": " + output.trim());
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Removes the namespaces (their links go with them) and the bridges. */
    @Override
    public void close() {
        List<String> reversed = new ArrayList<>(created);
        java.util.Collections.reverse(reversed);
        for (String name : reversed) {
            if (name.startsWith(NAMESPACE_PREFIX)) {
                quietly("netns", "del", name);
            } else {
                quietly("link", "del", name);
            }
        }
    }
}
