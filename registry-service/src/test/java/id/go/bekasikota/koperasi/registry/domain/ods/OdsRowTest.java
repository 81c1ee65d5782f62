package id.go.bekasikota.koperasi.registry.domain.ods;

import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import id.go.bekasikota.koperasi.contracts.registry.RatGrade;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OdsRowTest {

    private static final OdsHeader HEADER = OdsHeader.of(List.of("NIK Koperasi", "Nama Koperasi", "No Badan Hukum",
            "Tanggal Badan Hukum", "Kecamatan", "Status", "Grade", "Tahun RAT Terakhir"));

    @Test
    void aRowIsReadInTheRegistersVocabulary() {
        OdsRow row = OdsRow.read(7, List.of("'3275010010001", " KOPERASI LIMA GARUDA ", "518.08/96/BH/XIV.10/VIII/2008",
                "14/08/2008", "Kec. Bekasi Timur", "Tidak Aktif", "c1", "2024"), HEADER);

        assertThat(row.bad()).isFalse();
        assertThat(row).isEqualTo(new OdsRow(7, "3275010010001", "KOPERASI LIMA GARUDA", "518.08/96/BH/XIV.10/VIII/2008",
                LocalDate.of(2008, 8, 14), "327501", ActivityStatus.INACTIVE, RatGrade.C1, 2024, List.of()));
    }

    @Test
    void theExportsSpellingsOfStatusGradeAndKecamatanAreKnown() {
        assertThat(OdsValues.status("AKTIF")).contains(ActivityStatus.ACTIVE);
        assertThat(OdsValues.status("Non-Aktif")).contains(ActivityStatus.INACTIVE);
        assertThat(OdsValues.status("Mati Suri")).contains(ActivityStatus.INACTIVE);
        assertThat(OdsValues.status("Dibubarkan")).contains(ActivityStatus.DISSOLVED);
        assertThat(OdsValues.status("Aktip")).isEmpty();
        assertThat(OdsValues.grade("Baru")).contains(RatGrade.NEW);
        assertThat(OdsValues.grade(" C 2 ")).contains(RatGrade.C2);
        assertThat(OdsValues.grade("E")).isEmpty();
        assertThat(OdsValues.kecamatanCode("327512")).contains("327512");
        assertThat(OdsValues.kecamatanCode("KECAMATAN MEDAN SATRIA")).contains("327506");
        assertThat(OdsValues.kecamatanCode("Pondok Gede")).contains("327508");
        assertThat(OdsValues.kecamatanCode("317101")).isEmpty();
        assertThat(OdsValues.kecamatanCode("Cikarang")).isEmpty();
        assertThat(OdsValues.date("2020-03-16")).contains(LocalDate.of(2020, 3, 16));
        assertThat(OdsValues.date("6-3-2020")).contains(LocalDate.of(2020, 3, 6));
        assertThat(OdsValues.date("31/02/2020")).isEmpty();
        assertThat(OdsValues.cooperativeNumber("3.27501E+12")).isEmpty();
        assertThat(OdsValues.cooperativeNumber("3275 0100 1000 1")).contains("3275010010001");
        assertThat(OdsValues.kecamatanCode("32.75.01")).contains("327501");
        assertThat(OdsValues.kecamatanCode("Kec. 32.75.12")).contains("327512");
        assertThat(OdsValues.kecamatanCode("32.71.01")).isEmpty();
        // Excel in the Indonesian locale groups a long number by thousands with dots; in English with commas.
        assertThat(OdsValues.cooperativeNumber("3.275.010.010.001")).contains("3275010010001");
        assertThat(OdsValues.cooperativeNumber("3,275,010,010,001")).contains("3275010010001");
        assertThat(OdsValues.cooperativeNumber("3275\u00A00100\u00A01000\u00A01")).contains("3275010010001");
        assertThat(OdsValues.cooperativeNumber("3.2750.100.100.01")).isEmpty();
        // Grouped, 16 digits: a spreadsheet's number cell kept 15 of them (the last turned to 0), so it is not read.
        assertThat(OdsValues.cooperativeNumber("3.275.010.010.001.230")).isEmpty();
        assertThat(OdsValues.cooperativeNumber("327.501.001.000.123")).contains("327501001000123");
        assertThat(OdsValues.cooperativeNumber("3.275,010.010")).isEmpty();
    }

    @Test
    void emptyCellsAreNoValues() {
        OdsRow row = OdsRow.read(3, List.of("3275010010001", "Koperasi Tanpa Data", "", "", "", "", "", ""), HEADER);

        assertThat(row.bad()).isFalse();
        assertThat(row.legalEntityNumber()).isNull();
        assertThat(row.status()).isNull();
        assertThat(row.lastRatYear()).isNull();
    }

    @Test
    void everyReasonOfABadRowIsNamedByTheFilesOwnColumnName() {
        OdsRow row = OdsRow.read(9, List.of("32750A", "Koperasi Salah", "", "2020-13-01", "Cikarang", "Aktip", "E", "dua ribu"), HEADER);

        assertThat(row.bad()).isTrue();
        assertThat(row.errors()).containsExactly(
                "NIK Koperasi: '32750A' must be 6 to 20 digits",
                "Tanggal Badan Hukum: '2020-13-01' must be a date as YYYY-MM-DD or DD/MM/YYYY",
                "Kecamatan: 'Cikarang' is not a kecamatan of Kota Bekasi (a name such as Bekasi Timur, or a code 327501-327512)",
                "Status: 'Aktip' must be Aktif, Tidak Aktif or Bubar",
                "Grade: 'E' must be A, B, C1, C2, D or Baru",
                "Tahun RAT Terakhir: 'dua ribu' must be a year such as 2024");
        assertThat(row.cooperativeNumber()).isEqualTo("32750A");
    }

    @Test
    void aRowWithAnotherNumberOfCellsOrWithoutItsKeysIsBad() {
        OdsRow shifted = OdsRow.read(4, List.of("3275010010001", "Koperasi Pendek"), HEADER);
        assertThat(shifted.errors()).containsExactly("has 2 cells, the header names 8");
        // Its cells are not kept: which is which is unknown.
        assertThat(shifted).isEqualTo(new OdsRow(4, null, null, null, null, null, null, null, null,
                List.of("has 2 cells, the header names 8")));
        assertThat(OdsRow.read(5, List.of("", " ", "", "", "", "", "", ""), HEADER).errors())
                .containsExactly("NIK Koperasi: is required", "Nama Koperasi: is required");
    }
}
