package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.contracts.registry.ClusterActivityRecorded;
import id.go.bekasikota.koperasi.platform.outbox.DomainEvent;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.security.ActorRole;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a UKM cluster did together in one period as a buying-and-selling coalition: the raw
 * materials its businesses bought jointly, what they produced and sold jointly, and how many
 * people work in them. Recorded by the office or by the cluster's host cooperative; a correction
 * is the next revision of the same period, and the earlier revisions are kept (at most
 * {@value ActivityRevisions#MAX_PER_PERIOD} of them).
 */
@Entity
@Table(name = "cluster_activity")
public class ClusterActivity extends PanacheEntityBase {

    public static final String AGGREGATE = "cluster-activity";

    /** A joint raw-material purchase. */
    public record Purchase(String item, BigDecimal quantity, String unit, long value) {
    }

    /** Joint production of one product. */
    public record Production(String product, BigDecimal quantity, String unit, long value) {
    }

    /** Joint sales through one channel, to the markets named. */
    public record Sale(SalesChannel channel, long value, List<String> markets) {
    }

    /** The figures of a period as recorded. */
    public record Figures(List<Purchase> purchases, List<Production> production, List<Sale> sales, int jobs, String note) {

        public Figures {
            purchases = List.copyOf(purchases);
            production = List.copyOf(production);
            sales = List.copyOf(sales);
        }

        /** The same figures: quantities compared by value (1200.5 is the 1200.50 kept), the rest as they are. */
        public boolean sameAs(Figures other) {
            return byValue().equals(other.byValue());
        }

        private Figures byValue() {
            return new Figures(purchases.stream().map(p -> new Purchase(p.item(), byValue(p.quantity()), p.unit(), p.value())).toList(),
                    production.stream().map(p -> new Production(p.product(), byValue(p.quantity()), p.unit(), p.value())).toList(),
                    sales, jobs, note);
        }

        private static BigDecimal byValue(BigDecimal quantity) {
            return quantity == null ? null : quantity.stripTrailingZeros();
        }
    }

    /** A period recorded or corrected, with the event that says so. */
    public record Recorded(ClusterActivity activity, List<DomainEvent> events) {

        /** Nothing was recorded: the activity given is the current revision, its figures the same as those sent. */
        public boolean unchanged() {
            return events.isEmpty();
        }
    }

    /** The figures this revision records. */
    public Figures figures() {
        return new Figures(purchases, production, sales, jobs, note);
    }

    @Id
    public UUID id;
    @Column(name = "cluster_id")
    public UUID clusterId;
    public String period;
    @Enumerated(EnumType.STRING)
    @Column(name = "period_type")
    public ReportingPeriod.Type periodType;
    @Column(name = "period_start")
    public LocalDate periodStart;
    @Column(name = "period_end")
    public LocalDate periodEnd;
    public int revision;
    public boolean current;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Purchase> purchases;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Production> production;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Sale> sales;
    public int jobs;
    @Column(name = "purchases_value")
    public long purchasesValue;
    @Column(name = "production_value")
    public long productionValue;
    @Column(name = "sales_value")
    public long salesValue;
    public String note;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    /** The account that recorded it: shown to the office and the host cooperative only, never published. */
    @Column(name = "recorded_by")
    public String recordedBy;
    /** {@code officer} or {@code cooperative}. */
    @Column(name = "recorded_as")
    public String recordedAs;

    /**
     * Whether the actor may record the cluster's activity: an officer, or the account of the
     * cluster's host cooperative. Auditors read only; partners, jurors and other cooperatives have no part in it.
     */
    public static boolean mayRecord(Actor actor, Cluster cluster) {
        return actor.isOfficer() || (cluster.hostCooperativeId != null && actor.isCooperative(cluster.hostCooperativeId));
    }

    /**
     * Records a period, or corrects it: {@code current} (the period's current revision, or none)
     * stops being current and the new revision follows it. A period has at most
     * {@value ActivityRevisions#MAX_PER_PERIOD} revisions ({@link ActivityRevisions}): past them the
     * correction is refused and nothing changes.
     *
     * @param at when, from the office clock
     */
    public static Recorded record(Cluster cluster, ReportingPeriod period, ClusterActivity current, Figures figures, Actor actor,
                                  Instant at) {
        if (!mayRecord(actor, cluster)) {
            throw new IllegalArgumentException(actor.role() + " may not record the activity of cluster " + cluster.id);
        }
        if (current != null && current.figures().sameAs(figures)) {
            // The same figures again (a form saved without an edit): no revision spent of the period's 20.
            return new Recorded(current, List.of());
        }
        if (current != null) {
            ActivityRevisions.requireRoomAfter(period, current.revision);
        }
        ClusterActivity next = new ClusterActivity();
        next.id = UUID.randomUUID();
        next.clusterId = cluster.id;
        next.period = period.toString();
        next.periodType = period.type();
        next.periodStart = period.start();
        next.periodEnd = period.end();
        next.revision = current == null ? 1 : current.revision + 1;
        next.current = true;
        next.purchases = figures.purchases();
        next.production = figures.production();
        next.sales = figures.sales();
        next.jobs = figures.jobs();
        next.purchasesValue = figures.purchases().stream().mapToLong(Purchase::value).reduce(0, Math::addExact);
        next.productionValue = figures.production().stream().mapToLong(Production::value).reduce(0, Math::addExact);
        next.salesValue = figures.sales().stream().mapToLong(Sale::value).reduce(0, Math::addExact);
        next.note = figures.note();
        next.recordedAt = at;
        next.recordedBy = actor.subject();
        next.recordedAs = actor.role() == ActorRole.OFFICER ? "officer" : "cooperative";
        if (current != null) {
            current.current = false;
        }
        return new Recorded(next, List.of(next.recorded(cluster)));
    }

    /** The subject of the period's events: the cluster and the period. */
    public String subject() {
        return clusterId + "/" + period;
    }

    private DomainEvent recorded(Cluster cluster) {
        ClusterActivityRecorded data = new ClusterActivityRecorded(
                new ClusterActivityRecorded.Cluster(cluster.id, cluster.name, cluster.productCategory.name(), cluster.kecamatanCode,
                        cluster.hostCooperativeId),
                period, periodType.name(), periodStart, periodEnd, revision,
                purchases.stream().map(p -> new ClusterActivityRecorded.Purchase(p.item(), p.quantity(), p.unit(), p.value())).toList(),
                production.stream().map(p -> new ClusterActivityRecorded.Production(p.product(), p.quantity(), p.unit(), p.value())).toList(),
                sales.stream().map(s -> new ClusterActivityRecorded.Sale(s.channel().name(), s.value(), s.markets())).toList(),
                jobs, purchasesValue, productionValue, salesValue, recordedAs, recordedAt);
        return new DomainEvent(Topics.REGISTRY_CLUSTER, EventTypes.CLUSTER_ACTIVITY_RECORDED, AGGREGATE, subject(), revision,
                cluster.id.toString(), data);
    }
}
