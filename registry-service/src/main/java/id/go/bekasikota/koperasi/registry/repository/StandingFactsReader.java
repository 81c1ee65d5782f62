package id.go.bekasikota.koperasi.registry.repository;

import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.registry.domain.StandingFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The {@link StandingFacts} of many cooperatives read at once (three statements, no entities):
 * what a scenario needs of the cooperatives its actions name. Only the current revision of each
 * report counts, as for every figure.
 */
@ApplicationScoped
public class StandingFactsReader {

    private final EntityManager entityManager;

    public StandingFactsReader(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The facts of each of the cooperatives that exists; unknown ids are left out. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Map<UUID, StandingFacts> read(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<UUID> wanted = ids.stream().distinct().toList();
        Map<UUID, List<AnnualReportSummary>> reports = new HashMap<>();
        for (Object[] r : (List<Object[]>) entityManager.createNativeQuery("""
                        select cooperative_id, financial_year, meeting_date from annual_report
                        where current and cooperative_id in (:ids)""")
                .setParameter("ids", wanted).getResultList()) {
            reports.computeIfAbsent((UUID) r[0], id -> new ArrayList<>())
                    .add(new AnnualReportSummary(((Number) r[1]).intValue(), localDate(r[2]), 0, 0, 0, 0, 0, 0, 0, 0));
        }
        Map<UUID, List<StandingFacts.CaseSpan>> cases = new HashMap<>();
        for (Object[] r : (List<Object[]>) entityManager.createNativeQuery(
                        "select cooperative_id, opened_on, closed_on from reactivation_case where cooperative_id in (:ids)")
                .setParameter("ids", wanted).getResultList()) {
            cases.computeIfAbsent((UUID) r[0], id -> new ArrayList<>()).add(new StandingFacts.CaseSpan(localDate(r[1]), localDate(r[2])));
        }
        Map<UUID, StandingFacts> facts = new HashMap<>();
        for (Object[] r : (List<Object[]>) entityManager.createNativeQuery("""
                        select id, kecamatan_code, jenis, kelompok, founded_on, dissolved_on from cooperative where id in (:ids)""")
                .setParameter("ids", wanted).getResultList()) {
            UUID id = (UUID) r[0];
            facts.put(id, new StandingFacts((String) r[1], (String) r[2], (String) r[3], localDate(r[4]), localDate(r[5]),
                    reports.getOrDefault(id, List.of()), cases.getOrDefault(id, List.of())));
        }
        return facts;
    }

    private static LocalDate localDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        return value == null ? null : ((Date) value).toLocalDate();
    }
}
