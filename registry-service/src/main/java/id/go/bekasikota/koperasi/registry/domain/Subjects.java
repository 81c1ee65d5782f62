package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.platform.i18n.Text;

/** What the registry's problems are about, in the language of the answer ({@code registry.subject.*}). */
public final class Subjects {

    public static final Text COOPERATIVE = Text.of("registry.subject.cooperative");
    public static final Text RAT_REPORT = Text.of("registry.subject.rat-report");
    public static final Text CLUSTER = Text.of("registry.subject.cluster");
    public static final Text CLUSTER_MEMBER = Text.of("registry.subject.cluster-member");
    public static final Text ACTIVITY_PERIOD = Text.of("registry.subject.activity-period");
    public static final Text IMPORT = Text.of("registry.subject.import");
    public static final Text PUBLICATION = Text.of("registry.subject.publication");
    public static final Text REACTIVATION_CASE = Text.of("registry.subject.reactivation-case");
    public static final Text RECONCILIATION = Text.of("registry.subject.reconciliation");
    public static final Text RECONCILIATION_ITEM = Text.of("registry.subject.reconciliation-item");

    private Subjects() {
    }
}
