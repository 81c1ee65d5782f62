package id.go.bekasikota.koperasi.registry.repository;

import id.go.bekasikota.koperasi.registry.domain.AtRiskCooperative;
import id.go.bekasikota.koperasi.registry.domain.RegisterScope;
import id.go.bekasikota.koperasi.registry.domain.WorklistCandidate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The questions of the worklist and the early warning about many cooperatives at once, answered
 * by the rules as SQL ({@link PlanningSql}).
 */
@ApplicationScoped
public class ActivationPlanningQueries {

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

    /** The scope's cooperatives INACTIVE as of the date, with what the worklist ranks them by, in no order. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<WorklistCandidate> inactive(LocalDate asOf, RegisterScope scope) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = PlanningSql.inactive("c", asOf) + scope(scope, parameters);
        Query query = entityManager.createNativeQuery("""
                select c.id, c.cooperative_number, c.name, c.kecamatan_code, c.jenis, c.kelompok, c.founded_on,
                       %s as latest_year, %s as window_years, %s as reactivating, %s as last_contact
                from cooperative c where %s""".formatted(PlanningSql.latestReportYear("c", asOf), PlanningSql.reportedWindowYears("c", asOf),
                PlanningSql.underReactivation("c", asOf), PlanningSql.lastContact("c", asOf), where));
        parameters.forEach(query::setParameter);
        List<WorklistCandidate> candidates = new ArrayList<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            candidates.add(new WorklistCandidate((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    localDate(r[6]), r[7] == null ? null : ((Number) r[7]).intValue(), ((Number) r[8]).intValue(), (Boolean) r[9],
                    localDate(r[10])));
        }
        return candidates;
    }

    /** How many cooperatives of the whole register are INACTIVE as of the date. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long inactiveCount(LocalDate asOf) {
        return count("select count(*) from cooperative c where " + PlanningSql.inactive("c", asOf), Map.of());
    }

    /** The cooperatives ACTIVE as of {@code today} and INACTIVE as of {@code switchOn} by today's facts, by number then id. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<AtRiskCooperative> atRisk(LocalDate today, LocalDate switchOn) {
        String columns = """
                select c.id, c.cooperative_number, c.name, c.kecamatan_code, c.jenis, c.kelompok, c.founded_on,
                       %s as latest_year, %s as reactivating, c.version
                from cooperative c where """.formatted(PlanningSql.latestReportYear("c", today), PlanningSql.underReactivation("c", today));
        String inactiveThen = PlanningSql.inactive("c", switchOn);
        List<Object[]> rows = entityManager.createNativeQuery(columns + PlanningSql.activeAsNew("c", today) + " and " + inactiveThen
                        + " union all " + columns + PlanningSql.activeByReport("c", today) + " and " + inactiveThen
                        + " order by 2 nulls last, 1")
                .getResultList();
        List<AtRiskCooperative> atRisk = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            atRisk.add(new AtRiskCooperative((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    localDate(r[6]), r[7] == null ? null : ((Number) r[7]).intValue(), (Boolean) r[8], ((Number) r[9]).longValue()));
        }
        return atRisk;
    }

    private long count(String sql, Map<String, Object> parameters) {
        Query query = entityManager.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String scope(RegisterScope scope, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        if (scope.kecamatanCode() != null) {
            where.append(" and c.kecamatan_code = :kecamatan");
            parameters.put("kecamatan", scope.kecamatanCode());
        }
        if (scope.jenis() != null) {
            where.append(" and c.jenis = :jenis");
            parameters.put("jenis", scope.jenis().name());
        }
        if (scope.kelompok() != null) {
            where.append(" and c.kelompok = :kelompok");
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
