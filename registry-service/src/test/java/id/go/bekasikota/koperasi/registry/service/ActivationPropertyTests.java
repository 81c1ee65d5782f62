package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import id.go.bekasikota.koperasi.contracts.registry.Standing;
import id.go.bekasikota.koperasi.contracts.registry.StandingRules;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.registry.domain.ActivationDashboard;
import id.go.bekasikota.koperasi.registry.domain.ActivationDashboard.Figures;
import id.go.bekasikota.koperasi.registry.repository.ActivationTallies;
import id.go.bekasikota.koperasi.registry.repository.StandingSql;
import id.go.bekasikota.koperasi.registry.support.GeneratedRegister;
import id.go.bekasikota.koperasi.registry.support.GeneratedRegister.Coop;
import id.go.bekasikota.koperasi.registry.support.ActivationOracle;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL form of the standing rules (dashboard, candidates) gives exactly what {@link StandingRules}
 * gives in Java, over a register of generated cooperatives (random founding and dissolution dates,
 * reports with late meetings and corrections, reactivation cases) and dates around every boundary.
 * At 100,000 cooperatives: {@link RegisterAtScaleTests}.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class ActivationPropertyTests {

    private static final long SEED = 20260701L;
    private static final String[] KECAMATAN = {"327501", "327502", "327503", "327504", "327505", "327506", "327507",
            "327508", "327509", "327510", "327511", "327512"};

    @Inject
    ActivationService activation;
    @Inject
    EntityManager entityManager;
    @Inject
    ActivationTallies tallies;
    @Inject
    Today today;

    @Test
    void sqlAndJavaAgreeOnEveryCooperativeAndEveryFigure() {
        GeneratedRegister.generate(entityManager, new Random(SEED), 400, today.date());
        // Rows written around the service: the kept figures are built again, as after a bulk load.
        tallies.keep(today.date(), true);
        List<Coop> register = GeneratedRegister.load(entityManager);
        Random random = new Random(SEED + 1);
        List<LocalDate> dates = new ArrayList<>();
        for (int year = 2016; year <= 2028; year++) {
            dates.add(LocalDate.of(year, 6, 30));
            dates.add(LocalDate.of(year, 7, 1));
            dates.add(LocalDate.of(year, 12, 31));
            dates.add(LocalDate.of(year, 1, 1));
        }
        for (int i = 0; i < 20; i++) {
            dates.add(LocalDate.of(2015, 1, 1).plusDays(random.nextInt(365 * 13)));
        }
        for (LocalDate asOf : dates) {
            Map<UUID, String[]> sql = sqlStandings(asOf);
            Map<UUID, String[]> java = new HashMap<>();
            for (Coop c : register) {
                if (!c.founded().isAfter(asOf)) {
                    Standing s = StandingRules.evaluate(c.founded(), c.dissolved(), c.reports(), asOf);
                    java.put(c.id(), new String[]{s.status().name(), s.grade().name(), String.valueOf(c.reactivating(asOf))});
                }
            }
            assertThat(sql.keySet()).as("cooperatives registered as of %s", asOf).isEqualTo(java.keySet());
            java.forEach((id, expected) -> assertThat(sql.get(id)).as("cooperative %s as of %s", id, asOf).containsExactly(expected));

            ActivationDashboard dashboard = activation.dashboard(asOf, asOf.getYear() - 1);
            assertThat(dashboard.latestDueYear()).isEqualTo(StandingRules.latestDueYear(asOf));
            assertThat(dashboard.target()).isEqualByComparingTo("0.65");
            assertFigures(dashboard.total(), register, asOf, c -> true);
            for (ActivationDashboard.Group group : dashboard.byKecamatan()) {
                assertFigures(group.figures(), register, asOf, c -> c.kecamatan().equals(group.key()));
            }
            for (ActivationDashboard.Group group : dashboard.byJenis()) {
                assertFigures(group.figures(), register, asOf, c -> c.jenis().equals(group.key()));
            }
            for (ActivationDashboard.Group group : dashboard.byKelompok()) {
                assertFigures(group.figures(), register, asOf, c -> c.kelompok().equals(group.key()));
            }
            LocalDate lastYearEnd = LocalDate.of(asOf.getYear() - 1, 12, 31);
            assertThat(dashboard.trend()).hasSize(2);
            assertFigures(dashboard.trend().get(0).figures(), register, lastYearEnd, c -> true);
            assertThat(dashboard.trend().get(1).figures()).isEqualTo(dashboard.total());

            long candidates = activation.dissolutionCandidates(asOf, new PageRequest(1, 1)).page().totalItems();
            assertThat(candidates).as("dissolution candidates as of %s", asOf).isEqualTo(dashboard.total().dissolutionCandidates());
        }
    }

    private void assertFigures(Figures actual, List<Coop> register, LocalDate asOf, java.util.function.Predicate<Coop> in) {
        long registered = 0, active = 0, inactive = 0, fresh = 0, dissolved = 0, candidates = 0, reactivating = 0;
        Map<String, Long> grades = new LinkedHashMap<>();
        for (String grade : List.of("NEW", "A", "B", "C1", "C2", "D")) {
            grades.put(grade, 0L);
        }
        for (Coop c : register) {
            if (c.founded().isAfter(asOf) || !in.test(c)) {
                continue;
            }
            Standing s = StandingRules.evaluate(c.founded(), c.dissolved(), c.reports(), asOf);
            if (s.status() == ActivityStatus.DISSOLVED) {
                dissolved++;
                continue;
            }
            registered++;
            grades.merge(s.grade().name(), 1L, Long::sum);
            if (s.status() == ActivityStatus.ACTIVE) {
                active++;
            } else {
                inactive++;
                if (c.reactivating(asOf)) {
                    reactivating++;
                }
            }
            fresh += s.newCooperative() ? 1 : 0;
            candidates += s.dissolutionCandidate() ? 1 : 0;
        }
        Figures expected = new Figures(registered, active, inactive, fresh, dissolved, candidates, reactivating,
                ActivationOracle.ratio(active, registered), ActivationOracle.gap(active, registered), grades);
        assertThat(actual).as("figures as of %s", asOf).isEqualTo(expected);
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, String[]> sqlStandings(LocalDate asOf) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<UUID, String[]> result = new HashMap<>();
            List<Object[]> rows = entityManager.createNativeQuery(StandingSql.with(asOf)
                    + " select id, status, grade, under_reactivation from standing").getResultList();
            for (Object[] row : rows) {
                result.put((UUID) row[0], new String[]{(String) row[1], (String) row[2], String.valueOf(row[3])});
            }
            return result;
        });
    }
}
