package id.go.bekasikota.koperasi.contracts;

/**
 * CloudEvents {@code type} values. Each has a JSON schema under {@code schemas/} in this module
 * and is described in {@code asyncapi.yaml}.
 */
public final class EventTypes {

    private static final String PREFIX = "id.go.bekasikota.";

    public static final String COOPERATIVE_REGISTERED = PREFIX + "registry.cooperative.registered.v1";
    public static final String COOPERATIVE_UPDATED = PREFIX + "registry.cooperative.updated.v1";
    public static final String ANNUAL_REPORT_FILED = PREFIX + "registry.cooperative.annual-report-filed.v1";
    public static final String COOPERATIVE_STATUS_CHANGED = PREFIX + "registry.cooperative.status-changed.v1";
    public static final String COOPERATIVE_GRADE_CHANGED = PREFIX + "registry.cooperative.grade-changed.v1";
    public static final String COOPERATIVE_DISSOLVED = PREFIX + "registry.cooperative.dissolved.v1";
    /** On topic {@code registry.reminder.v1}: an active cooperative becomes inactive on the coming 1 July unless it files. */
    public static final String REPORT_DUE = PREFIX + "registry.reminder.report-due.v1";
    /** The cooperative's public snapshot alone (data = {@code CooperativeSnapshot}), on the compacted snapshot topic. */
    public static final String COOPERATIVE_SNAPSHOT = PREFIX + "registry.cooperative.snapshot.v1";
    /**
     * A UKM cluster's activity of one period (joint purchases, production, sales, jobs) was recorded
     * or corrected; on topic {@code registry.cluster.v1}, key = the cluster id.
     */
    public static final String CLUSTER_ACTIVITY_RECORDED = PREFIX + "registry.cluster.activity-recorded.v1";

    /** The CloudEvents extension attribute that carries the aggregate's version (for stale-event checks). */
    public static final String AGGREGATE_VERSION_EXTENSION = "aggregateversion";

    public static String schemaResource(String type) {
        return "schemas/" + type.substring(PREFIX.length()) + ".json";
    }

    private EventTypes() {
    }
}
