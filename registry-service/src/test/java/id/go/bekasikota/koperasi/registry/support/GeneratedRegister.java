package id.go.bekasikota.koperasi.registry.support;

import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import id.go.bekasikota.koperasi.contracts.registry.Standing;
import id.go.bekasikota.koperasi.contracts.registry.StandingRules;
import id.go.bekasikota.koperasi.registry.domain.Kelompok;
import id.go.bekasikota.koperasi.testsupport.CooperativeNumbers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Registers written around the service for the property tests: random cooperatives around every
 * boundary of the rules, read back as the Java rules see them, and a register at national scale.
 */
public final class GeneratedRegister {

    private static final String[] KECAMATAN = {"327501", "327502", "327503", "327504", "327505", "327506", "327507",
            "327508", "327509", "327510", "327511", "327512"};
    /** The figures of every generated report: the rules under test read its year and meeting date only. */
    private static final int REPORT_MEMBERS_MALE = 10;
    private static final int REPORT_MEMBERS_FEMALE = 12;
    private static final int REPORT_EMPLOYEES = 1;
    private static final long REPORT_OWN_CAPITAL = 1000;
    private static final long REPORT_ASSETS = 5000;
    private static final long REPORT_TURNOVER = 1000;
    private static final long REPORT_SURPLUS = 10;

    private GeneratedRegister() {
    }

    /** One cooperative as the Java rules see it; each case is {opened, closed or null}. */
    public record Coop(UUID id, String kecamatan, String jenis, String kelompok, LocalDate founded, LocalDate dissolved,
                       List<AnnualReportSummary> reports, List<LocalDate[]> cases) {

        /** A reactivation case open on the date. */
        public boolean reactivating(LocalDate asOf) {
            return cases.stream().anyMatch(k -> !k[0].isAfter(asOf) && (k[1] == null || k[1].isAfter(asOf)));
        }
    }

    /** Everything in the register (other tests' cooperatives too), read back as the rules need it. */
    @SuppressWarnings("unchecked")
    public static List<Coop> load(EntityManager entityManager) {
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

    /**
     * Random cooperatives around the boundaries: founded 2012-2027, some dissolved, reports late, early, corrected.
     * Each row's published standing and latest report (what the daily evaluation and every write keep) are written
     * as {@link StandingRules} gives them on {@code today}, the service's date, as if the day had been evaluated:
     * the tests that read those columns see the same register whichever test generated rows before them.
     */
    public static void generate(EntityManager entityManager, Random random, int count, LocalDate today) {
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
                String jenis = Jenis.values()[random.nextInt(Jenis.values().length)].name();
                String kelompok = Kelompok.values()[random.nextInt(Kelompok.values().length)].name();
                String kecamatan = KECAMATAN[random.nextInt(KECAMATAN.length)];
                List<GeneratedReport> reports = new ArrayList<>();
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
                        reports.add(new GeneratedReport(year, revision, revision == revisions, meeting));
                    }
                }
                List<AnnualReportSummary> current = reports.stream().filter(GeneratedReport::current)
                        .map(r -> new AnnualReportSummary(r.year(), r.meeting(), REPORT_MEMBERS_MALE, REPORT_MEMBERS_FEMALE,
                                REPORT_EMPLOYEES, REPORT_OWN_CAPITAL, 0, REPORT_ASSETS, REPORT_TURNOVER, REPORT_SURPLUS))
                        .toList();
                Standing standing = StandingRules.evaluate(founded, dissolved, current, today);
                Integer latestYear = current.stream().map(AnnualReportSummary::financialYear).max(Integer::compare).orElse(null);
                entityManager.createNativeQuery("""
                                insert into cooperative (id, version, cooperative_number, name, jenis, bentuk, kelompok, kecamatan_code,
                                                         founded_on, dissolved_on, latest_report_year, latest_members, latest_assets,
                                                         last_status, last_grade, last_evaluated_on, created_at, updated_at)
                                values (:id, 0, :number, :name, :jenis, 'PRIMER', :kelompok, :kecamatan, :founded, :dissolved,
                                        :latestYear, :latestMembers, :latestAssets, :status, :grade, :today, now(), now())""")
                        .setParameter("id", id)
                        .setParameter("number", CooperativeNumbers.unique())
                        .setParameter("name", "Koperasi Uji Properti " + i)
                        .setParameter("jenis", jenis)
                        .setParameter("kelompok", kelompok)
                        .setParameter("kecamatan", kecamatan)
                        .setParameter("founded", founded)
                        .setParameter("dissolved", dissolved)
                        .setParameter("latestYear", latestYear)
                        .setParameter("latestMembers", latestYear == null ? null : REPORT_MEMBERS_MALE + REPORT_MEMBERS_FEMALE)
                        .setParameter("latestAssets", latestYear == null ? null : REPORT_ASSETS)
                        .setParameter("status", standing.status().name())
                        .setParameter("grade", standing.grade().name())
                        .setParameter("today", today)
                        .executeUpdate();
                for (GeneratedReport report : reports) {
                    insertReport(entityManager, id, report.year(), report.revision(), report.current(), report.meeting());
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

    /** A generated report before it is written. */
    private record GeneratedReport(int year, int revision, boolean current, LocalDate meeting) {
    }

    private static void insertReport(EntityManager entityManager, UUID cooperative, int year, int revision, boolean current, LocalDate meeting) {
        entityManager.createNativeQuery("""
                        insert into annual_report (id, cooperative_id, financial_year, revision, current, meeting_date, members_male,
                                                   members_female, employees, own_capital, external_capital, assets, turnover, surplus,
                                                   filed_at, filed_by)
                        values (:id, :cooperative, :year, :revision, :current, :meeting, :male, :female, :employees, :ownCapital, 0,
                                :assets, :turnover, :surplus, now(), 'generator')""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("male", REPORT_MEMBERS_MALE)
                .setParameter("female", REPORT_MEMBERS_FEMALE)
                .setParameter("employees", REPORT_EMPLOYEES)
                .setParameter("ownCapital", REPORT_OWN_CAPITAL)
                .setParameter("assets", REPORT_ASSETS)
                .setParameter("turnover", REPORT_TURNOVER)
                .setParameter("surplus", REPORT_SURPLUS)
                .setParameter("cooperative", cooperative)
                .setParameter("year", year)
                .setParameter("revision", revision)
                .setParameter("current", current)
                .setParameter("meeting", meeting)
                .executeUpdate();
    }

    /**
     * {@code count} cooperatives ("Koperasi Skala n") and their reports for 2021-2025 (3 of 5 years each), in the
     * caller's transaction; the published standings and kept figures are left as they were (written around the rules).
     */
    public static void insertAtScale(EntityManager entityManager, int count) {
        entityManager.createNativeQuery("""
                insert into cooperative (id, version, cooperative_number, name, jenis, bentuk, kelompok, kecamatan_code,
                                         founded_on, dissolved_on, last_status, last_grade, last_evaluated_on, created_at, updated_at)
                select gen_random_uuid(), 0, '9' || lpad(i::text, 12, '0'), 'Koperasi Skala ' || i,
                       (array['SIMPAN_PINJAM','KONSUMEN','PRODUSEN','PEMASARAN','JASA'])[1 + i % 5], 'PRIMER',
                       (array['CIVIL_SERVANTS','COMPANY_EMPLOYEES','COMMUNITY','KUD','OTHER'])[1 + (i / 5) % 5],
                       '3275' || lpad((1 + i % 12)::text, 2, '0'),
                       date '1990-01-01' + (i % 12000), case when i % 17 = 0 then date '2020-01-01' + (i % 2000) end,
                       'INACTIVE', 'D', current_date, now(), now()
                from generate_series(1, :count) as i""").setParameter("count", count).executeUpdate();
        entityManager.createNativeQuery("""
                insert into annual_report (id, cooperative_id, financial_year, revision, current, meeting_date, members_male,
                                           members_female, employees, own_capital, external_capital, assets, turnover, surplus,
                                           filed_at, filed_by)
                select gen_random_uuid(), c.id, y, 1, true, make_date(y + 1, 1 + (abs(hashtext(c.name)) + y) % 9, 15), 10, 10, 1,
                       1000000, 0, 500000000000, 1000000, 1000, now(), 'generator'
                from cooperative c cross join generate_series(2021, 2025) as y
                where c.name like 'Koperasi Skala %' and (abs(hashtext(c.name)) + y) % 5 < 3""").executeUpdate();
    }

    /**
     * After a load at scale rolled back: its rows are dead but stay in the tables and their indexes until a vacuum,
     * and the next tests' statements read through them. Not before another load at scale in the same run: the vacuum
     * leaves the tables' statistics small, and the economic tally's trigger, planned for a small table, then reads a
     * whole table again for every cooperative of a 300,000-row statement (a test stopped after ten minutes).
     */
    public static void vacuum(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("vacuum analyze cooperative, annual_report");
        } catch (SQLException e) {
            throw new IllegalStateException("vacuum after the load at scale", e);
        }
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
