package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import id.go.bekasikota.koperasi.contracts.registry.Standing;
import id.go.bekasikota.koperasi.contracts.registry.StandingRules;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.registry.domain.AtRiskCooperative;
import id.go.bekasikota.koperasi.registry.domain.Kelompok;
import id.go.bekasikota.koperasi.registry.domain.RegisterScope;
import id.go.bekasikota.koperasi.registry.domain.Worklist;
import id.go.bekasikota.koperasi.registry.domain.WorklistCandidate;
import id.go.bekasikota.koperasi.registry.repository.ActivationPlanningQueries;
import id.go.bekasikota.koperasi.registry.support.GeneratedRegister;
import id.go.bekasikota.koperasi.registry.support.GeneratedRegister.Coop;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL of the worklist and the early warning ({@code PlanningSql}) gives exactly what
 * {@link StandingRules} gives in Java over a generated register (random founding and dissolution
 * dates, late and corrected reports, reactivation cases with visits), on dates around every
 * boundary. At 100,000 cooperatives: {@link RegisterAtScaleTests}.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class PlanningPropertyTests {

    private static final long SEED = 20270701L;

    @Inject
    WorklistService worklists;
    @Inject
    ActivationPlanningQueries queries;
    @Inject
    EntityManager entityManager;
    @Inject
    Today today;

    @Test
    void theWorklistAndTheAtRiskListAreTheRulesOnEveryCooperative() {
        GeneratedRegister.generate(entityManager, new Random(SEED), 300, today.date());
        Map<UUID, List<LocalDate>> visits = visitSomeCases(new Random(SEED + 1));
        List<Coop> register = GeneratedRegister.load(entityManager);
        List<LocalDate> dates = new ArrayList<>();
        for (int year = 2016; year <= 2028; year += 3) {
            dates.add(LocalDate.of(year, 6, 30));
            dates.add(LocalDate.of(year, 7, 1));
            dates.add(LocalDate.of(year, 12, 31));
        }
        Random random = new Random(SEED + 2);
        for (int i = 0; i < 6; i++) {
            dates.add(LocalDate.of(2015, 1, 1).plusDays(random.nextInt(365 * 13)));
        }
        for (LocalDate asOf : dates) {
            Worklist worklist = worklists.worklist(asOf, RegisterScope.WHOLE);
            Map<UUID, Coop> inactive = new HashMap<>();
            Map<UUID, Standing> standings = new HashMap<>();
            long registered = 0;
            for (Coop c : register) {
                if (!c.founded().isAfter(asOf)) {
                    Standing s = StandingRules.evaluate(c.founded(), c.dissolved(), c.reports(), asOf);
                    registered += s.status() == ActivityStatus.DISSOLVED ? 0 : 1;
                    if (s.status() == ActivityStatus.INACTIVE) {
                        inactive.put(c.id(), c);
                        standings.put(c.id(), s);
                    }
                }
            }
            // Lists of thousands (the module's register by then) compared as lists and sets: AssertJ's containsExactly
            // and containsExactlyInAnyOrder compare every element with every other, which took most of this test's time.
            assertThat(worklist.registered()).as("registered as of %s", asOf).isEqualTo(registered);
            assertThat(worklist.ranked().all()).as("inactive as of %s", asOf).hasSize(inactive.size());
            assertThat(Set.copyOf(worklist.ranked().all())).as("inactive as of %s", asOf).isEqualTo(inactive.keySet());
            List<WorklistService.Ranked> steps = allSteps(worklist);
            assertThat(steps.stream().map(WorklistService.Ranked::rank).toList()).as("every rank served")
                    .isEqualTo(IntStream.rangeClosed(1, worklist.size()).boxed().toList());
            List<WorklistCandidate> byTheRules = new ArrayList<>();
            for (WorklistService.Ranked step : steps) {
                WorklistCandidate candidate = step.candidate();
                Coop c = inactive.get(candidate.id());
                Integer latestYear = c.reports().stream().filter(r -> !r.meetingDate().isAfter(asOf))
                        .map(AnnualReportSummary::financialYear).max(Comparator.naturalOrder()).orElse(null);
                assertThat(candidate.latestReportYear()).as("latest report of %s as of %s", c.id(), asOf).isEqualTo(latestYear);
                assertThat(candidate.underReactivation()).isEqualTo(c.reactivating(asOf));
                LocalDate lastContact = lastContact(c, visits, asOf);
                assertThat(candidate.lastContactOn()).as("last contact of %s as of %s", c.id(), asOf).isEqualTo(lastContact);
                assertThat(worklist.grade(candidate)).isEqualTo(standings.get(c.id()).grade());
                byTheRules.add(new WorklistCandidate(c.id(), candidate.cooperativeNumber(), candidate.name(), c.kecamatan(), c.jenis(),
                        c.kelompok(), c.founded(), latestYear, 0, c.reactivating(asOf), lastContact));
            }
            // The database ranks as the Java comparator does, on facts the test worked out itself.
            byTheRules.sort(Worklist.ORDER);
            assertThat(worklist.ranked().all()).as("ranked as of %s", asOf)
                    .isEqualTo(byTheRules.stream().map(WorklistCandidate::id).toList());
        }

        List<LocalDate[]> switches = List.of(
                new LocalDate[]{LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1)},
                new LocalDate[]{LocalDate.of(2025, 11, 30), LocalDate.of(2026, 7, 1)},
                new LocalDate[]{LocalDate.of(2027, 6, 30), LocalDate.of(2027, 7, 1)},
                new LocalDate[]{LocalDate.of(2020, 2, 29), LocalDate.of(2023, 7, 1)});
        for (LocalDate[] pair : switches) {
            LocalDate today = pair[0];
            LocalDate switchOn = pair[1];
            List<UUID> atRisk = QuarkusTransaction.requiringNew().call(() -> queries.atRiskRanked(today, switchOn, RegisterScope.WHOLE)).cooperatives().all();
            Set<UUID> expected = register.stream().filter(c -> status(c, today) == ActivityStatus.ACTIVE
                    && status(c, switchOn) == ActivityStatus.INACTIVE).map(Coop::id).collect(Collectors.toSet());
            assertThat(atRisk).as("at risk on %s for %s", today, switchOn).hasSize(expected.size());
            assertThat(Set.copyOf(atRisk)).as("at risk on %s for %s", today, switchOn).isEqualTo(expected);
            List<AtRiskCooperative> rows = new ArrayList<>();
            for (int from = 0; from < atRisk.size(); from += ActivationPlanningQueries.DETAILS_AT_ONCE) {
                List<UUID> chunk = atRisk.subList(from, Math.min(atRisk.size(), from + ActivationPlanningQueries.DETAILS_AT_ONCE));
                rows.addAll(QuarkusTransaction.requiringNew().call(() -> queries.atRisk(today, chunk)));
            }
            assertThat(rows.stream().map(AtRiskCooperative::id).toList()).as("the rows in the list's order").isEqualTo(atRisk);
            // By number, none last, then id: numbers of digits compare as text, uuids as their hex text (PostgreSQL's byte order).
            assertThat(atRisk).as("by number then id").isEqualTo(rows.stream()
                    .sorted(Comparator.comparing(AtRiskCooperative::cooperativeNumber, Comparator.nullsLast(Comparator.<String>naturalOrder()))
                            .thenComparing(row -> row.id().toString()))
                    .map(AtRiskCooperative::id).toList());
            long inactiveOnSwitch = register.stream().filter(c -> status(c, switchOn) == ActivityStatus.INACTIVE).count();
            assertThat(QuarkusTransaction.requiringNew().call(() -> queries.inactiveCount(switchOn, RegisterScope.WHOLE))).isEqualTo(inactiveOnSwitch);
            // A scope's list is the whole list's cooperatives of that scope, in the same order; its count of the inactive likewise.
            for (RegisterScope scope : List.of(new RegisterScope("327507", null, null), new RegisterScope(null, Jenis.SIMPAN_PINJAM, null),
                    new RegisterScope("327501", Jenis.KONSUMEN, Kelompok.COMMUNITY))) {
                Set<UUID> inScope = register.stream().filter(c -> (scope.kecamatanCode() == null || scope.kecamatanCode().equals(c.kecamatan()))
                        && (scope.jenis() == null || scope.jenis().name().equals(c.jenis()))
                        && (scope.kelompok() == null || scope.kelompok().name().equals(c.kelompok()))).map(Coop::id).collect(Collectors.toSet());
                assertThat(inScope).as("the generated register has cooperatives in %s", scope).isNotEmpty();
                assertThat(QuarkusTransaction.requiringNew().call(() -> queries.atRiskRanked(today, switchOn, scope)).cooperatives().all())
                        .as("at risk in %s on %s for %s", scope, today, switchOn)
                        .isEqualTo(atRisk.stream().filter(inScope::contains).toList());
                assertThat(QuarkusTransaction.requiringNew().call(() -> queries.inactiveCount(switchOn, scope))).as("inactive in %s", scope)
                        .isEqualTo(register.stream().filter(c -> inScope.contains(c.id()) && status(c, switchOn) == ActivityStatus.INACTIVE).count());
            }
        }
    }

    /** Every step of the worklist, read as the export reads them, a chunk at a time. */
    private List<WorklistService.Ranked> allSteps(Worklist worklist) {
        List<WorklistService.Ranked> steps = new ArrayList<>();
        for (int from = 1; from <= worklist.size(); from += ActivationPlanningQueries.DETAILS_AT_ONCE) {
            steps.addAll(worklists.steps(worklist, from, from + ActivationPlanningQueries.DETAILS_AT_ONCE - 1));
        }
        return steps;
    }

    private ActivityStatus status(Coop c, LocalDate asOf) {
        return c.founded().isAfter(asOf) ? null : StandingRules.evaluate(c.founded(), c.dissolved(), c.reports(), asOf).status();
    }

    /** The latest case opened or visit recorded by the date (cases with their visits, as the test wrote them). */
    private static LocalDate lastContact(Coop c, Map<UUID, List<LocalDate>> visitsByCooperative, LocalDate asOf) {
        List<LocalDate> contacts = new ArrayList<>();
        c.cases().stream().filter(k -> !k[0].isAfter(asOf)).forEach(k -> contacts.add(k[0]));
        visitsByCooperative.getOrDefault(c.id(), List.of()).stream().filter(v -> !v.isAfter(asOf)).forEach(contacts::add);
        return contacts.stream().max(Comparator.naturalOrder()).orElse(null);
    }

    /**
     * Visits on about half of the register's cases (one case per cooperative here), on random days after the
     * case was opened; returns each cooperative's visit dates.
     */
    @SuppressWarnings("unchecked")
    private Map<UUID, List<LocalDate>> visitSomeCases(Random random) {
        QuarkusTransaction.requiringNew().run(() -> {
            List<Object[]> cases = entityManager.createNativeQuery(
                    "select id, opened_on from reactivation_case rc where not exists (select 1 from reactivation_visit v where v.case_id = rc.id)"
                            + " and opened_by = 'generator' order by id").getResultList();
            for (Object[] c : cases) {
                int visits = random.nextInt(3);
                for (int ordinal = 0; ordinal < visits; ordinal++) {
                    entityManager.createNativeQuery("""
                                    insert into reactivation_visit (case_id, ordinal, visited_on, notes, recorded_by, recorded_at)
                                    values (:case, :ordinal, :visited, 'generated', 'generator', now())""")
                            .setParameter("case", c[0]).setParameter("ordinal", ordinal)
                            .setParameter("visited", date(c[1]).plusDays(random.nextInt(900)))
                            .executeUpdate();
                }
            }
        });
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<UUID, List<LocalDate>> visits = new HashMap<>();
            for (Object[] r : (List<Object[]>) entityManager.createNativeQuery("""
                    select rc.cooperative_id, v.visited_on from reactivation_visit v join reactivation_case rc on rc.id = v.case_id""")
                    .getResultList()) {
                visits.computeIfAbsent((UUID) r[0], id -> new ArrayList<>()).add(date(r[1]));
            }
            return visits;
        });
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
