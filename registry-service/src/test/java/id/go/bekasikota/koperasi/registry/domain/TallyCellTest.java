package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import id.go.bekasikota.koperasi.contracts.registry.RatGrade;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The one order writes lock cells in: by kecamatan, jenis, kelompok, status, grade, then reactivation. */
class TallyCellTest {

    @Test
    void everyShuffleOfTheSameCellsSortsToTheSameOrderWrittenOutByHand() {
        List<TallyCell> byHand = List.of(
                new TallyCell("327501", "JASA", "COMMUNITY", ActivityStatus.ACTIVE, RatGrade.A, false),
                new TallyCell("327501", "JASA", "COMMUNITY", ActivityStatus.INACTIVE, RatGrade.NEW, false),
                new TallyCell("327501", "JASA", "COMMUNITY", ActivityStatus.INACTIVE, RatGrade.NEW, true),
                new TallyCell("327501", "JASA", "COMMUNITY", ActivityStatus.INACTIVE, RatGrade.D, false),
                new TallyCell("327501", "JASA", "FUNGSIONAL", ActivityStatus.ACTIVE, RatGrade.A, false),
                new TallyCell("327501", "KONSUMEN", "COMMUNITY", ActivityStatus.ACTIVE, RatGrade.A, false),
                new TallyCell("327505", "JASA", "COMMUNITY", ActivityStatus.ACTIVE, RatGrade.A, false));
        Random random = new Random(11);
        for (int round = 0; round < 20; round++) {
            List<TallyCell> shuffled = new ArrayList<>(byHand);
            Collections.shuffle(shuffled, random);
            shuffled.sort(TallyCell.LOCK_ORDER);
            assertThat(shuffled).containsExactlyElementsOf(byHand);
        }
        assertThat(TallyCell.LOCK_ORDER.compare(byHand.get(1), new TallyCell("327501", "JASA", "COMMUNITY",
                ActivityStatus.INACTIVE, RatGrade.NEW, false))).as("only equal cells compare equal").isZero();
    }
}
