package id.go.bekasikota.koperasi.registry.repository;

import id.go.bekasikota.koperasi.registry.domain.Cooperative;
import id.go.bekasikota.koperasi.registry.domain.ReactivationCase;
import id.go.bekasikota.koperasi.registry.domain.RegisterScope;
import id.go.bekasikota.koperasi.registry.domain.ReportReminders;
import id.go.bekasikota.koperasi.registry.domain.StandingFacts;
import id.go.bekasikota.koperasi.registry.domain.TallyCell;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The activation figures of a few dates, kept exact by every write: today, the last year-ends
 * of the dashboard's trend (this year's own included, so that it is ready when the year turns) and
 * the next switch of the due year (1 July), the date the early warning counts.
 *
 * <p>A kept date is built once from the rules ({@link StandingSql}) while every lane of the
 * register's revision is locked ({@link RegisterRevision#holdWrites}), so that no write is in
 * flight. Every write then records itself through {@link #written}: it moves its lane's row of the
 * revision on, which waits for that same lock, and only then reads the kept dates and adds how its
 * cooperatives' cells moved, from the facts before the write to the facts after it
 * ({@link StandingFacts#countedOn}), to its lane's rows of those cells (a cell's count is the sum of
 * its lanes' rows), in {@link TallyCell#LOCK_ORDER}. The rules are the same in Java and in SQL (the
 * property tests compare them), so a kept date's tally stays what the rules would count today.
 */
@ApplicationScoped
public class ActivationTallies {

    /** Year-ends kept before this year's: those of the dashboard's default trend. */
    static final int TREND_YEARS = 4;
    private static final int LOOKUP_CHUNK = 1_000;

    /** A cell's change in the lane of the write ({@link RegisterRevision#LANE}): writes of other lanes never wait for it. */
    private static final String UPSERT = """
            insert into activation_tally as t (as_of, kecamatan_code, jenis, kelompok, status, grade, under_reactivation, lane, cooperatives)
            values (?, ?, ?, ?, ?, ?, ?, %s, ?)
            on conflict (as_of, kecamatan_code, jenis, kelompok, status, grade, under_reactivation, lane)
            do update set cooperatives = t.cooperatives + excluded.cooperatives""".formatted(RegisterRevision.LANE);

    private final EntityManager entityManager;
    private final RegisterRevision revision;

    public ActivationTallies(EntityManager entityManager, RegisterRevision revision) {
        this.entityManager = entityManager;
        this.revision = revision;
    }

    private record Change(LocalDate asOf, TallyCell cell) {
        /** Dates in order, then {@link TallyCell#LOCK_ORDER}: the order of the upserts, the same in every write. */
        static final Comparator<Change> LOCK_ORDER = Comparator.comparing(Change::asOf)
                .thenComparing(Change::cell, TallyCell.LOCK_ORDER);
    }

    /**
     * The dates kept for the given day: the day itself, 31 December of its year and the {@value #TREND_YEARS}
     * before, and the next 1 July ({@link ReportReminders#nextSwitch}).
     */
    public static Set<LocalDate> datesFor(LocalDate today) {
        Set<LocalDate> dates = new TreeSet<>();
        dates.add(today);
        dates.add(ReportReminders.nextSwitch(today));
        for (int year = today.getYear() - TREND_YEARS; year <= today.getYear(); year++) {
            dates.add(LocalDate.of(year, 12, 31));
        }
        return dates;
    }

    /** A cooperative's facts as this transaction sees them (its reactivation cases included). */
    @Transactional(Transactional.TxType.MANDATORY)
    public StandingFacts factsOf(Cooperative cooperative) {
        return StandingFacts.of(cooperative, ReactivationCase.list("cooperativeId", cooperative.id));
    }

    /** The facts of many cooperatives, their cases read at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<StandingFacts> factsOf(Collection<Cooperative> cooperatives) {
        if (cooperatives.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = cooperatives.stream().map(c -> c.id).toList();
        Map<UUID, List<ReactivationCase>> cases = new HashMap<>();
        for (int from = 0; from < ids.size(); from += LOOKUP_CHUNK) {
            ReactivationCase.<ReactivationCase>list("cooperativeId in ?1", ids.subList(from, Math.min(ids.size(), from + LOOKUP_CHUNK)))
                    .forEach(c -> cases.computeIfAbsent(c.cooperativeId, id -> new ArrayList<>()).add(c));
        }
        return cooperatives.stream().map(c -> StandingFacts.of(c, cases.getOrDefault(c.id, List.of()))).toList();
    }

    /**
     * Records a write of the register; call it as the write's last statement. Moves the register's
     * revision on (its row stays locked until the commit, which orders every write and every
     * building of a date), then adds to each kept date's tally how the cooperatives were counted
     * after the write instead of before it.
     *
     * @param cooperatives the cooperatives the write touched ({@link RegisterRevision#bump})
     * @param before       the facts of the cooperatives written as they were before the write (none for new ones)
     * @param after        their facts after the write
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void written(Collection<UUID> cooperatives, Collection<StandingFacts> before, Collection<StandingFacts> after) {
        revision.bump(cooperatives);
        if (before.isEmpty() && after.isEmpty()) {
            // A visit, or a chunk of the daily evaluation that published new standings only: nothing counted moved.
            return;
        }
        Map<Change, Long> changes = new TreeMap<>(Change.LOCK_ORDER);
        for (LocalDate asOf : keptDates()) {
            before.forEach(facts -> facts.countedOn(asOf).ifPresent(cell -> changes.merge(new Change(asOf, cell), -1L, Long::sum)));
            after.forEach(facts -> facts.countedOn(asOf).ifPresent(cell -> changes.merge(new Change(asOf, cell), 1L, Long::sum)));
        }
        changes.values().removeIf(count -> count == 0);
        if (!changes.isEmpty()) {
            entityManager.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                    for (Map.Entry<Change, Long> change : changes.entrySet()) {
                        TallyCell cell = change.getKey().cell();
                        upsert.setObject(1, change.getKey().asOf());
                        upsert.setString(2, cell.kecamatanCode());
                        upsert.setString(3, cell.jenis());
                        upsert.setString(4, cell.kelompok());
                        upsert.setString(5, cell.status().name());
                        upsert.setString(6, cell.grade().name());
                        upsert.setBoolean(7, cell.underReactivation());
                        upsert.setLong(8, change.getValue());
                        upsert.addBatch();
                    }
                    upsert.executeBatch();
                }
            });
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Set<LocalDate> keptDates() {
        List<Object> dates = entityManager.createNativeQuery("select as_of from activation_tally_date").getResultList();
        Set<LocalDate> kept = new TreeSet<>();
        dates.forEach(date -> kept.add(date instanceof LocalDate d ? d : ((Date) date).toLocalDate()));
        return kept;
    }

    /** How many cooperatives of a scope a kept date counts: registered (founded by then, not dissolved) and of them INACTIVE. */
    public record Counted(long registered, long inactive) {
    }

    /** What the kept date's tally counts in the scope; empty if the date is not kept. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Counted> counted(LocalDate asOf, RegisterScope scope) {
        Map<String, Object> parameters = new HashMap<>();
        String where = " where t.as_of = :asOf" + ActivationPlanningQueries.scope("t", scope, parameters);
        parameters.put("asOf", asOf);
        Query query = entityManager.createNativeQuery("""
                select exists (select 1 from activation_tally_date where as_of = :asOf),
                       coalesce(sum(t.cooperatives) filter (where t.status <> 'DISSOLVED'), 0),
                       coalesce(sum(t.cooperatives) filter (where t.status = 'INACTIVE'), 0)
                from activation_tally t""" + where);
        parameters.forEach(query::setParameter);
        Object[] row = (Object[]) query.getSingleResult();
        return Boolean.TRUE.equals(row[0])
                ? Optional.of(new Counted(((Number) row[1]).longValue(), ((Number) row[2]).longValue()))
                : Optional.empty();
    }

    /**
     * Keeps the dates of {@link #datesFor(LocalDate) today}: builds those missing (every one when
     * {@code rebuild}, which also corrects rows written around the service) and drops the others.
     * One transaction per date; each holds the register's writes for as long as it builds.
     *
     * @return the dates built
     */
    public List<LocalDate> keep(LocalDate today, boolean rebuild) {
        Set<LocalDate> wanted = datesFor(today);
        Set<LocalDate> kept = QuarkusTransaction.requiringNew().call(this::keptDates);
        List<LocalDate> built = new ArrayList<>();
        for (LocalDate asOf : wanted) {
            if (rebuild || !kept.contains(asOf)) {
                QuarkusTransaction.requiringNew().run(() -> build(asOf));
                built.add(asOf);
            }
        }
        if (!wanted.containsAll(kept)) {
            QuarkusTransaction.requiringNew().run(() -> {
                revision.holdWrites();
                entityManager.createNativeQuery("delete from activation_tally_date where as_of not in (:wanted)")
                        .setParameter("wanted", List.copyOf(wanted))
                        .executeUpdate();
            });
        }
        return built;
    }

    private void build(LocalDate asOf) {
        revision.holdWrites();
        entityManager.createNativeQuery("delete from activation_tally_date where as_of = :asOf").setParameter("asOf", asOf).executeUpdate();
        entityManager.createNativeQuery("insert into activation_tally_date (as_of, built_at) values (:asOf, now())")
                .setParameter("asOf", asOf).executeUpdate();
        entityManager.createNativeQuery(StandingSql.with(asOf) + """
                        insert into activation_tally (as_of, kecamatan_code, jenis, kelompok, status, grade, under_reactivation, cooperatives)
                        select as_of, kecamatan_code, jenis, kelompok, status, grade, status = 'INACTIVE' and under_reactivation, count(*)
                        from standing
                        group by 1, 2, 3, 4, 5, 6, 7""")
                .executeUpdate();
    }
}
