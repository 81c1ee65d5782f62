package id.go.bekasikota.koperasi.stack;

/**
 * Entry point of the broker JVM: runs {@code kafka.Kafka} and exits when the JVM that started it
 * is gone, so that a killed test or launcher leaves no orphan broker behind.
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        ParentWatchdog.watch(Long.parseLong(args[0]));
        kafka.Kafka.main(new String[]{args[1]});
    }
}
