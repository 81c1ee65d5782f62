package id.go.bekasikota.koperasi.contracts;

import java.util.List;

/**
 * The Kafka topics of the suite: one per aggregate, versioned. The record key is the cooperative
 * id, so that everything about one cooperative is ordered; on {@link #REGISTRY_CLUSTER} it is the
 * cluster id.
 */
public final class Topics {

    /** Everything that happens to a cooperative in the register. Produced by registry-service. */
    public static final String REGISTRY_COOPERATIVE = "registry.cooperative.v1";
    /**
     * Reminders the registry sends about a cooperative (e.g. a RAT report due before 1 July), for
     * notifications. Produced by registry-service; key = cooperative id. Kept apart from
     * {@link #REGISTRY_COOPERATIVE}, whose projections read every event as a change of the register.
     */
    public static final String REGISTRY_REMINDER = "registry.reminder.v1";
    /**
     * The latest public snapshot of every cooperative, for replay: compacted ({@code cleanup.policy=compact}),
     * key = cooperative id, one record per change of {@link #REGISTRY_COOPERATIVE}. Produced by registry-service.
     */
    public static final String REGISTRY_COOPERATIVE_SNAPSHOT = "registry.cooperative-snapshot.v1";
    /**
     * What UKM clusters do as buying-and-selling coalitions (their activity records). Produced by
     * registry-service; the record key is the cluster id (a cluster need not have a host cooperative).
     */
    public static final String REGISTRY_CLUSTER = "registry.cluster.v1";
    /** Loan applications and loans. Produced by financing-service. */
    public static final String FINANCING_LOAN_APPLICATION = "financing.loan-application.v1";
    /** Award nominations, results and winners. Produced by awards-service. */
    public static final String AWARDS_NOMINATION = "awards.nomination.v1";

    /** Poison messages a service could not process, with the reason in the record headers. */
    public static final String REGISTRY_DEAD_LETTER = "registry.dead-letter.v1";
    public static final String FINANCING_DEAD_LETTER = "financing.dead-letter.v1";
    public static final String AWARDS_DEAD_LETTER = "awards.dead-letter.v1";
    public static final String NOTIFICATIONS_DEAD_LETTER = "notifications.dead-letter.v1";

    /** Partitions of every topic: enough for two instances of each consumer to share work. */
    public static final int PARTITIONS = 3;

    public static List<String> all() {
        return List.of(REGISTRY_COOPERATIVE, REGISTRY_COOPERATIVE_SNAPSHOT, REGISTRY_REMINDER, REGISTRY_CLUSTER,
                FINANCING_LOAN_APPLICATION, AWARDS_NOMINATION, REGISTRY_DEAD_LETTER, FINANCING_DEAD_LETTER,
                AWARDS_DEAD_LETTER, NOTIFICATIONS_DEAD_LETTER);
    }

    private Topics() {
    }
}
