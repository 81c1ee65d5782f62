package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.platform.http.EntityTags;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.outbox.EventOutbox;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.registry.domain.ActivityRevisions;
import id.go.bekasikota.koperasi.registry.domain.Cluster;
import id.go.bekasikota.koperasi.registry.domain.ClusterActivity;
import id.go.bekasikota.koperasi.registry.domain.ClusterActivityTotals;
import id.go.bekasikota.koperasi.registry.domain.ClusterActivityTotals.Bucket;
import id.go.bekasikota.koperasi.registry.domain.ClusterActivityTotals.Entry;
import id.go.bekasikota.koperasi.registry.domain.ClusterActivityTotals.Granularity;
import id.go.bekasikota.koperasi.registry.domain.ClusterActivityTotals.Totals;
import id.go.bekasikota.koperasi.registry.domain.ProductCategory;
import id.go.bekasikota.koperasi.registry.domain.ReportingPeriod;
import id.go.bekasikota.koperasi.registry.domain.Subjects;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Clusters as buying-and-selling coalitions: their activity per month or quarter, recorded by the
 * office or the host cooperative, corrected as new revisions, published as
 * {@code cluster.activity-recorded} through the outbox, and added up per cluster and per product
 * category over quarters or years.
 */
@ApplicationScoped
public class ClusterActivityService {

    /** Steps a trend may have at most, so that one request stays cheap. */
    public static final int MAX_BUCKETS = 40;

    /** What the totals read of the current revisions: four numbers and the period, none of the lines (JSON). */
    private static final String ENTRIES = """
            select clusterId, period, purchasesValue, productionValue, salesValue, jobs from ClusterActivity
            where current and periodStart >= :from and periodStart <= :to""";
    private static final String ENTRIES_OF_CLUSTER = ENTRIES + " and clusterId = :cluster";
    /** The cluster's current periods sharing a day with {@code :firstDay} to {@code :lastDay}: id, period and revision only. */
    private static final String CURRENT_MEETING = """
            select id, period, revision from ClusterActivity
            where clusterId = :cluster and current and periodStart <= :lastDay and periodEnd >= :firstDay""";

    private final EventOutbox outbox;
    private final Today today;

    public ClusterActivityService(EventOutbox outbox, Today today) {
        this.outbox = outbox;
        this.today = today;
    }

    /** A cluster with what it did from {@code from} to {@code to}, in total and step by step. */
    public record ClusterTotals(Cluster cluster, Totals total, List<Bucket> trend) {
    }

    /**
     * All clusters, each category and each cluster, from {@code from} to {@code to}.
     *
     * @param byCluster one page of the per-cluster lines, by name (every cluster for the CSV file)
     */
    public record Summary(long clusters, Totals total, List<Bucket> trend, List<CategoryTotals> byCategory,
                          Page<ClusterTotals> byCluster) {
    }

    public record CategoryTotals(ProductCategory category, long clusters, Totals total, List<Bucket> trend) {
    }

    public LocalDate today() {
        return today.date();
    }

    /**
     * Records a period for the first time; a period recorded already is corrected with {@link #correct}.
     * The current periods sharing a day with it are read as id, name and revision, never with their lines:
     * the same period is a duplicate, another (its month or quarter) a conflict.
     */
    @Transactional
    public ClusterActivity record(UUID clusterId, String periodText, ClusterActivity.Figures figures, Actor actor) {
        Cluster cluster = lockForRecording(clusterId, actor);
        ReportingPeriod period = begun(periodText);
        List<Object[]> meeting = ClusterActivity.getEntityManager().createQuery(CURRENT_MEETING, Object[].class)
                .setParameter("cluster", clusterId).setParameter("firstDay", period.start()).setParameter("lastDay", period.end())
                .getResultList();
        for (Object[] existing : meeting) {
            if (period.toString().equals(existing[1])) {
                throw ProblemException.duplicate(Text.of("registry.activity.recorded-already", period, existing[2]),
                        existing[0].toString(), "period");
            }
        }
        meeting.stream().map(other -> ReportingPeriod.parse((String) other[1]).orElseThrow()).filter(period::overlaps).findFirst()
                .ifPresent(other -> {
                    throw ProblemException.conflict(Text.of("registry.activity.overlaps", period, other));
                });
        ClusterActivity.Recorded recorded = ClusterActivity.record(cluster, period, null, figures, actor, today.now());
        recorded.activity().persist();
        outbox.append(recorded.events());
        return recorded.activity();
    }

    /**
     * Corrects a recorded period: its current revision (named by {@code ifMatch}) is kept as an earlier one. A
     * period past its {@value ActivityRevisions#MAX_PER_PERIOD} revisions is a 422 and nothing is written
     * ({@link ClusterActivity#record}).
     */
    @Transactional
    public ClusterActivity correct(UUID clusterId, String pathPeriod, String bodyPeriod, String ifMatch,
                                   ClusterActivity.Figures figures, Actor actor) {
        Cluster cluster = lockForRecording(clusterId, actor);
        ReportingPeriod period = ReportingPeriod.parse(pathPeriod)
                .orElseThrow(() -> ProblemException.notFound(Subjects.ACTIVITY_PERIOD, pathPeriod));
        if (!period.toString().equals(bodyPeriod)) {
            throw ProblemException.invalid("period", Text.of("registry.activity.period-of-path", period));
        }
        ClusterActivity current = currentOf(clusterId, period)
                .orElseThrow(() -> notFound(clusterId, period));
        EntityTags.requireMatch(ifMatch, current.revision);
        ClusterActivity.Recorded recorded = ClusterActivity.record(cluster, period, current, figures, actor, today.now());
        if (recorded.unchanged()) {
            return recorded.activity();
        }
        // The earlier revision stops being current before the new one is inserted (one current revision per period).
        ClusterActivity.flush();
        recorded.activity().persist();
        outbox.append(recorded.events());
        return recorded.activity();
    }

    /** The current revision of every period recorded, from {@code from} to {@code to} (periods by their first day), by period. */
    @Transactional
    public Page<ClusterActivity> list(UUID clusterId, LocalDate from, LocalDate to, PageRequest paging) {
        require(clusterId);
        var query = ClusterActivity.<ClusterActivity>find("clusterId = :cluster and current and periodStart >= :from and periodStart <= :to",
                Sort.by("periodStart").and("periodEnd").and("id"),
                Parameters.with("cluster", clusterId).and("from", from == null ? LocalDate.of(1900, 1, 1) : from)
                        .and("to", to == null ? LocalDate.of(9999, 12, 31) : to));
        return Page.of(query.page(paging.page() - 1, paging.size()).list(), paging, query.count());
    }

    /**
     * A period's current revision, or the revision asked for: one row by its index, never the period's other
     * revisions (each with its lines, read by anyone).
     */
    @Transactional
    public Optional<ClusterActivity> find(UUID clusterId, String periodText, Integer revision) {
        require(clusterId);
        return ReportingPeriod.parse(periodText).flatMap(period -> revision == null
                ? currentOf(clusterId, period)
                : ClusterActivity.<ClusterActivity>find("clusterId = ?1 and period = ?2 and revision = ?3", clusterId, period.toString(),
                        revision).firstResultOptional());
    }

    /** Every revision of a period, latest first, a page at a time; a period never recorded is a 404. */
    @Transactional
    public Page<ClusterActivity> revisions(UUID clusterId, String periodText, PageRequest paging) {
        require(clusterId);
        ReportingPeriod period = ReportingPeriod.parse(periodText).orElseThrow(() -> notFound(clusterId, periodText));
        var query = ClusterActivity.<ClusterActivity>find("clusterId = ?1 and period = ?2", Sort.descending("revision"),
                clusterId, period.toString());
        long count = query.count();
        if (count == 0) {
            throw notFound(clusterId, periodText);
        }
        return Page.of(query.page(paging.page() - 1, paging.size()).list(), paging, count);
    }

    @Transactional
    public Cluster cluster(UUID clusterId) {
        return require(clusterId);
    }

    @Transactional
    public ClusterTotals totals(UUID clusterId, Granularity by, LocalDate from, LocalDate to) {
        Cluster cluster = require(clusterId);
        List<Entry> entries = entries(from, to, clusterId);
        return new ClusterTotals(cluster, ClusterActivityTotals.of(entries), ClusterActivityTotals.trend(entries, by, from, to));
    }

    /** The summary with one page of its per-cluster lines (clusters by name, then id). */
    @Transactional
    public Summary summary(Granularity by, LocalDate from, LocalDate to, PageRequest clusterPage) {
        return summary(by, from, to, (List<Cluster> clusters) -> {
            int first = Math.min(clusterPage.offset(), clusters.size());
            return Page.of(clusters.subList(first, Math.min(first + clusterPage.size(), clusters.size())), clusterPage, clusters.size());
        });
    }

    /** The summary with a line for every cluster, on one page: for the open-data CSV file, which is written whole. */
    @Transactional
    public Summary summaryOfEveryCluster(Granularity by, LocalDate from, LocalDate to) {
        return summary(by, from, to, (List<Cluster> clusters) -> new Page<>(clusters,
                new Page.PageInfo(1, clusters.size(), clusters.size(), clusters.isEmpty() ? 0 : 1)));
    }

    private Summary summary(Granularity by, LocalDate from, LocalDate to, Function<List<Cluster>, Page<Cluster>> lines) {
        List<Cluster> clusters = Cluster.<Cluster>listAll(Sort.by("name").and("id"));
        List<Entry> entries = entries(from, to, null);
        Map<UUID, Cluster> byId = new LinkedHashMap<>();
        clusters.forEach(c -> byId.put(c.id, c));
        List<CategoryTotals> categories = new ArrayList<>();
        for (ProductCategory category : ProductCategory.values()) {
            List<Entry> ofCategory = entries.stream().filter(inCategory(byId, category)).toList();
            long count = clusters.stream().filter(c -> c.productCategory == category).count();
            categories.add(new CategoryTotals(category, count, ClusterActivityTotals.of(ofCategory),
                    ClusterActivityTotals.trend(ofCategory, by, from, to)));
        }
        Page<ClusterTotals> perCluster = lines.apply(clusters).map(c -> {
            List<Entry> ofCluster = entries.stream().filter(e -> e.clusterId().equals(c.id)).toList();
            return new ClusterTotals(c, ClusterActivityTotals.of(ofCluster), ClusterActivityTotals.trend(ofCluster, by, from, to));
        });
        return new Summary(clusters.size(), ClusterActivityTotals.of(entries), ClusterActivityTotals.trend(entries, by, from, to),
                categories, perCluster);
    }

    private static Predicate<Entry> inCategory(Map<UUID, Cluster> clusters, ProductCategory category) {
        return e -> clusters.containsKey(e.clusterId()) && clusters.get(e.clusterId()).productCategory == category;
    }

    /**
     * The current revisions whose period begins from {@code from} to {@code to}, of one cluster or of all: only
     * the columns the totals add up, never the lines (up to 40 years of periods of every cluster).
     */
    private List<Entry> entries(LocalDate from, LocalDate to, UUID clusterId) {
        var query = ClusterActivity.getEntityManager().createQuery(clusterId == null ? ENTRIES : ENTRIES_OF_CLUSTER, Object[].class)
                .setParameter("from", from).setParameter("to", to);
        if (clusterId != null) {
            query.setParameter("cluster", clusterId);
        }
        return query.getResultList().stream()
                .map(row -> new Entry((UUID) row[0], ReportingPeriod.parse((String) row[1]).orElseThrow(), (Long) row[2], (Long) row[3],
                        (Long) row[4], (Integer) row[5]))
                .toList();
    }

    private Optional<ClusterActivity> currentOf(UUID clusterId, ReportingPeriod period) {
        return ClusterActivity.<ClusterActivity>find("clusterId = ?1 and period = ?2 and current", clusterId, period.toString())
                .firstResultOptional();
    }

    /** The period of a new record: a month or quarter that has begun. */
    private ReportingPeriod begun(String text) {
        ReportingPeriod period = ReportingPeriod.parse(text)
                .orElseThrow(() -> ProblemException.invalid("period", Text.of("registry.activity.period-format")));
        if (period.start().isAfter(today.date())) {
            throw ProblemException.invalid("period", Text.of("registry.activity.period-not-begun", period.start()));
        }
        return period;
    }

    /** The cluster, locked so that its periods are written one at a time; the actor must be the office or the host. */
    private Cluster lockForRecording(UUID clusterId, Actor actor) {
        Cluster cluster = Cluster.<Cluster>findByIdOptional(clusterId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound(Subjects.CLUSTER, clusterId));
        if (!ClusterActivity.mayRecord(actor, cluster)) {
            throw ProblemException.forbidden(Text.of("registry.forbidden.cluster-activity"));
        }
        return cluster;
    }

    private Cluster require(UUID clusterId) {
        return Cluster.<Cluster>findByIdOptional(clusterId).orElseThrow(() -> ProblemException.notFound(Subjects.CLUSTER, clusterId));
    }

    /** No activity of the cluster for the period (or one of its revisions): 404. */
    public static ProblemException notFound(Object clusterId, Object period) {
        return new ProblemException(ProblemType.NOT_FOUND, Text.of("registry.not-found.cluster-activity", clusterId, period));
    }
}
