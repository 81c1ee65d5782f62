package id.go.bekasikota.koperasi.registry.repository;

import id.go.bekasikota.koperasi.registry.domain.AtRiskCooperative;
import id.go.bekasikota.koperasi.registry.domain.CooperativeRanking;
import id.go.bekasikota.koperasi.registry.domain.RankedCooperatives;
import id.go.bekasikota.koperasi.registry.domain.RegisterScope;
import id.go.bekasikota.koperasi.registry.domain.WorklistCandidate;
import id.go.bekasikota.koperasi.registry.domain.WorklistPlace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.hibernate.jpa.HibernateHints;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The questions of the worklist and the early warning about many cooperatives at once, answered
 * by the rules as SQL ({@link PlanningSql}).
 */
@ApplicationScoped
public class ActivationPlanningQueries {

    /** The most cooperatives whose rows one call reads: a page, or a chunk of an export or a daily job. */
    public static final int DETAILS_AT_ONCE = 1_000;
    /** Rows of a ranking read per round trip. */
    private static final int PLACES_FETCHED = 5_000;

    private final EntityManager entityManager;

    public ActivationPlanningQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The scope's cooperatives founded by the date and not dissolved by then. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long registered(LocalDate asOf, RegisterScope scope) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = PlanningSql.registered("c", asOf) + scope(scope, parameters);
        return count("select count(*) from cooperative c where " + where, parameters);
    }

    /**
     * The scope's cooperatives INACTIVE as of the date, ranked as the worklist ranks them
     * ({@link PlanningSql#worklistOrder}), by the rules; only their ids are read, a few thousand rows at a time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RankedCooperatives inactiveRanked(LocalDate asOf, RegisterScope scope) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        return ranked(PlanningSql.inactive("c", asOf) + scope(scope, parameters), PlanningSql.latestReportYear("c", asOf), asOf, parameters);
    }

    /**
     * The same as {@link #inactiveRanked} as of today, from the standings published for today and the
     * latest report each cooperative row keeps ({@link PlanningSql#inactiveAsPublished}): only while the
     * daily evaluation's date is today. No anti-join over the reports and no probe of them per
     * cooperative ranked: at a national register a scan of the register and a sort. Each cooperative
     * comes with what it is ranked by, so that later writes can be taken in ({@link CooperativeRanking#reranked}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CooperativeRanking inactiveRankedAsPublished(LocalDate today, RegisterScope scope) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        Query query = entityManager.createNativeQuery("select c.id, coalesce(f.open, false), f.contact, c.latest_report_year, c.cooperative_number"
                + " from cooperative c left join " + PlanningSql.reactivationFacts(today) + " f on f.cooperative_id = c.id where "
                + PlanningSql.inactiveAsPublished("c", today) + scope(scope, parameters)
                + " order by " + PlanningSql.worklistOrder("c", "f", PlanningSql.latestReportYearToday("c")));
        parameters.forEach(query::setParameter);
        return ranking(query, row -> worklistPlace(row).place());
    }

    /**
     * Of the cooperatives given, those of the scope INACTIVE today by the published standings, with
     * what the worklist ranks them by, as {@link #inactiveRankedAsPublished} reads it; in no order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CooperativeRanking.Place> inactivePlacesAsPublished(LocalDate today, RegisterScope scope, Collection<UUID> among) {
        return places(among, parameters -> "select c.id, %s, %s, c.latest_report_year, c.cooperative_number from cooperative c"
                .formatted(PlanningSql.underReactivation("c", today), PlanningSql.lastContact("c", today))
                + " where c.id in (:ids) and " + PlanningSql.inactiveAsPublished("c", today) + scope(scope, parameters),
                row -> worklistPlace(row).place());
    }

    /** Places of the cooperatives among the ids that the statement selects, a chunk of ids ({@code :ids}) at a time; in no order. */
    @SuppressWarnings("unchecked")
    private List<CooperativeRanking.Place> places(Collection<UUID> among, Function<Map<String, Object>, String> statement,
                                                  Function<Object[], CooperativeRanking.Place> place) {
        List<UUID> ids = List.copyOf(among);
        List<CooperativeRanking.Place> places = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += DETAILS_AT_ONCE) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            Query query = entityManager.createNativeQuery(statement.apply(parameters));
            parameters.forEach(query::setParameter);
            query.setParameter("ids", ids.subList(from, Math.min(ids.size(), from + DETAILS_AT_ONCE)));
            for (Object[] row : (List<Object[]>) query.getResultList()) {
                places.add(place.apply(row));
            }
        }
        return places;
    }

    /** The ranking the query's rows make, in the order read, a few thousand rows at a time. */
    private static CooperativeRanking ranking(Query query, Function<Object[], CooperativeRanking.Place> place) {
        CooperativeRanking.Builder ranking = new CooperativeRanking.Builder();
        try (Stream<?> rows = query.setHint(HibernateHints.HINT_FETCH_SIZE, PLACES_FETCHED).getResultStream()) {
            rows.forEach(row -> ranking.add(place.apply((Object[]) row)));
        }
        return ranking.build();
    }

    private static WorklistPlace worklistPlace(Object[] row) {
        return new WorklistPlace((UUID) row[0], (Boolean) row[1], localDate(row[2]), row[3] == null ? null : ((Number) row[3]).intValue(),
                (String) row[4]);
    }

    private RankedCooperatives ranked(String where, String latestReportYear, LocalDate asOf, Map<String, Object> parameters) {
        return ids("select c.id from cooperative c left join " + PlanningSql.reactivationFacts(asOf) + " f on f.cooperative_id = c.id where "
                + where + " order by " + PlanningSql.worklistOrder("c", "f", latestReportYear), parameters);
    }

    /**
     * The cooperatives with what the worklist ranks them by as of the date, by id (at most
     * {@value #DETAILS_AT_ONCE}); an id of no cooperative has no entry.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Map<UUID, WorklistCandidate> candidates(LocalDate asOf, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Query query = entityManager.createNativeQuery("""
                select c.id, c.cooperative_number, c.name, c.kecamatan_code, c.jenis, c.kelompok, c.founded_on,
                       %s as latest_year, %s as window_years, %s as reactivating, %s as last_contact
                from cooperative c where c.id in (:ids)""".formatted(PlanningSql.latestReportYear("c", asOf),
                PlanningSql.reportedWindowYears("c", asOf), PlanningSql.underReactivation("c", asOf), PlanningSql.lastContact("c", asOf)));
        Map<UUID, WorklistCandidate> found = new HashMap<>();
        for (Object[] r : (List<Object[]>) query.setParameter("ids", checked(ids)).getResultList()) {
            found.put((UUID) r[0], new WorklistCandidate((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], localDate(r[6]), r[7] == null ? null : ((Number) r[7]).intValue(), ((Number) r[8]).intValue(),
                    (Boolean) r[9], localDate(r[10])));
        }
        return found;
    }

    /** How many cooperatives of the scope are INACTIVE as of the date. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long inactiveCount(LocalDate asOf, RegisterScope scope) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        return count("select count(*) from cooperative c where " + PlanningSql.inactive("c", asOf) + scope(scope, parameters), parameters);
    }

    /**
     * The scope's cooperatives ACTIVE as of {@code today} and INACTIVE as of {@code switchOn} by today's facts,
     * by number then id ({@link PlanningSql#byNumber}), each with its number, so that later writes can
     * be taken in ({@link CooperativeRanking#reranked}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CooperativeRanking atRiskRanked(LocalDate today, LocalDate switchOn, RegisterScope scope) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String inactiveThen = PlanningSql.inactive("c", switchOn) + scope(scope, parameters);
        Query query = entityManager.createNativeQuery("select a.id, a.cooperative_number from (select c.id, c.cooperative_number from cooperative c where "
                + PlanningSql.activeAsNew("c", today) + " and " + inactiveThen + " union all select c.id, c.cooperative_number from cooperative c where "
                + PlanningSql.activeByReport("c", today) + " and " + inactiveThen + ") a order by " + PlanningSql.byNumber("a"));
        parameters.forEach(query::setParameter);
        return ranking(query, ActivationPlanningQueries::atRiskPlace);
    }

    /** Of the cooperatives given, those {@link #atRiskRanked} ranks in the scope, with their numbers; in no order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CooperativeRanking.Place> atRiskPlaces(LocalDate today, LocalDate switchOn, RegisterScope scope, Collection<UUID> among) {
        return places(among, parameters -> "select c.id, c.cooperative_number from cooperative c where c.id in (:ids) and (("
                + PlanningSql.activeAsNew("c", today) + ") or (" + PlanningSql.activeByReport("c", today) + ")) and "
                + PlanningSql.inactive("c", switchOn) + scope(scope, parameters), ActivationPlanningQueries::atRiskPlace);
    }

    private static CooperativeRanking.Place atRiskPlace(Object[] row) {
        return CooperativeRanking.Place.byNumber((UUID) row[0], (String) row[1]);
    }

    /**
     * The cooperatives as the early warning shows them as of {@code today}, in the order of the
     * ids given (at most {@value #DETAILS_AT_ONCE}); an id of no cooperative is left out.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<AtRiskCooperative> atRisk(LocalDate today, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Query query = entityManager.createNativeQuery("""
                select c.id, c.cooperative_number, c.name, c.kecamatan_code, c.jenis, c.kelompok, c.founded_on,
                       %s as latest_year, %s as reactivating, c.version
                from cooperative c where c.id in (:ids)""".formatted(PlanningSql.latestReportYear("c", today),
                PlanningSql.underReactivation("c", today)));
        Map<UUID, AtRiskCooperative> found = new HashMap<>();
        for (Object[] r : (List<Object[]>) query.setParameter("ids", checked(ids)).getResultList()) {
            found.put((UUID) r[0], new AtRiskCooperative((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], localDate(r[6]), r[7] == null ? null : ((Number) r[7]).intValue(), (Boolean) r[8],
                    ((Number) r[9]).longValue()));
        }
        return inOrder(ids, found);
    }

    private RankedCooperatives ids(String sql, Map<String, Object> parameters) {
        Query query = entityManager.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return RankedIds.read(query);
    }

    private static List<UUID> checked(List<UUID> ids) {
        if (ids.size() > DETAILS_AT_ONCE) {
            throw new IllegalArgumentException("at most " + DETAILS_AT_ONCE + " cooperatives at once, not " + ids.size());
        }
        return ids;
    }

    private static List<AtRiskCooperative> inOrder(List<UUID> ids, Map<UUID, AtRiskCooperative> found) {
        List<AtRiskCooperative> ordered = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            AtRiskCooperative row = found.get(id);
            if (row != null) {
                ordered.add(row);
            }
        }
        return ordered;
    }

    private long count(String sql, Map<String, Object> parameters) {
        Query query = entityManager.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String scope(RegisterScope scope, Map<String, Object> parameters) {
        return scope("c", scope, parameters);
    }

    /**
     * The conditions of a scope on a relation with the register's columns {@code kecamatan_code},
     * {@code jenis} and {@code kelompok} (the register, a tally), each after " and ", its parameters added.
     */
    static String scope(String relation, RegisterScope scope, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        if (scope.kecamatanCode() != null) {
            where.append(" and ").append(relation).append(".kecamatan_code = :kecamatan");
            parameters.put("kecamatan", scope.kecamatanCode());
        }
        if (scope.jenis() != null) {
            where.append(" and ").append(relation).append(".jenis = :jenis");
            parameters.put("jenis", scope.jenis().name());
        }
        if (scope.kelompok() != null) {
            where.append(" and ").append(relation).append(".kelompok = :kelompok");
            parameters.put("kelompok", scope.kelompok().name());
        }
        return where.toString();
    }

    private static LocalDate localDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        return value == null ? null : ((Date) value).toLocalDate();
    }
}
