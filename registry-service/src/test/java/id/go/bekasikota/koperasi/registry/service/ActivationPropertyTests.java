package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import id.go.bekasikota.koperasi.contracts.registry.Standing;
import id.go.bekasikota.koperasi.contracts.registry.StandingRules;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.registry.domain.ActivationDashboard;
import id.go.bekasikota.koperasi.registry.domain.ActivationDashboard.Figures;
import id.go.bekasikota.koperasi.registry.domain.Kelompok;
import id.go.bekasikota.koperasi.registry.repository.ActivationTallies;
import id.go.bekasikota.koperasi.registry.repository.CooperativeSearch;
import id.go.bekasikota.koperasi.registry.repository.CooperativeSearchQuery;
import id.go.bekasikota.koperasi.registry.repository.StandingSql;
import id.go.bekasikota.koperasi.registry.support.ActivationOracle;
import id.go.bekasikota.koperasi.testsupport.CooperativeNumbers;
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

import java.sql.Date;
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

    /** One cooperative as the Java rules see it. */
    private record Coop(UUID id, String kecamatan, String jenis, String kelompok, LocalDate founded, LocalDate dissolved,
                        List<AnnualReportSummary> reports, List<LocalDate[]> cases) {
    }

    @Test
    void sqlAndJavaAgreeOnEveryCooperativeAndEveryFigure() {
        generate(new Random(SEED), 400);
        // Rows written around the service: the kept figures are built again, as after a bulk load.
        tallies.keep(today.date(), true);
        List<Coop> register = load();
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
                    java.put(c.id(), new String[]{s.status().name(), s.grade().name(), String.valueOf(reactivating(c, asOf))});
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
        // Loading 100,000 rows on a shared 2-core machine may take longer than the default 60 s of a transaction.
        transaction.setTransactionTimeout(600);
        transaction.begin();
        try {
            entityManager.createNativeQuery("""
                    insert into cooperative (id, version, cooperative_number, name, jenis, bentuk, kelompok, kecamatan_code,
                                             founded_on, dissolved_on, last_status, last_grade, last_evaluated_on, created_at, updated_at)
                    select gen_random_uuid(), 0, '9' || lpad(i::text, 12, '0'), 'Koperasi Skala ' || i,
                           (array['SIMPAN_PINJAM','KONSUMEN','PRODUSEN','PEMASARAN','JASA'])[1 + i % 5], 'PRIMER',
                           (array['CIVIL_SERVANTS','COMPANY_EMPLOYEES','COMMUNITY','KUD','OTHER'])[1 + (i / 5) % 5],
                           '3275' || lpad((1 + i % 12)::text, 2, '0'),
                           date '1990-01-01' + (i % 12000), case when i % 17 = 0 then date '2020-01-01' + (i % 2000) end,
                           'INACTIVE', 'D', current_date, now(), now()
                    from generate_series(1, 100000) as i""").executeUpdate();
            entityManager.createNativeQuery("""
                    insert into annual_report (id, cooperative_id, financial_year, revision, current, meeting_date, members_male,
                                               members_female, employees, own_capital, external_capital, assets, turnover, surplus,
                                               filed_at, filed_by)
                    select gen_random_uuid(), c.id, y, 1, true, make_date(y + 1, 1 + (abs(hashtext(c.name)) + y) % 9, 15), 10, 10, 1,
                           1000000, 0, 500000000000, 1000000, 1000, now(), 'generator'
                    from cooperative c cross join generate_series(2021, 2025) as y
                    where c.name like 'Koperasi Skala %' and (abs(hashtext(c.name)) + y) % 5 < 3""").executeUpdate();
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

    /** The figures counted here cooperative by cooperative, ratio and gap by the test's own arithmetic ({@link ActivationOracle}). */
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
                if (reactivating(c, asOf)) {
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

    private static boolean reactivating(Coop c, LocalDate asOf) {
        return c.cases().stream().anyMatch(k -> !k[0].isAfter(asOf) && (k[1] == null || k[1].isAfter(asOf)));
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

    /** Everything in the register (other tests' cooperatives too), read back as the rules need it. */
    @SuppressWarnings("unchecked")
    private List<Coop> load() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<UUID, List<AnnualReportSummary>> reports = new HashMap<>();
            for (Object[] r : (List<Object[]>) entityManager.createNativeQuery(
                    "select cooperative_id, financial_year, meeting_date from annual_report where current").getResultList()) {
                reports.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new AnnualReportSummary(((Number) r[1]).intValue(),
                        date(r[2]), 1, 1, 0, 0, 0, 0, 0, 0));
            }
            Map<UUID, List<LocalDate[]>> cases = new HashMap<>();
            for (Object[] r : (List<Object[]>) entityManager.createNativeQuery(
                    "select cooperative_id, opened_on, closed_on from reactivation_case").getResultList()) {
                cases.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new LocalDate[]{date(r[1]), date(r[2])});
            }
            List<Coop> register = new ArrayList<>();
            for (Object[] r : (List<Object[]>) entityManager.createNativeQuery(
                    "select id, kecamatan_code, jenis, kelompok, founded_on, dissolved_on from cooperative").getResultList()) {
                UUID id = (UUID) r[0];
                register.add(new Coop(id, (String) r[1], (String) r[2], (String) r[3], date(r[4]), date(r[5]),
                        reports.getOrDefault(id, List.of()), cases.getOrDefault(id, List.of())));
            }
            return register;
        });
    }

    /** Random cooperatives around the boundaries: founded 2012-2027, some dissolved, reports late, early, corrected. */
    private void generate(Random random, int count) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                LocalDate founded = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(365 * 15));
                if (random.nextInt(10) == 0) {
                    // On the boundaries: 1 January, 31 December, 1 July.
                    int year = 2013 + random.nextInt(14);
                    founded = switch (random.nextInt(3)) {
                        case 0 -> LocalDate.of(year, 1, 1);
                        case 1 -> LocalDate.of(year, 12, 31);
                        default -> LocalDate.of(year, 7, 1);
                    };
                }
                LocalDate dissolved = random.nextInt(8) == 0 ? founded.plusDays(200 + random.nextInt(3000)) : null;
                entityManager.createNativeQuery("""
                                insert into cooperative (id, version, cooperative_number, name, jenis, bentuk, kelompok, kecamatan_code,
                                                         founded_on, dissolved_on, last_status, last_grade, last_evaluated_on, created_at, updated_at)
                                values (:id, 0, :number, :name, :jenis, 'PRIMER', :kelompok, :kecamatan, :founded, :dissolved,
                                        'INACTIVE', 'D', current_date, now(), now())""")
                        .setParameter("id", id)
                        .setParameter("number", CooperativeNumbers.unique())
                        .setParameter("name", "Koperasi Uji Properti " + i)
                        .setParameter("jenis", Jenis.values()[random.nextInt(Jenis.values().length)].name())
                        .setParameter("kelompok", Kelompok.values()[random.nextInt(Kelompok.values().length)].name())
                        .setParameter("kecamatan", KECAMATAN[random.nextInt(KECAMATAN.length)])
                        .setParameter("founded", founded)
                        .setParameter("dissolved", dissolved)
                        .executeUpdate();
                for (int year = founded.getYear(); year <= 2026; year++) {
                    if (random.nextInt(3) == 0) {
                        continue;
                    }
                    int revisions = random.nextInt(6) == 0 ? 2 : 1;
                    for (int revision = 1; revision <= revisions; revision++) {
                        // Meetings mostly January-June of the next year, some late, a few on the boundary days.
                        LocalDate meeting = switch (random.nextInt(6)) {
                            case 0 -> LocalDate.of(year + 1, 6, 30);
                            case 1 -> LocalDate.of(year + 1, 7, 1);
                            case 2 -> LocalDate.of(year + 2, 1, 1).plusDays(random.nextInt(400));
                            default -> LocalDate.of(year + 1, 1, 1).plusDays(random.nextInt(181));
                        };
                        insertReport(id, year, revision, revision == revisions, meeting);
                    }
                }
                if (random.nextInt(5) == 0) {
                    LocalDate opened = founded.plusDays(random.nextInt(3000));
                    LocalDate closed = random.nextBoolean() ? opened.plusDays(random.nextInt(700)) : null;
                    entityManager.createNativeQuery("""
                                    insert into reactivation_case (id, version, cooperative_id, status, opened_on, opened_by, reason,
                                                                   closed_on, outcome, created_at, updated_at)
                                    values (:id, 0, :cooperative, :status, :opened, 'generator', 'generated', :closed, :outcome, now(), now())""")
                            .setParameter("id", UUID.randomUUID())
                            .setParameter("cooperative", id)
                            .setParameter("status", closed == null ? "OPEN" : "CLOSED")
                            .setParameter("opened", opened)
                            .setParameter("closed", closed)
                            .setParameter("outcome", closed == null ? null : "REACTIVATED")
                            .executeUpdate();
                }
            }
        });
    }

    private void insertReport(UUID cooperative, int year, int revision, boolean current, LocalDate meeting) {
        entityManager.createNativeQuery("""
                        insert into annual_report (id, cooperative_id, financial_year, revision, current, meeting_date, members_male,
                                                   members_female, employees, own_capital, external_capital, assets, turnover, surplus,
                                                   filed_at, filed_by)
                        values (:id, :cooperative, :year, :revision, :current, :meeting, 10, 12, 1, 1000, 0, 5000, 1000, 10, now(), 'generator')""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("cooperative", cooperative)
                .setParameter("year", year)
                .setParameter("revision", revision)
                .setParameter("current", current)
                .setParameter("meeting", meeting)
                .executeUpdate();
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
