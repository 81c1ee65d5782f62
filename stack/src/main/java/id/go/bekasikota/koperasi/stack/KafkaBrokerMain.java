package id.go.bekasikota.koperasi.stack;

import kafka.tools.StorageTool;

/**
 * Entry point of the broker JVM: formats the node's storage for its cluster unless it is formatted already
 * (Kafka's own storage tool, in this JVM), runs {@code kafka.Kafka}, and exits when the JVM that started it
 * is gone, so that a killed test or launcher leaves no orphan broker behind.
 *
 * <p>Arguments: the pid of the JVM that started it, the node's {@code server.properties}, the cluster's id.
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        ParentWatchdog.watch(Long.parseLong(args[0]));
        String properties = args[1];
        String clusterId = args[2];
        int formatted;
        try {
            formatted = StorageTool.execute(new String[]{"format", "--ignore-formatted", "-t", clusterId, "-c", properties}, System.out);
        } catch (Exception e) {
            System.err.println("Cannot format the node's storage for cluster " + clusterId + ": " + e.getMessage());
            formatted = 1;
        }
        if (formatted != 0) {
            System.exit(formatted);
        }
        kafka.Kafka.main(new String[]{properties});
    }
}
