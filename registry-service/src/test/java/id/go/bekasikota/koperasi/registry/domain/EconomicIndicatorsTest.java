package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.registry.domain.EconomicIndicators.Breakdown;
import id.go.bekasikota.koperasi.registry.domain.EconomicIndicators.Cell;
import id.go.bekasikota.koperasi.registry.domain.EconomicIndicators.Counted;
import id.go.bekasikota.koperasi.registry.domain.EconomicIndicators.Figure;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static id.go.bekasikota.koperasi.registry.domain.EconomicMeasure.ASSETS;
import static id.go.bekasikota.koperasi.registry.domain.EconomicMeasure.EMPLOYEES;
import static id.go.bekasikota.koperasi.registry.domain.EconomicMeasure.EXTERNAL_CAPITAL;
import static id.go.bekasikota.koperasi.registry.domain.EconomicMeasure.MEMBERS;
import static id.go.bekasikota.koperasi.registry.domain.EconomicMeasure.MEMBERS_FEMALE;
import static id.go.bekasikota.koperasi.registry.domain.EconomicMeasure.MEMBERS_MALE;
import static id.go.bekasikota.koperasi.registry.domain.EconomicMeasure.OWN_CAPITAL;
import static id.go.bekasikota.koperasi.registry.domain.EconomicMeasure.SURPLUS;
import static id.go.bekasikota.koperasi.registry.domain.EconomicMeasure.TURNOVER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four cooperatives added up by hand:
 *
 * <pre>
 *      kecamatan jenis          kelompok   male female empl  own  ext  assets   turnover          SHU
 *   A  327501    SIMPAN_PINJAM  COMMUNITY    10   20     3   100   50  1 bn     2,000,000,000     40
 *   B  327501    KONSUMEN       COMMUNITY    30   10     5   200    0  3 bn     2,000,000,001    -10
 *   C  327502    SIMPAN_PINJAM  KUD           5    5     1    50   25  20 bn    15,000,000,000     0
 *   D  327502    SIMPAN_PINJAM  COMMUNITY    40   60     8   400  100  500 bn   50,000,000,001     7
 * </pre>
 */
class EconomicIndicatorsTest {

    private static final SizeClassThresholds BY_TURNOVER = new SizeClassThresholds(SizeClassThresholds.Basis.TURNOVER,
            2_000_000_000L, 15_000_000_000L, 50_000_000_000L);
    private static final SizeClassThresholds BY_ASSETS = new SizeClassThresholds(SizeClassThresholds.Basis.ASSETS,
            1_000_000_000L, 5_000_000_000L, 10_000_000_000L);

    private static final List<Counted> FOUR = List.of(
            counted("327501", "SIMPAN_PINJAM", "COMMUNITY", 2025, 10, 20, 3, 100, 50, 1_000_000_000L, 2_000_000_000L, 40),
            counted("327501", "KONSUMEN", "COMMUNITY", 2025, 30, 10, 5, 200, 0, 3_000_000_000L, 2_000_000_001L, -10),
            counted("327502", "SIMPAN_PINJAM", "KUD", 2024, 5, 5, 1, 50, 25, 20_000_000_000L, 15_000_000_000L, 0),
            counted("327502", "SIMPAN_PINJAM", "COMMUNITY", 2025, 40, 60, 8, 400, 100, 500_000_000_000L, 50_000_000_001L, 7));

    @Test
    void theTotalsAndMediansOfTheWholeRegister() {
        Cell total = EconomicIndicators.compute(FOUR, BY_TURNOVER).total();
        assertThat(total.cooperatives()).isEqualTo(4);
        // Medians of four: the mean of the 2nd and 3rd values, half away from zero.
        assertThat(total.figures().get(MEMBERS_MALE)).isEqualTo(figure(85, 20));      // 5 10 | 30 40
        assertThat(total.figures().get(MEMBERS_FEMALE)).isEqualTo(figure(95, 15));    // 5 10 | 20 60
        assertThat(total.figures().get(MEMBERS)).isEqualTo(figure(180, 35));          // 10 30 | 40 100
        assertThat(total.figures().get(EMPLOYEES)).isEqualTo(figure(17, 4));          // 1 3 | 5 8
        assertThat(total.figures().get(OWN_CAPITAL)).isEqualTo(figure(750, 150));     // 50 100 | 200 400
        assertThat(total.figures().get(EXTERNAL_CAPITAL)).isEqualTo(figure(175, 38)); // 0 25 | 50 100: 37.5 -> 38
        assertThat(total.figures().get(ASSETS)).isEqualTo(figure(524_000_000_000L, 11_500_000_000L));
        assertThat(total.figures().get(TURNOVER)).isEqualTo(figure(69_000_000_002L, 8_500_000_001L)); // (2,000,000,001 + 15 bn) / 2 = 8,500,000,000.5 -> up
        assertThat(total.figures().get(SURPLUS)).isEqualTo(figure(37, 4));            // -10 0 | 7 40: 3.5 -> 4
    }

    @Test
    void eachBreakdownListsEveryCellEmptyOnesWithoutAMedian() {
        var result = EconomicIndicators.compute(FOUR, BY_TURNOVER);
        var kecamatan = result.breakdowns().get(Breakdown.KECAMATAN);
        assertThat(kecamatan).hasSize(12);
        assertThat(kecamatan.get("327501").cooperatives()).isEqualTo(2);
        assertThat(kecamatan.get("327501").figures().get(MEMBERS_MALE)).isEqualTo(figure(40, 20));
        assertThat(kecamatan.get("327501").figures().get(SURPLUS)).isEqualTo(figure(30, 15));
        assertThat(kecamatan.get("327502").figures().get(MEMBERS_MALE)).isEqualTo(figure(45, 23)); // 22.5 -> 23
        assertThat(kecamatan.get("327503").cooperatives()).isZero();
        assertThat(kecamatan.get("327503").figures().get(ASSETS)).isEqualTo(new Figure(BigInteger.ZERO, null));

        var jenis = result.breakdowns().get(Breakdown.JENIS);
        assertThat(jenis.keySet()).containsExactly("SIMPAN_PINJAM", "KONSUMEN", "PRODUSEN", "PEMASARAN", "JASA");
        assertThat(jenis.get("SIMPAN_PINJAM").cooperatives()).isEqualTo(3);
        assertThat(jenis.get("SIMPAN_PINJAM").figures().get(MEMBERS_MALE)).isEqualTo(figure(55, 10)); // 5 10 40
        assertThat(jenis.get("KONSUMEN").figures().get(EMPLOYEES)).isEqualTo(figure(5, 5));

        var kelompok = result.breakdowns().get(Breakdown.KELOMPOK);
        assertThat(kelompok.get("COMMUNITY").cooperatives()).isEqualTo(3);
        assertThat(kelompok.get("COMMUNITY").figures().get(OWN_CAPITAL)).isEqualTo(figure(700, 200)); // 100 200 400
        assertThat(kelompok.get("KUD").figures().get(OWN_CAPITAL)).isEqualTo(figure(50, 50));

        assertThat(result.reportYears()).containsExactly(java.util.Map.entry(2024, 1L), java.util.Map.entry(2025, 3L));
    }

    @Test
    void sizeClassesByTurnoverOrByAssets() {
        var byTurnover = EconomicIndicators.compute(FOUR, BY_TURNOVER).breakdowns().get(Breakdown.SIZE_CLASS);
        assertThat(byTurnover.keySet()).containsExactly("MICRO", "SMALL", "MEDIUM", "LARGE");
        assertThat(byTurnover.get("MICRO").cooperatives()).isEqualTo(1);   // A: exactly Rp 2 billion
        assertThat(byTurnover.get("SMALL").cooperatives()).isEqualTo(2);   // B: one rupiah more; C: exactly Rp 15 billion
        assertThat(byTurnover.get("MEDIUM").cooperatives()).isZero();
        assertThat(byTurnover.get("LARGE").cooperatives()).isEqualTo(1);   // D: one rupiah over Rp 50 billion
        assertThat(byTurnover.get("SMALL").figures().get(MEMBERS)).isEqualTo(figure(50, 25)); // 10 40

        var byAssets = EconomicIndicators.compute(FOUR, BY_ASSETS).breakdowns().get(Breakdown.SIZE_CLASS);
        assertThat(byAssets.get("MICRO").cooperatives()).isEqualTo(1);     // A: exactly Rp 1 billion
        assertThat(byAssets.get("SMALL").cooperatives()).isEqualTo(1);     // B: Rp 3 billion
        assertThat(byAssets.get("LARGE").cooperatives()).isEqualTo(2);     // C and D
    }

    @Test
    void totalsStayExactBeyondSixtyFourBits() {
        long big = 9_000_000_000_000_000_000L;
        List<Counted> huge = List.of(
                counted("327501", "JASA", "OTHER", 2025, 1, 1, 1, big, 0, big, 0, 0),
                counted("327501", "JASA", "OTHER", 2025, 1, 1, 1, big, 0, big, 0, 0),
                counted("327501", "JASA", "OTHER", 2025, 1, 1, 1, 5, 0, -5, 0, 0));
        Cell total = EconomicIndicators.compute(huge, BY_TURNOVER).total();
        assertThat(total.figures().get(OWN_CAPITAL).total()).isEqualTo(new BigInteger("18000000000000000005"));
        assertThat(total.figures().get(ASSETS).total()).isEqualTo(new BigInteger("17999999999999999995"));
        assertThat(EconomicIndicators.sum(new long[]{Long.MIN_VALUE, Long.MIN_VALUE, 1}, 0, 3))
                .isEqualTo(new BigInteger("-18446744073709551615"));
    }

    @Test
    void aRegisterLargerThanOneBlockAddsUpAsSortingItWould() {
        // 40,000 cooperatives span three of the register's blocks; the expected figures come from sorting, cell by cell.
        Random random = new Random(11);
        List<Counted> counted = new ArrayList<>();
        String[] kecamatan = {"327501", "327502", "327512", "999999"};
        for (int i = 0; i < 40_000; i++) {
            counted.add(counted(kecamatan[random.nextInt(kecamatan.length)], "JASA", "OTHER", 2023 + random.nextInt(3),
                    random.nextInt(500), random.nextInt(500), random.nextInt(50), random.nextLong(1_000_000_000L),
                    random.nextLong(1_000_000_000L), random.nextLong(10_000_000_000L), random.nextLong(10_000_000_000L),
                    random.nextLong(-1_000_000_000L, 1_000_000_000L)));
        }

        var result = EconomicIndicators.compute(counted, BY_TURNOVER);

        for (EconomicMeasure measure : EconomicMeasure.values()) {
            assertThat(result.total().figures().get(measure)).as("%s of all", measure).isEqualTo(bySorting(counted, measure));
            for (String code : kecamatan) {
                List<Counted> cell = counted.stream().filter(c -> c.kecamatanCode().equals(code)).toList();
                assertThat(result.breakdowns().get(Breakdown.KECAMATAN).get(code).figures().get(measure))
                        .as("%s of %s", measure, code).isEqualTo(bySorting(cell, measure));
                assertThat(result.breakdowns().get(Breakdown.KECAMATAN).get(code).cooperatives()).isEqualTo(cell.size());
            }
        }
        assertThat(result.breakdowns().get(Breakdown.KECAMATAN).get("327503").cooperatives()).isZero();
        assertThat(result.reportYears().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(40_000);
    }

    @Test
    void aRegisterTakingInWritesAddsUpAsTheRegisterReadAgain() {
        // 40,000 counted cooperatives over three blocks, then three rounds of writes: some leave (dissolved, no
        // counted report any more), some change (a correction, a move), some are new; an unknown code comes and goes.
        // Expected: the register built again from the cooperatives as they are after the writes.
        Random random = new Random(23);
        String[] kecamatan = {"327501", "327502", "327512", "999999"};
        java.util.Map<UUID, Counted> now = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 40_000; i++) {
            now.put(new UUID(random.nextLong(), random.nextLong()), randomCounted(random, kecamatan[random.nextInt(3)]));
        }
        EconomicIndicators.Register kept = new EconomicIndicators.Register(BY_TURNOVER);
        now.forEach((id, c) -> kept.add(id, c.kecamatanCode(), c.jenis(), c.kelompok(), c.report()));
        now.put(new UUID(1, 1), randomCounted(random, "999999"));
        kept.add(new UUID(1, 1), "999999", now.get(new UUID(1, 1)).jenis(), "OTHER", now.get(new UUID(1, 1)).report());
        List<UUID> ids = new ArrayList<>(now.keySet());
        EconomicIndicators.Result earlier = EconomicIndicators.compute(kept);

        for (int round = 0; round < 6; round++) {
            java.util.Set<UUID> written = new java.util.HashSet<>();
            EconomicIndicators.Register countedNow = new EconomicIndicators.Register(BY_TURNOVER);
            // Many writes, then a single one (only a cell of each breakdown and the whole register computed again).
            for (int w = 0; w < (round % 2 == 0 ? 500 : 1); w++) {
                UUID id = random.nextInt(5) == 0 ? new UUID(random.nextLong(), random.nextLong()) : ids.get(random.nextInt(ids.size()));
                written.add(id);
                if (random.nextInt(4) == 0) {
                    now.remove(id);
                } else {
                    now.put(id, randomCounted(random, kecamatan[random.nextInt(3)]));
                }
            }
            written.add(new UUID(1, 1));
            now.remove(new UUID(1, 1));
            for (UUID id : written) {
                Counted c = now.get(id);
                if (c != null) {
                    countedNow.add(id, c.kecamatanCode(), c.jenis(), c.kelompok(), c.report());
                }
            }
            kept.takeIn(written, countedNow);
            ids = new ArrayList<>(now.keySet());

            EconomicIndicators.Register readAgain = new EconomicIndicators.Register(BY_TURNOVER);
            now.forEach((id, c) -> readAgain.add(id, c.kecamatanCode(), c.jenis(), c.kelompok(), c.report()));
            assertThat(kept.size()).isEqualTo(now.size());
            var result = EconomicIndicators.compute(kept, earlier);
            assertThat(result).as("round %d", round).isEqualTo(EconomicIndicators.compute(readAgain));
            assertThat(result.breakdowns().get(Breakdown.KECAMATAN)).doesNotContainKey("999999");
            for (EconomicMeasure measure : EconomicMeasure.values()) {
                assertThat(result.total().figures().get(measure)).isEqualTo(bySorting(List.copyOf(now.values()), measure));
                assertThat(result.breakdowns().get(Breakdown.KECAMATAN).get("327502").figures().get(measure)).isEqualTo(
                        bySorting(now.values().stream().filter(c -> c.kecamatanCode().equals("327502")).toList(), measure));
                assertThat(result.breakdowns().get(Breakdown.JENIS).get("SIMPAN_PINJAM").figures().get(measure)).isEqualTo(
                        bySorting(now.values().stream().filter(c -> c.jenis().equals("SIMPAN_PINJAM")).toList(), measure));
            }
            earlier = result;
        }
    }

    private static Counted randomCounted(Random random, String kecamatan) {
        return counted(kecamatan, random.nextBoolean() ? "JASA" : "SIMPAN_PINJAM", "OTHER", 2023 + random.nextInt(3), random.nextInt(500), random.nextInt(500),
                random.nextInt(50), random.nextLong(1_000_000_000L), random.nextLong(1_000_000_000L), random.nextLong(10_000_000_000L),
                random.nextLong(10_000_000_000L), random.nextLong(-1_000_000_000L, 1_000_000_000L));
    }

    /** The total by BigInteger and the median by sorting: the middle one, or the two middle ones' mean rounded half up. */
    private static Figure bySorting(List<Counted> counted, EconomicMeasure measure) {
        long[] sorted = counted.stream().mapToLong(c -> measure.of(c.report())).sorted().toArray();
        BigInteger total = counted.stream().map(c -> BigInteger.valueOf(measure.of(c.report()))).reduce(BigInteger.ZERO, BigInteger::add);
        int n = sorted.length;
        Long median = n % 2 == 1 ? sorted[n / 2] : new BigDecimal(sorted[n / 2 - 1]).add(new BigDecimal(sorted[n / 2]))
                .divide(BigDecimal.valueOf(2), 0, RoundingMode.HALF_UP).longValueExact();
        return new Figure(total, median);
    }

    @Test
    void nothingCountedIsZeroEverywhere() {
        Cell total = EconomicIndicators.compute(List.of(), BY_TURNOVER).total();
        assertThat(total.cooperatives()).isZero();
        assertThat(total.figures().get(TURNOVER)).isEqualTo(new Figure(BigInteger.ZERO, null));
    }

    private static Figure figure(long total, long median) {
        return new Figure(BigInteger.valueOf(total), median);
    }

    private static Counted counted(String kecamatan, String jenis, String kelompok, int year, int male, int female, int employees,
                                   long own, long external, long assets, long turnover, long surplus) {
        return new Counted(kecamatan, jenis, kelompok, new AnnualReportSummary(year, LocalDate.of(year + 1, 3, 1), male, female,
                employees, own, external, assets, turnover, surplus));
    }
}
