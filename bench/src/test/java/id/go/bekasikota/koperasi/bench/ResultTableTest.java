package id.go.bekasikota.koperasi.bench;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ResultTableTest {

    private static Histogram micros(long from, long to) {
        Histogram histogram = new Histogram(60_000_000L, 3);
        for (long value = from; value <= to; value++) {
            histogram.recordValue(value);
        }
        return histogram;
    }

    @Test
    void percentilesAreMillisecondsOfTheSuccessfulAnswers() {
        // 1..1000 ms in microseconds
        Histogram histogram = new Histogram(60_000_000L, 3);
        for (int ms = 1; ms <= 1000; ms++) {
            histogram.recordValue(ms * 1000L);
        }
        LatencyResult result = LatencyResult.of("read", 100, 10, histogram, 0, Target.p95(960));
        assertThat(result.p50()).isCloseTo(500, within(1.0));
        assertThat(result.p95()).isCloseTo(950, within(1.0));
        assertThat(result.p99()).isCloseTo(990, within(1.0));
        assertThat(result.max()).isCloseTo(1000, within(1.0));
        assertThat(result.achieved()).isEqualTo(100);
        assertThat(result.verdict()).isEqualTo("PASS");
    }

    @Test
    void aRunFailsItsTargetWhenSlowOrWithErrors() {
        assertThat(LatencyResult.of("slow", 10, 1, micros(60_000, 70_000), 0, Target.p95(50)).verdict()).isEqualTo("FAIL");
        assertThat(LatencyResult.of("errors", 10, 1, micros(1_000, 2_000), 3, Target.p95(50)).verdict()).isEqualTo("FAIL");
        assertThat(LatencyResult.of("context", 10, 1, micros(1_000, 2_000), 0, Target.NONE).verdict()).isEqualTo("-");
        assertThat(LatencyResult.notAvailable("loans", "no API").verdict()).isEqualTo("n/a");
    }

    @Test
    void figuresCompareWithTheirLimit() {
        assertThat(Figure.of("ratio", 1.08, "x", Target.atMost(1.10, "x")).verdict()).isEqualTo("PASS");
        assertThat(Figure.of("ratio", 1.2, "x", Target.atMost(1.10, "x")).verdict()).isEqualTo("FAIL");
        assertThat(Figure.of("rss", Double.NaN, "MB", Target.atMost(300, "MB")).verdict()).isEqualTo("n/a");
        assertThat(Target.atMost(1.10, "x").describe()).isEqualTo("<= 1.10x");
        assertThat(Target.p99(200).describe()).isEqualTo("p99 <= 200 ms");
        assertThat(Figure.of("throughput", 0.95, "x", Target.atLeast(0.90, "x")).verdict()).isEqualTo("PASS");
        assertThat(Figure.of("throughput", 0.85, "x", Target.atLeast(0.90, "x")).verdict()).isEqualTo("FAIL");
        assertThat(Target.atLeast(0.90, "x").describe()).isEqualTo(">= 0.90x");
    }

    @Test
    void aRampStepKeepsUpWhenItServesFourFifthsWithoutErrorsAndP99UnderTwoSeconds() {
        Histogram hundred = new Histogram(60_000_000L, 3);
        for (int i = 0; i < 100; i++) {
            hundred.recordValue(5_000);
        }
        assertThat(ConstantRateLoad.keepsUp(LatencyResult.of("ok", 100, 1, hundred, 0, Target.NONE))).isTrue();
        assertThat(ConstantRateLoad.keepsUp(LatencyResult.of("behind", 130, 1, hundred, 0, Target.NONE))).isFalse();
        assertThat(ConstantRateLoad.keepsUp(LatencyResult.of("errors", 100, 1, hundred, 1, Target.NONE))).isFalse();
        Histogram slow = new Histogram(60_000_000L, 3);
        for (int i = 0; i < 100; i++) {
            slow.recordValue(2_500_000);
        }
        assertThat(ConstantRateLoad.keepsUp(LatencyResult.of("slow", 100, 1, slow, 0, Target.NONE))).isFalse();
    }

    @Test
    void numbersKeepThreeSignificantPlacesOrSo() {
        assertThat(ResultTable.number(0.123)).isEqualTo("0.12");
        assertThat(ResultTable.number(42.06)).isEqualTo("42.1");
        assertThat(ResultTable.number(1234.5)).isEqualTo("1235");
        assertThat(ResultTable.number(Double.NaN)).isEqualTo("-");
    }

    @Test
    void tablesAlignTheirColumns() {
        String table = ResultTable.latencies(List.of(
                LatencyResult.of("public search", 20, 10, micros(1_000, 3_000), 0, Target.p95(50)),
                LatencyResult.notAvailable("loan application submit", "no API yet")));
        List<String> lines = table.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("operation").contains("p99 ms").endsWith("result");
        assertThat(lines.get(1)).matches("-+");
        assertThat(lines.get(2)).startsWith("public search").endsWith("PASS");
        assertThat(lines.get(2).indexOf("p95 <= 50 ms")).isEqualTo(lines.get(0).indexOf("target"));
        assertThat(lines.get(3)).endsWith("n/a: no API yet");
    }
}
