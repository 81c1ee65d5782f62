package id.go.bekasikota.koperasi.awards.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RankingTest {

    /** K1 (kelembagaan, weight 1) and F1 (keuangan, weight 1). */
    private static final ScoringSheet SHEET = new ScoringSheet(List.of(
            AwardMother.juror("K1", Aspect.KELEMBAGAAN, "1"), AwardMother.juror("F1", Aspect.KEUANGAN, "1")));

    private static Ranking.Entry<String> entry(String name, String number, int k1, int f1) {
        Map<String, Integer> given = Map.of("K1", k1, "F1", f1);
        return new Ranking.Entry<>(name, number, Scoring.score(SHEET, i -> null,
                i -> List.of(new JurorScore("j", given.get(i.code()), null)), Set.of()));
    }

    @Test
    void highestTotalFirst() {
        List<Ranking.Ranked<String>> ranked = Ranking.rank(List.of(entry("b", "2", 50, 50), entry("a", "1", 90, 90),
                entry("c", "3", 10, 10)));
        assertThat(ranked).extracting(r -> r.entry().item()).containsExactly("a", "b", "c");
        assertThat(ranked).extracting(Ranking.Ranked::rank).containsExactly(1, 2, 3);
    }

    @Test
    void anEqualTotalIsBrokenByTheKeuanganSubtotal() {
        // Both total 70.00; "finance" has keuangan 80 against 60.
        List<Ranking.Ranked<String>> ranked = Ranking.rank(List.of(entry("institution", "1", 80, 60),
                entry("finance", "2", 60, 80)));
        assertThat(ranked).extracting(r -> r.entry().item()).containsExactly("finance", "institution");
    }

    @Test
    void totalsEqualAfterRoundingAreTiedEvenIfTheExactValuesDiffer() {
        // Worked by hand, K1 and F1 weight 1 each, so the total is the mean of the two indicators' juror means:
        // a: K1 (6 x 86 + 84) / 7 = 600/7 = 85.7142...; F1 (6 x 67 + 3 x 68) / 9 = 606/9 = 67.3333...
        //    total (600/7 + 606/9) / 2 = 76.5238... -> 76.52
        // b: K1 (6 x 85 + 86) / 7 = 596/7 = 85.1428...; F1 (8 x 68 + 67) / 9 = 611/9 = 67.8888...
        //    total (596/7 + 611/9) / 2 = 76.5158... -> 76.52
        // By the exact totals a would come first; the rounded totals tie, and b's keuangan (67.89 > 67.33) wins.
        Ranking.Entry<String> a = new Ranking.Entry<>("a", "1", Scoring.score(SHEET, i -> null,
                i -> i.code().equals("K1") ? jurors(86, 86, 86, 86, 86, 86, 84) : jurors(67, 67, 67, 67, 67, 67, 68, 68, 68), Set.of()));
        Ranking.Entry<String> b = new Ranking.Entry<>("b", "2", Scoring.score(SHEET, i -> null,
                i -> i.code().equals("K1") ? jurors(85, 85, 85, 85, 85, 85, 86) : jurors(68, 68, 68, 68, 68, 68, 68, 68, 67), Set.of()));
        assertThat(a.result().total()).isEqualByComparingTo("76.52");
        assertThat(b.result().total()).isEqualByComparingTo("76.52");
        assertThat(Ranking.rank(List.of(a, b))).extracting(r -> r.entry().item()).containsExactly("b", "a");
        assertThat(Ranking.rank(List.of(b, a))).extracting(r -> r.entry().item()).containsExactly("b", "a");
    }

    @Test
    void keuanganSubtotalsEqualAsShownAreTiedEvenIfTheExactValuesDiffer() {
        // Two keuangan indicators, F1 weight 1.0001 and F2 weight 1; worked by hand:
        // a: F1 100, F2 0: 100.01 / 2.0001 = 50.0024998... -> 50.00; b: F1 0, F2 100: 100 / 2.0001 = 49.9975001... -> 50.00.
        // Totals and keuangan subtotals show 50.00 both: the lower cooperative number (b's "1") comes first.
        ScoringSheet keuangan = new ScoringSheet(List.of(AwardMother.juror("F1", Aspect.KEUANGAN, "1.0001"),
                AwardMother.juror("F2", Aspect.KEUANGAN, "1")));
        Ranking.Entry<String> a = new Ranking.Entry<>("a", "2", Scoring.score(keuangan, i -> null,
                i -> List.of(new JurorScore("j", i.code().equals("F1") ? 100 : 0, null)), Set.of()));
        Ranking.Entry<String> b = new Ranking.Entry<>("b", "1", Scoring.score(keuangan, i -> null,
                i -> List.of(new JurorScore("j", i.code().equals("F1") ? 0 : 100, null)), Set.of()));
        assertThat(Shown.rounded(a.result().keuanganSubtotal().orElseThrow())).isEqualByComparingTo("50.00");
        assertThat(Shown.rounded(b.result().keuanganSubtotal().orElseThrow())).isEqualByComparingTo("50.00");
        assertThat(a.result().keuanganSubtotal().orElseThrow()).isGreaterThan(b.result().keuanganSubtotal().orElseThrow());
        assertThat(Ranking.rank(List.of(a, b))).extracting(r -> r.entry().item()).containsExactly("b", "a");
        assertThat(Ranking.rank(List.of(b, a))).extracting(r -> r.entry().item()).containsExactly("b", "a");
    }

    private static List<JurorScore> jurors(int... scores) {
        List<JurorScore> given = new java.util.ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            given.add(new JurorScore("juri-" + (i + 1), scores[i], null));
        }
        return given;
    }

    @Test
    void equalTotalAndKeuanganGoToTheLowerCooperativeNumber() {
        List<Ranking.Ranked<String>> ranked = Ranking.rank(List.of(entry("later", "3275010010010", 70, 70),
                entry("earlier", "3275010010002", 70, 70), entry("short", "999", 70, 70)));
        assertThat(ranked).extracting(r -> r.entry().item()).containsExactly("short", "earlier", "later");
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @Test
    void rankingIsIndependentOfInputOrder() {
        List<Ranking.Entry<String>> entries = List.of(entry("a", "5", 70, 70), entry("b", "4", 70, 70), entry("c", "3", 71, 60),
                entry("d", "2", 60, 80));
        List<String> forward = Ranking.rank(entries).stream().map(r -> r.entry().item()).toList();
        List<String> backward = Ranking.rank(reversed(entries)).stream().map(r -> r.entry().item()).toList();
        assertThat(forward).isEqualTo(backward).containsExactly("d", "b", "a", "c");
        assertThat(new BigDecimal("70.00")).isEqualByComparingTo(Ranking.rank(entries).get(0).entry().result().total());
    }

    @Test
    void cooperativeNumbersCompareAsNumbersThenAsTextAndNoneComesLast() {
        assertThat(Ranking.compareNumbers("9", "10")).isNegative();
        assertThat(Ranking.compareNumbers("10", "9")).isPositive();
        // The same value with other leading zeros: told apart as text ('0' before '1'), never a tie left to chance.
        assertThat(Ranking.compareNumbers("0010", "10")).isNegative();
        assertThat(Ranking.compareNumbers("10", "0010")).isPositive();
        assertThat(Ranking.compareNumbers("0123456", "123456")).isNegative();
        assertThat(Ranking.compareNumbers("123456", "123456")).isZero();
        assertThat(Ranking.compareNumbers("A12", "A3")).isNegative();
        assertThat(Ranking.compareNumbers("A3", "A12")).isPositive();
        assertThat(Ranking.compareNumbers(null, "1")).isPositive();
        assertThat(Ranking.compareNumbers("1", null)).isNegative();
        assertThat(Ranking.compareNumbers(null, null)).isZero();
    }
}
