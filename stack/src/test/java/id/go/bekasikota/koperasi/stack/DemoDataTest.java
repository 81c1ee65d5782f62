package id.go.bekasikota.koperasi.stack;

import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.contracts.registry.RatGrade;
import id.go.bekasikota.koperasi.contracts.registry.Standing;
import id.go.bekasikota.koperasi.contracts.registry.StandingRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo register keeps the README's promise on any day it is loaded (617 of 1,000 active: ratio
 * 0.617, gap 33) and gives the views of the path to 65% something to show, counted here by the
 * standing rules themselves.
 */
class DemoDataTest {

    private record Counts(long registered, long active, long dissolved) {
        BigDecimal ratio() {
            return BigDecimal.valueOf(active).divide(BigDecimal.valueOf(registered), 4, RoundingMode.HALF_UP);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-30", "2026-06-30", "2026-07-01", "2027-01-01", "2027-03-15", "2028-12-31"})
    void onAnyDay617Of1000AreActiveAndTheTrendRisesToThem(String day) {
        LocalDate today = LocalDate.parse(day);
        List<Map<String, Object>> register = DemoData.cooperatives(today);

        Counts now = count(register, today);
        assertThat(now.registered()).isEqualTo(DemoData.TOTAL);
        assertThat(now.active()).isEqualTo(DemoData.ACTIVE);
        assertThat(now.ratio()).isEqualByComparingTo("0.617");
        assertThat((long) Math.ceil(0.65 * now.registered()) - now.active()).isEqualTo(33);
        assertThat(now.dissolved()).isEqualTo(DemoData.DISSOLVED);

        List<RatGrade> grades = new ArrayList<>();
        int reactivating = 0;
        Set<Object> numbers = new HashSet<>();
        for (Map<String, Object> c : register) {
            Standing standing = standing(c, today);
            if (standing.status() != ActivityStatus.DISSOLVED) {
                grades.add(standing.grade());
            }
            if (Boolean.TRUE.equals(c.get(DemoData.REACTIVATION))) {
                reactivating++;
                assertThat(standing.status()).isEqualTo(ActivityStatus.INACTIVE);
            }
            assertThat(numbers.add(c.get("cooperativeNumber"))).as("unique cooperative numbers").isTrue();
            assertThat(LocalDate.parse((String) c.get("foundedOn"))).isBeforeOrEqualTo(today);
            for (AnnualReportSummary report : reports(c)) {
                assertThat(report.financialYear()).isGreaterThanOrEqualTo(LocalDate.parse((String) c.get("foundedOn")).getYear());
                assertThat(report.meetingDate()).isAfter(LocalDate.of(report.financialYear(), 12, 31)).isBeforeOrEqualTo(today);
            }
        }
        assertThat(reactivating).isEqualTo(DemoData.REACTIVATING);
        assertThat(grades.stream().filter(g -> g == RatGrade.NEW).count()).isEqualTo(DemoData.NEW);
        assertThat(grades.stream().filter(g -> g == RatGrade.C1).count()).isGreaterThanOrEqualTo(DemoData.C1);
        assertThat(grades).contains(RatGrade.A, RatGrade.B, RatGrade.C2, RatGrade.D);

        // The dashboard's default trend: 31 December of the four years before, then today.
        List<BigDecimal> trend = new ArrayList<>();
        for (int year = today.getYear() - 4; year < today.getYear(); year++) {
            trend.add(count(register, LocalDate.of(year, 12, 31)).ratio());
        }
        trend.add(now.ratio());
        assertThat(trend.get(0)).as("trend %s", trend).isBetween(new BigDecimal("0.35"), new BigDecimal("0.50"));
        for (int i = 1; i < trend.size(); i++) {
            assertThat(trend.get(i)).as("trend %s", trend).isGreaterThanOrEqualTo(trend.get(i - 1));
        }
    }

    private static Counts count(List<Map<String, Object>> register, LocalDate asOf) {
        long registered = 0;
        long active = 0;
        long dissolved = 0;
        for (Map<String, Object> c : register) {
            if (LocalDate.parse((String) c.get("foundedOn")).isAfter(asOf)) {
                continue;
            }
            ActivityStatus status = standing(c, asOf).status();
            dissolved += status == ActivityStatus.DISSOLVED ? 1 : 0;
            registered += status == ActivityStatus.DISSOLVED ? 0 : 1;
            active += status == ActivityStatus.ACTIVE ? 1 : 0;
        }
        return new Counts(registered, active, dissolved);
    }

    private static Standing standing(Map<String, Object> c, LocalDate asOf) {
        Object dissolvedOn = c.get(DemoData.DISSOLVED_ON);
        return StandingRules.evaluate(LocalDate.parse((String) c.get("foundedOn")),
                dissolvedOn == null ? null : LocalDate.parse((String) dissolvedOn), reports(c), asOf);
    }

    @SuppressWarnings("unchecked")
    private static List<AnnualReportSummary> reports(Map<String, Object> c) {
        return ((List<Map<String, Object>>) c.get(DemoData.REPORTS)).stream()
                .map(r -> new AnnualReportSummary((Integer) r.get("financialYear"), LocalDate.parse((String) r.get("meetingDate")),
                        0, 0, 0, 0, 0, 0, 0, 0))
                .toList();
    }
    /** A clerk's review: AHU numbers dated before AHU existed, balance sheets that did not balance, halves of men and women. */
    @Test
    void aCooperativesPapersAndFiguresHoldTogether() {
        for (Map<String, Object> c : DemoData.cooperatives(java.time.LocalDate.of(2026, 12, 7))) {
            java.time.LocalDate declared = java.time.LocalDate.parse((String) c.get("legalEntityDate"));
            String number = (String) c.get("legalEntityNumber");
            if (declared.getYear() >= 2019) {
                assertThat(number).as(number).startsWith("AHU-").endsWith(".AH.01.26.Tahun " + declared.getYear());
            } else {
                String[] roman = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
                assertThat(number).as(number).endsWith("/BH/XIV.10/" + roman[declared.getMonthValue() - 1] + "/" + declared.getYear());
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> reports = (List<Map<String, Object>>) c.get(DemoData.REPORTS);
            for (Map<String, Object> r : reports) {
                long assets = ((Number) r.get("assets")).longValue();
                assertThat(((Number) r.get("ownCapital")).longValue() + ((Number) r.get("externalCapital")).longValue()).isEqualTo(assets);
                int men = ((Number) r.get("membersMale")).intValue();
                int members = men + ((Number) r.get("membersFemale")).intValue();
                assertThat(members).isGreaterThanOrEqualTo(20);
                // 35% to 65% of the members, rounded down to whole people.
                assertThat(men * 100L).isBetween(members * 35L - 100, members * 65L);
            }
            for (int i = 1; i < reports.size(); i++) {
                int before = members(reports.get(i - 1));
                int after = members(reports.get(i));
                // Within a tenth either way of one size: never more than 90..110 apart in percent terms, i.e. a ratio of 110/90.
                assertThat(after * 90L).as(c.get("name") + " members").isLessThanOrEqualTo(before * 110L + 90);
            }
        }
    }

    private static int members(Map<String, Object> report) {
        return ((Number) report.get("membersMale")).intValue() + ((Number) report.get("membersFemale")).intValue();
    }
}
