package id.go.bekasikota.koperasi.contracts.financing;

/**
 * CloudEvents {@code type} values of financing-service, on topic
 * {@code financing.loan-application.v1} with the cooperative id as the record key. Each has a
 * JSON schema under {@code schemas/} in this module (see {@code EventTypes#schemaResource}).
 */
public final class FinancingEventTypes {

    private static final String PREFIX = "id.go.bekasikota.financing.loan-application.";

    /** Every move of a loan application through its lifecycle, including its creation as a draft. */
    public static final String STATE_CHANGED = PREFIX + "state-changed.v1";
    /** A partner recorded a repayment on a disbursed loan. */
    public static final String REPAYMENT_RECORDED = PREFIX + "repayment-recorded.v1";
    /** A loan went beyond the days-past-due threshold (published with the state change to DEFAULTED). */
    public static final String DEFAULTED = PREFIX + "defaulted.v1";
    /** A loan was fully repaid (published with the state change to SETTLED). */
    public static final String SETTLED = PREFIX + "settled.v1";

    /** The CloudEvents subject and {@code aggregateId} of these events is the loan application id. */
    public static final String AGGREGATE_TYPE = "loan-application";

    private FinancingEventTypes() {
    }
}
