package id.go.bekasikota.koperasi.registry.repository;

import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.contracts.registry.StandingRules;
import id.go.bekasikota.koperasi.registry.domain.CountedReport;
import id.go.bekasikota.koperasi.registry.domain.EconomicIndicators;
import id.go.bekasikota.koperasi.registry.domain.EconomicMeasure;
import id.go.bekasikota.koperasi.registry.domain.SizeClassThresholds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The figures the economic indicators are made of, read in SQL: the counted report of every
 * cooperative as of a date ({@link CountedReport} as a query; the API tests hold the two equal
 * around every boundary), and the sums of every financial year's reports for the trend.
 */
@ApplicationScoped
public class EconomicFigures {

    /** Rows fetched per round trip: the counted reports of 100,000 cooperatives come in 10 trips. */
    private static final int FETCH_SIZE = 10_000;

    private static final String COUNTED = """
            select distinct on (r.cooperative_id)
                   r.cooperative_id, c.kecamatan_code, c.jenis, c.kelompok, r.financial_year, r.meeting_date, r.members_male, r.members_female,
                   r.employees, r.own_capital, r.external_capital, r.assets, r.turnover, r.surplus
            from annual_report r
            join cooperative c on c.id = r.cooperative_id
            where r.current and r.financial_year between ? and ? and r.meeting_date <= ?
              and c.founded_on <= ? and (c.dissolved_on is null or c.dissolved_on > ?)%s
            order by r.cooperative_id, r.financial_year desc""";

    /**
     * Each year's reports and, for the growth, the same cooperatives' reports of the year before,
     * in one pass over the held reports in each cooperative's year order: a report is on this
     * year's side of the growth when the report held before it is of the year before, and on the
     * year before's side of the next year's growth when the report held after it is of the next
     * year (one current report per cooperative and year). A self-join of the held reports did the
     * same with two sorts and a merge in about 2.4 times the time (100,000 cooperatives, 290,000
     * reports: 1.57 s against 0.66 s).
     */
    private static final String TREND = """
            select financial_year, count(*), count(*) filter (where before_year = financial_year - 1),
                   %s
            from (select financial_year, lag(financial_year) over held_order as before_year,
                         lead(financial_year) over held_order as after_year, %s
                  from annual_report
                  where current and financial_year between ? and ? and meeting_date <= ?
                  window held_order as (partition by cooperative_id order by financial_year)) held
            group by financial_year""";

    /** Each year's tally, its lanes added up: one row per year and measure (EconomicMeasure's ordinal). */
    private static final String TALLIED = """
            select financial_year, measure, sum(reported), sum(comparable), sum(total), sum(this_year), sum(year_before),
                   max(latest_meeting)
            from economic_year_tally
            where financial_year between ? and ?
            group by financial_year, measure""";

    /** The measures' columns, in {@link EconomicMeasure}'s order, as read from a report. */
    private static final String[] FIGURES = {"members_male::bigint", "members_female::bigint",
            "members_male::bigint + members_female", "employees::bigint", "own_capital", "external_capital", "assets",
            "turnover", "surplus"};

    private final EntityManager entityManager;

    public EconomicFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * One financial year's reports: how many, their sums, and the growth's two sides over the
     * cooperatives that also reported the year before.
     */
    public record YearSums(int financialYear, long reported, Map<EconomicMeasure, BigInteger> totals, long comparable,
                           Map<EconomicMeasure, BigInteger> comparableThisYear, Map<EconomicMeasure, BigInteger> comparableYearBefore) {

        /** A year of which no report was held. */
        public static YearSums none(int financialYear) {
            return new YearSums(financialYear, 0, zeros(), 0, zeros(), zeros());
        }
    }

    /**
     * Every cooperative with a counted report as of the date, with that report's figures, added
     * to the indicators' columns as the rows stream in (none of them is kept as a row).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EconomicIndicators.Register counted(LocalDate asOf, SizeClassThresholds sizeClasses) {
        return counted(asOf, sizeClasses, null);
    }

    /** Of the given cooperatives, those with a counted report as of the date, as {@link #counted(LocalDate, SizeClassThresholds)}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public EconomicIndicators.Register counted(LocalDate asOf, SizeClassThresholds sizeClasses, Collection<UUID> cooperatives) {
        int f = StandingRules.latestDueYear(asOf);
        EconomicIndicators.Register counted = new EconomicIndicators.Register(sizeClasses);
        entityManager.unwrap(Session.class).doWork(connection -> {
            // The distinct-on sort of a national register's window (some 200,000 reports) fits in memory with this.
            try (var setting = connection.createStatement()) {
                setting.execute("set local work_mem = '64MB'");
            }
            try (PreparedStatement query = connection.prepareStatement(COUNTED.formatted(cooperatives == null ? "" : " and c.id = any(?)"))) {
                query.setFetchSize(FETCH_SIZE);
                query.setInt(1, f - 2);
                query.setInt(2, f);
                query.setObject(3, asOf);
                query.setObject(4, asOf);
                query.setObject(5, asOf);
                if (cooperatives != null) {
                    query.setArray(6, connection.createArrayOf("uuid", cooperatives.toArray()));
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        counted.add(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3), rows.getString(4),
                                new AnnualReportSummary(rows.getInt(5), rows.getObject(6, LocalDate.class), rows.getInt(7),
                                        rows.getInt(8), rows.getInt(9), rows.getLong(10), rows.getLong(11), rows.getLong(12),
                                        rows.getLong(13), rows.getLong(14)));
                    }
                }
            }
        });
        return counted;
    }

    /**
     * The sums of each financial year from {@code fromYear - 1} to {@code toYear}, over reports held
     * by {@code asOf} (the first year without its growth's sides): from the tally the reports' changes
     * keep (V15) when no report of those years met after {@code asOf}, else read from the reports.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<YearSums> yearSums(LocalDate asOf, int fromYear, int toYear) {
        return tallied(asOf, fromYear, toYear).orElseGet(() -> summed(asOf, fromYear, toYear));
    }

    /**
     * The sums from the tally, if it answers for the date: each year's lanes added up; empty when a
     * report of one of the years may have met after {@code asOf} (the tally counts it, the date does not).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<List<YearSums>> tallied(LocalDate asOf, int fromYear, int toYear) {
        record Tallied(long reported, long comparable, Map<EconomicMeasure, BigInteger> totals,
                       Map<EconomicMeasure, BigInteger> thisYear, Map<EconomicMeasure, BigInteger> yearBefore) {
        }
        Map<Integer, Tallied> years = new TreeMap<>();
        LocalDate[] latestMeeting = {null};
        EconomicMeasure[] measures = EconomicMeasure.values();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(TALLIED)) {
                query.setInt(1, fromYear - 1);
                query.setInt(2, toYear);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        long reported = rows.getLong(3);
                        long comparable = rows.getLong(4);
                        Tallied tallied = years.computeIfAbsent(rows.getInt(1), year -> new Tallied(reported, comparable,
                                new EnumMap<>(EconomicMeasure.class), new EnumMap<>(EconomicMeasure.class), new EnumMap<>(EconomicMeasure.class)));
                        EconomicMeasure measure = measures[rows.getInt(2)];
                        tallied.totals().put(measure, rows.getBigDecimal(5).toBigIntegerExact());
                        tallied.thisYear().put(measure, rows.getBigDecimal(6).toBigIntegerExact());
                        tallied.yearBefore().put(measure, rows.getBigDecimal(7).toBigIntegerExact());
                        LocalDate latest = rows.getObject(8, LocalDate.class);
                        if (latestMeeting[0] == null || latest.isAfter(latestMeeting[0])) {
                            latestMeeting[0] = latest;
                        }
                    }
                }
            }
        });
        if (latestMeeting[0] != null && latestMeeting[0].isAfter(asOf)) {
            return Optional.empty();
        }
        List<YearSums> sums = new ArrayList<>();
        years.forEach((year, tallied) -> {
            if (tallied.reported() == 0) {
                return;
            }
            // As read from the reports, the first year's growth has no sides: its year before is not read.
            sums.add(year == fromYear - 1
                    ? new YearSums(year, tallied.reported(), tallied.totals(), 0, zeros(), zeros())
                    : new YearSums(year, tallied.reported(), tallied.totals(), tallied.comparable(), tallied.thisYear(), tallied.yearBefore()));
        });
        return Optional.of(sums);
    }

    /** The sums read from the reports held by {@code asOf}, in one pass over them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<YearSums> summed(LocalDate asOf, int fromYear, int toYear) {
        List<String> columns = new ArrayList<>();
        List<String> sums = new ArrayList<>();
        for (int i = 0; i < FIGURES.length; i++) {
            columns.add(FIGURES[i] + " as figure_" + i);
            sums.add("sum(figure_" + i + ")");
        }
        for (int i = 0; i < FIGURES.length; i++) {
            sums.add("sum(figure_" + i + ") filter (where before_year = financial_year - 1)");
        }
        for (int i = 0; i < FIGURES.length; i++) {
            sums.add("sum(figure_" + i + ") filter (where after_year = financial_year + 1)");
        }
        String trend = TREND.formatted(String.join(", ", sums), String.join(", ", columns));
        record Read(long reported, Map<EconomicMeasure, BigInteger> totals, long comparable,
                    Map<EconomicMeasure, BigInteger> comparableThisYear, Map<EconomicMeasure, BigInteger> nextYearsBefore) {
        }
        Map<Integer, Read> read = new HashMap<>();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(trend)) {
                query.setInt(1, fromYear - 1);
                query.setInt(2, toYear);
                query.setObject(3, asOf);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        read.put(rows.getInt(1), new Read(rows.getLong(2), measures(rows, 4), rows.getLong(3),
                                measures(rows, 4 + FIGURES.length), measures(rows, 4 + 2 * FIGURES.length)));
                    }
                }
            }
        });
        // The year before's side of a year's growth was read on the year before's row; the first year read has none.
        List<YearSums> years = new ArrayList<>();
        read.forEach((year, held) -> {
            Read before = year == fromYear - 1 ? null : read.get(year - 1);
            years.add(new YearSums(year, held.reported(), held.totals(), held.comparable(), held.comparableThisYear(),
                    before == null ? zeros() : before.nextYearsBefore()));
        });
        return years;
    }

    static Map<EconomicMeasure, BigInteger> zeros() {
        Map<EconomicMeasure, BigInteger> zeros = new EnumMap<>(EconomicMeasure.class);
        for (EconomicMeasure measure : EconomicMeasure.values()) {
            zeros.put(measure, BigInteger.ZERO);
        }
        return zeros;
    }

    private static Map<EconomicMeasure, BigInteger> measures(ResultSet rows, int first) throws java.sql.SQLException {
        Map<EconomicMeasure, BigInteger> values = new EnumMap<>(EconomicMeasure.class);
        EconomicMeasure[] measures = EconomicMeasure.values();
        for (int i = 0; i < measures.length; i++) {
            BigDecimal sum = rows.getBigDecimal(first + i);
            values.put(measures[i], sum == null ? BigInteger.ZERO : sum.toBigIntegerExact());
        }
        return values;
    }
}
