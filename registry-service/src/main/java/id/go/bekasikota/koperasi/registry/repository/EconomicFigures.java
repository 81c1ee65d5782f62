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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
                   c.kecamatan_code, c.jenis, c.kelompok, r.financial_year, r.meeting_date, r.members_male, r.members_female,
                   r.employees, r.own_capital, r.external_capital, r.assets, r.turnover, r.surplus
            from annual_report r
            join cooperative c on c.id = r.cooperative_id
            where r.current and r.financial_year between ? and ? and r.meeting_date <= ?
              and c.founded_on <= ? and (c.dissolved_on is null or c.dissolved_on > ?)
            order by r.cooperative_id, r.financial_year desc""";

    /** Each year's reports, and for the growth the same cooperatives' reports of the year before. */
    private static final String TREND = """
            with held as (
                select cooperative_id, financial_year, members_male::bigint as members_male,
                       members_female::bigint as members_female, members_male::bigint + members_female as members,
                       employees::bigint as employees, own_capital, external_capital, assets, turnover, surplus
                from annual_report
                where current and financial_year between ? and ? and meeting_date <= ?)
            select y.financial_year, count(*), count(p.cooperative_id),
                   %s
            from held y
            left join held p on p.cooperative_id = y.cooperative_id and p.financial_year = y.financial_year - 1
            group by y.financial_year""";

    private static final String[] COLUMNS = {"members_male", "members_female", "members", "employees", "own_capital",
            "external_capital", "assets", "turnover", "surplus"};

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
    }

    /**
     * Every cooperative with a counted report as of the date, with that report's figures, added
     * to the indicators' columns as the rows stream in (none of them is kept as a row).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EconomicIndicators.Register counted(LocalDate asOf, SizeClassThresholds sizeClasses) {
        int f = StandingRules.latestDueYear(asOf);
        EconomicIndicators.Register counted = new EconomicIndicators.Register(sizeClasses);
        entityManager.unwrap(Session.class).doWork(connection -> {
            // The distinct-on sort of a national register's window (some 200,000 reports) fits in memory with this.
            try (var setting = connection.createStatement()) {
                setting.execute("set local work_mem = '64MB'");
            }
            try (PreparedStatement query = connection.prepareStatement(COUNTED)) {
                query.setFetchSize(FETCH_SIZE);
                query.setInt(1, f - 2);
                query.setInt(2, f);
                query.setObject(3, asOf);
                query.setObject(4, asOf);
                query.setObject(5, asOf);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        counted.add(rows.getString(1), rows.getString(2), rows.getString(3),
                                new AnnualReportSummary(rows.getInt(4), rows.getObject(5, LocalDate.class), rows.getInt(6),
                                        rows.getInt(7), rows.getInt(8), rows.getLong(9), rows.getLong(10), rows.getLong(11),
                                        rows.getLong(12), rows.getLong(13)));
                    }
                }
            }
        });
        return counted;
    }

    /** The sums of each financial year from {@code fromYear} to {@code toYear}, over reports held by {@code asOf}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<YearSums> yearSums(LocalDate asOf, int fromYear, int toYear) {
        List<String> sums = new ArrayList<>();
        for (String column : COLUMNS) {
            sums.add("sum(y." + column + ")");
        }
        for (String column : COLUMNS) {
            sums.add("sum(y." + column + ") filter (where p.cooperative_id is not null)");
        }
        for (String column : COLUMNS) {
            sums.add("sum(p." + column + ")");
        }
        List<YearSums> years = new ArrayList<>();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(TREND.formatted(String.join(", ", sums)))) {
                query.setInt(1, fromYear - 1);
                query.setInt(2, toYear);
                query.setObject(3, asOf);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        years.add(new YearSums(rows.getInt(1), rows.getLong(2), measures(rows, 4), rows.getLong(3),
                                measures(rows, 4 + COLUMNS.length), measures(rows, 4 + 2 * COLUMNS.length)));
                    }
                }
            }
        });
        return years;
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
