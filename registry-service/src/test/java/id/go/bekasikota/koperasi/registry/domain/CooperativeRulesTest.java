package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import id.go.bekasikota.koperasi.platform.i18n.Languages;
import id.go.bekasikota.koperasi.platform.problem.Problem.FieldError;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules across the fields of a cooperative's registered data, one at a time. */
class CooperativeRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2030, 1, 15);

    private static CooperativeData data(Jenis jenis, SavingsLoanScope scope, String kbliCode, String kbliEdition,
                                        LocalDate foundedOn, LocalDate legalEntityDate) {
        return new CooperativeData("3275010010001", "Koperasi Uji", null, legalEntityDate, jenis, Bentuk.PRIMER, Kelompok.KUD,
                kbliCode, kbliEdition, scope, null, "327501", null, foundedOn, null, null, List.of(), List.of(), List.of());
    }

    private static List<FieldError> check(CooperativeData data) {
        return CooperativeRules.check(data, TODAY).stream().map(error -> error.in(Languages.ENGLISH)).toList();
    }

    @Test
    void validDataKeepsEveryRule() {
        assertThat(check(data(Jenis.SIMPAN_PINJAM, SavingsLoanScope.OPEN_LOOP, "64141", "2025", TODAY, TODAY))).isEmpty();
        assertThat(check(data(Jenis.JASA, null, null, null, LocalDate.of(1990, 1, 1), null))).isEmpty();
    }

    @Test
    void aSavingsAndLoanCooperativeSaysWhetherItIsOpenOrClosedLoop() {
        assertThat(check(data(Jenis.SIMPAN_PINJAM, null, null, null, TODAY, null)))
                .containsExactly(new FieldError("savingsLoanScope", "is required for a savings-and-loan cooperative"));
    }

    @Test
    void theScopeIsForSavingsAndLoanCooperativesOnly() {
        for (Jenis jenis : List.of(Jenis.KONSUMEN, Jenis.PRODUSEN, Jenis.PEMASARAN, Jenis.JASA)) {
            assertThat(check(data(jenis, SavingsLoanScope.CLOSED_LOOP, null, null, TODAY, null))).as(jenis.name())
                    .containsExactly(new FieldError("savingsLoanScope", "applies to savings-and-loan cooperatives only"));
        }
    }

    @Test
    void aKbliCodeGoesWithItsEdition() {
        assertThat(check(data(Jenis.JASA, null, "64141", null, TODAY, null)))
                .containsExactly(new FieldError("kbliEdition", "kbliCode and kbliEdition go together"));
        assertThat(check(data(Jenis.JASA, null, null, "2020", TODAY, null)))
                .containsExactly(new FieldError("kbliCode", "kbliCode and kbliEdition go together"));
    }

    @Test
    void theLegalEntityIsNotOlderThanTheCooperative() {
        assertThat(check(data(Jenis.JASA, null, null, null, TODAY, TODAY.minusDays(1))))
                .containsExactly(new FieldError("legalEntityDate", "cannot be before foundedOn"));
        assertThat(check(data(Jenis.JASA, null, null, null, TODAY.minusDays(1), TODAY.minusDays(1)))).as("the same day").isEmpty();
    }

    @Test
    void aCooperativeIsFoundedByToday() {
        assertThat(check(data(Jenis.JASA, null, null, null, TODAY.plusDays(1), null)))
                .containsExactly(new FieldError("foundedOn", "cannot be in the future"));
    }
}
