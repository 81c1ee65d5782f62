package id.go.bekasikota.koperasi.platform.i18n;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Amounts and dates as an Indonesian reader writes them (a clerk's review found "150000000" and "2026-12-07"). */
class RupiahAndDayTest {

    @Test
    void rupiahAreGroupedByThousandsWithDotsInIndonesianAndPlainInEnglish() {
        assertThat(Rupiah.of(150_000_000).in(Languages.INDONESIAN)).isEqualTo("Rp 150.000.000");
        assertThat(Rupiah.of(-2_500_000).in(Languages.INDONESIAN)).isEqualTo("-Rp 2.500.000");
        assertThat(Rupiah.of(999).in(Languages.INDONESIAN)).isEqualTo("Rp 999");
        assertThat(Rupiah.of(0).in(Languages.INDONESIAN)).isEqualTo("Rp 0");
        assertThat(Rupiah.of(150_000_000).in(Languages.ENGLISH)).isEqualTo("150000000");
    }

    @Test
    void daysAreWrittenOutInIndonesianAndIsoInEnglish() {
        assertThat(Day.of(LocalDate.of(2026, 12, 7)).in(Languages.INDONESIAN)).isEqualTo("7 Desember 2026");
        assertThat(Day.of(LocalDate.of(2026, 8, 22)).in(Languages.INDONESIAN)).isEqualTo("22 Agustus 2026");
        assertThat(Day.of(LocalDate.of(2026, 3, 1)).in(Languages.INDONESIAN)).isEqualTo("1 Maret 2026");
        assertThat(Day.of(LocalDate.of(2026, 12, 7)).in(Languages.ENGLISH)).isEqualTo("2026-12-07");
        assertThat(Day.of(null).in(Languages.INDONESIAN)).isEqualTo("-");
    }

    @Test
    void aTextWritesThemInItsLanguage() {
        Text text = Text.of("problem.not-found.detail", Day.of(LocalDate.of(2026, 5, 2)), Rupiah.of(1_234_567));
        assertThat(text.in(Languages.INDONESIAN)).isEqualTo("2 Mei 2026 Rp 1.234.567 tidak ditemukan");
        assertThat(text.in(Languages.ENGLISH)).isEqualTo("2026-05-02 1234567 does not exist");
    }
}
