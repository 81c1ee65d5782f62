package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.registry.domain.ActivationDashboard;
import id.go.bekasikota.koperasi.registry.domain.RankedCooperatives;
import id.go.bekasikota.koperasi.registry.domain.RegisterScope;
import id.go.bekasikota.koperasi.registry.domain.ScenarioAction;
import id.go.bekasikota.koperasi.registry.domain.Worklist;
import id.go.bekasikota.koperasi.registry.domain.WorklistCandidate;
import id.go.bekasikota.koperasi.registry.repository.ActivationPlanningQueries;
import id.go.bekasikota.koperasi.registry.repository.CooperativeSearch;
import id.go.bekasikota.koperasi.registry.repository.CooperativeSearchQuery;
import id.go.bekasikota.koperasi.registry.rest.report.OfficeReports;
import id.go.bekasikota.koperasi.registry.rest.report.ReportFormat;
import id.go.bekasikota.koperasi.registry.support.GeneratedRegister;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.core.StreamingOutput;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A register of 100,000 cooperatives with about 300,000 reports, loaded once in a transaction rolled back at the
 * end, so that the other tests never see it: the worklist, the at-risk list, a 1,000-action scenario and the XLSX
 * of the whole worklist, then the activation dashboard and the searches by status and by name, each run and checked
 * at that size (the search by kecamatan and status finds what the dashboard counts). Their times are printed; the
 * benchmark in bench/ measures them through HTTP.
 *
 * <p>One load for both (until 2026-12-04 {@link PlanningPropertyTests} and {@link ActivationPropertyTests} each loaded
 * the 100,000, 12-15 s of PostgreSQL each), and a vacuum after the rollback: the rolled-back rows stay in the tables and
 * their indexes until one, and a report the property tests filed after them took about 8 ms, most of it in the
 * economic tally's trigger reading through them, instead of about half a millisecond.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class RegisterAtScaleTests {

    @Inject
    WorklistService worklists;
    @Inject
    ActivationPlanningQueries queries;
    @Inject
    ScenarioService scenarios;
    @Inject
    ActivationService activation;
    @Inject
    CooperativeSearch search;
    @Inject
    EntityManager entityManager;
    @Inject
    UserTransaction transaction;
    @Inject
    DataSource dataSource;

    @Test
    void atOneHundredThousandCooperativesThePlanningListsTheDashboardAndTheSearchesHold() throws Exception {
        // Loading the register takes a while on a busy machine: more than the default minute of a transaction.
        transaction.setTransactionTimeout(1_800);
        transaction.begin();
        try {
            GeneratedRegister.insertAtScale(entityManager, 100_000);
            entityManager.createNativeQuery("analyze cooperative").executeUpdate();
            entityManager.createNativeQuery("analyze annual_report").executeUpdate();
            worklistAtRiskListScenarioAndWorkbook();
            dashboardAndSearches();
        } finally {
            transaction.rollback();
            transaction.setTransactionTimeout(0);
            GeneratedRegister.vacuum(dataSource);
        }
    }

    private void worklistAtRiskListScenarioAndWorkbook() throws Exception {
        LocalDate asOf = LocalDate.of(2026, 11, 30);

        long started = System.nanoTime();
        Worklist worklist = worklists.worklist(asOf, RegisterScope.WHOLE);
        long worklistMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        Worklist kecamatan = worklists.worklist(asOf, new RegisterScope("327501", null, null));
        long scopedMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        RankedCooperatives atRisk = queries.atRiskRanked(asOf, LocalDate.of(2027, 7, 1), RegisterScope.WHOLE).cooperatives();
        long inactiveOnSwitch = queries.inactiveCount(LocalDate.of(2027, 7, 1), RegisterScope.WHOLE);
        long atRiskMillis = (System.nanoTime() - started) / 1_000_000;

        // The generated ones only: other tests' cooperatives may be dissolved after asOf (written around the API).
        List<ScenarioAction> actions = new ArrayList<>();
        for (int from = 1; actions.size() < 1_000; from += 1_000) {
            for (WorklistService.Ranked step : worklists.steps(worklist, from, from + 999)) {
                WorklistCandidate candidate = step.candidate();
                if (candidate.name().startsWith("Koperasi Skala ") && actions.size() < 1_000) {
                    actions.add(actions.size() % 10 == 9 ? new ScenarioAction.Dissolve(candidate.id(), asOf)
                            : new ScenarioAction.FileReport(candidate.id(), worklist.step(candidate).financialYear(), asOf));
                }
            }
        }
        started = System.nanoTime();
        var outcome = scenarios.evaluate(asOf, actions);
        long scenarioMillis = (System.nanoTime() - started) / 1_000_000;

        started = System.nanoTime();
        var response = OfficeReports.worklist(worklist, RegisterScope.WHOLE, ReportFormat.XLSX,
                (fromRank, toRank) -> worklists.steps(worklist, fromRank, toRank));
        CountingStream bytes = new CountingStream();
        ((StreamingOutput) response.getEntity()).write(bytes);
        long xlsxMillis = (System.nanoTime() - started) / 1_000_000;

        System.out.printf("At %d registered: worklist of %d inactive %d ms (one kecamatan, %d: %d ms); at risk on 2027-07-01: %d "
                        + "(%d inactive then) %d ms; scenario of 1,000 actions (rules only, facts read) %d ms; XLSX of the whole worklist "
                        + "%d bytes %d ms%n", worklist.registered(), worklist.ranked().size(), worklistMillis, kecamatan.ranked().size(),
                scopedMillis, atRisk.size(), inactiveOnSwitch, atRiskMillis, scenarioMillis, bytes.count, xlsxMillis);
        assertThat(worklist.registered()).isGreaterThanOrEqualTo(90_000);
        assertThat(outcome.cooperativesAffected()).isEqualTo(1_000);
        // 900 reports make 900 inactive cooperatives active, 100 leave the register.
        long activeGain = outcome.changes().entrySet().stream().filter(e -> e.getKey().status() == ActivityStatus.ACTIVE)
                .mapToLong(Map.Entry::getValue).sum();
        assertThat(activeGain).isEqualTo(900);
        assertThat(bytes.count).isGreaterThan(100_000);
    }

    /** After the planning lists: it writes around the rules (published standings, kept figures). */
    private void dashboardAndSearches() {
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
    }

    /** Counts what the workbook writes, keeps nothing. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
