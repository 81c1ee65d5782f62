package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import id.go.bekasikota.koperasi.contracts.registry.Standing;
import id.go.bekasikota.koperasi.contracts.registry.StandingRules;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.registry.domain.ActivationDashboard;
import id.go.bekasikota.koperasi.registry.domain.ActivationDashboard.Figures;
import id.go.bekasikota.koperasi.registry.repository.ActivationTallies;
import id.go.bekasikota.koperasi.registry.repository.CooperativeSearch;
import id.go.bekasikota.koperasi.registry.repository.CooperativeSearchQuery;
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
import jakarta.transaction.UserTransaction;
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
 * And at 100,000 cooperatives with 300,000 reports the dashboard and a status search agree (their times are printed; the benchmark in bench/ measures them).
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
    UserTransaction transaction;
    @Inject
    CooperativeSearch search;
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

    @Test
    void theDashboardAndTheSearchesAgreeAtOneHundredThousandCooperatives() throws Exception {
        // Everything happens in one transaction that is rolled back: the other tests never see these rows.
        // Loading them takes a while on a busy machine: more than the default minute of a transaction.
        transaction.setTransactionTimeout(1_800);
        transaction.begin();
        try {
            GeneratedRegister.insertAtScale(entityManager, 100_000);
            long reports = ((Number) entityManager.createNativeQuery(
                    "select count(*) from annual_report r join cooperative c on c.id = r.cooperative_id where c.name like 'Koperasi Skala %'")
                    .getSingleResult()).longValue();
            // Rows written around the rules: the published standings no longer all hold for one date,
            // and the kept activation figures are no longer theirs.
            entityManager.createNativeQuery("update standing_evaluation set evaluated_on = null").executeUpdate();
            entityManager.createNativeQuery("delete from activation_tally_date").executeUpdate();
            entityManager.createNativeQuery("analyze cooperative").executeUpdate();
            entityManager.createNativeQuery("analyze annual_report").executeUpdate();

            long start = System.nanoTime();
            ActivationDashboard dashboard = activation.dashboard(LocalDate.of(2026, 7, 1), 2022);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long startCandidates = System.nanoTime();
            activation.dissolutionCandidates(LocalDate.of(2026, 7, 1), new PageRequest(50, 20));
            long candidateMillis = (System.nanoTime() - startCandidates) / 1_000_000;
            long startSearch = System.nanoTime();
            var inactive = search.search(new CooperativeSearchQuery(null, null, "327501", null, null, null, ActivityStatus.INACTIVE,
                    null, null, null, CooperativeSearchQuery.Sort.ASSETS, true), LocalDate.of(2026, 7, 1), new PageRequest(3, 20));
            long searchMillis = (System.nanoTime() - startSearch) / 1_000_000;
            long startName = System.nanoTime();
            var named = search.search(new CooperativeSearchQuery("skala 4242", null, null, null, null, null, null, null, null, null,
                    CooperativeSearchQuery.Sort.NAME, false), LocalDate.of(2026, 7, 1), new PageRequest(1, 20));
            long nameMillis = (System.nanoTime() - startName) / 1_000_000;
            System.out.printf("Search by kecamatan and status as of a date, sorted by assets: %d ms (%d found); by part of the name: %d ms (%d found)%n",
                    searchMillis, inactive.page().totalItems(), nameMillis, named.page().totalItems());
            assertThat(named.page().totalItems()).isGreaterThanOrEqualTo(1);
            assertThat(inactive.page().totalItems()).isEqualTo(dashboard.byKecamatan().stream()
                    .filter(k -> k.key().equals("327501")).findFirst().orElseThrow().figures().inactive());
            System.out.printf("Activation dashboard over %d cooperatives and %d generated reports (5 trend points, 3 breakdowns): %d ms; "
                    + "a page of dissolution candidates: %d ms%n", dashboard.total().registered() + dashboard.total().dissolved(),
                    reports, millis, candidateMillis);
            assertThat(dashboard.total().registered() + dashboard.total().dissolved()).isGreaterThanOrEqualTo(100_000);
            assertThat(reports).isGreaterThanOrEqualTo(250_000);
        } finally {
            transaction.rollback();
            transaction.setTransactionTimeout(0);
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
