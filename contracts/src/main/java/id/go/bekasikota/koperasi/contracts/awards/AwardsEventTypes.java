package id.go.bekasikota.koperasi.contracts.awards;

/**
 * CloudEvents {@code type} values of awards-service, on topic {@code awards.nomination.v1} with
 * the cooperative id as the record key and the nomination id as the subject. Each has a JSON
 * schema under {@code schemas/} in this module (see {@code EventTypes#schemaResource}).
 */
public final class AwardsEventTypes {

    private static final String PREFIX = "id.go.bekasikota.awards.nomination.";

    /** A cooperative was nominated for an award program (eligibility held at that moment). */
    public static final String SUBMITTED = PREFIX + "submitted.v1";
    /** A nomination was withdrawn before the program's scores were finalised. */
    public static final String WITHDRAWN = PREFIX + "withdrawn.v1";
    /** The program's scores were finalised: one event per nomination with its rank, total and whether it won. */
    public static final String SCORES_FINALISED = PREFIX + "scores-finalised.v1";
    /** A winner was announced (registry-service keeps the award history from these). */
    public static final String WINNER_ANNOUNCED = PREFIX + "winner-announced.v1";
    /** A winner was forwarded as a nomination to the next round (province, then national). */
    public static final String FORWARDED = PREFIX + "forwarded.v1";
    /** The outcome of a forwarded nomination at the next round came back and was recorded. */
    public static final String FORWARDING_OUTCOME_RECORDED = PREFIX + "forwarding-outcome-recorded.v1";

    /** The CloudEvents subject and {@code aggregateId} of these events is the nomination id. */
    public static final String AGGREGATE_TYPE = "nomination";

    private AwardsEventTypes() {
    }
}
