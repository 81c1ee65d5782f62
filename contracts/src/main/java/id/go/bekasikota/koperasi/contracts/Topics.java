package id.go.bekasikota.koperasi.contracts;

import java.util.List;

/**
 * The Kafka topics of the suite: one per aggregate, versioned. The record key is always the
 * cooperative id, so that everything about one cooperative is ordered.
 */
public final class Topics {

    /** Everything that happens to a cooperative in the register. Produced by registry-service. */
    public static final String REGISTRY_COOPERATIVE = "registry.cooperative.v1";
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
        return List.of(REGISTRY_COOPERATIVE, FINANCING_LOAN_APPLICATION, AWARDS_NOMINATION,
                REGISTRY_DEAD_LETTER, FINANCING_DEAD_LETTER, AWARDS_DEAD_LETTER, NOTIFICATIONS_DEAD_LETTER);
    }

    private Topics() {
    }
}
