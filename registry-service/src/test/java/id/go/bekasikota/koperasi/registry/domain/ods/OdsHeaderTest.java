package id.go.bekasikota.koperasi.registry.domain.ods;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OdsHeaderTest {

    @Test
    void indonesianHeadersOfTheExportAreRead() {
        OdsHeader header = OdsHeader.of(List.of("\uFEFFNomor Induk Koperasi", "Nama Koperasi", "No. Badan Hukum", "Tanggal Badan Hukum",
                "Alamat", "Kecamatan", "Status", "Grade", "Tahun RAT Terakhir", "Jumlah Anggota"));

        assertThat(header.valid()).isTrue();
        assertThat(header.position(OdsColumn.COOPERATIVE_NUMBER)).contains(0);
        assertThat(header.position(OdsColumn.LEGAL_ENTITY_NUMBER)).contains(2);
        assertThat(header.position(OdsColumn.LAST_RAT_YEAR)).contains(8);
        assertThat(header.ignored()).containsExactly("Jumlah Anggota");
        assertThat(header.nameOf(OdsColumn.COOPERATIVE_NUMBER)).isEqualTo("Nomor Induk Koperasi");
        assertThat(header.comparedFields()).containsExactlyInAnyOrder(OdsField.COOPERATIVE_NUMBER, OdsField.LEGAL_ENTITY_NUMBER,
                OdsField.KECAMATAN, OdsField.STATUS, OdsField.GRADE, OdsField.LAST_RAT_YEAR);
    }

    @Test
    void caseSpacingAndPunctuationOfAHeaderDoNotCount() {
        OdsHeader header = OdsHeader.of(List.of(" nik  koperasi ", "NAMA_KOPERASI", "tahun-rat-terakhir", "cooperativeNumber "));

        assertThat(header.position(OdsColumn.NAME)).contains(1);
        assertThat(header.position(OdsColumn.LAST_RAT_YEAR)).contains(2);
        assertThat(header.errors()).containsExactly("'cooperativeNumber' names the same column as 'nik  koperasi'");
    }

    @Test
    void onlyTheColumnsInTheFileAreCompared() {
        OdsHeader header = OdsHeader.of(List.of("NIK Koperasi", "Nama Koperasi", "Status"));
        assertThat(header.comparedFields()).containsExactlyInAnyOrder(OdsField.COOPERATIVE_NUMBER, OdsField.STATUS);
    }

    @Test
    void theNumberAndTheNameAreRequired() {
        OdsHeader header = OdsHeader.of(List.of("Kecamatan", "Status"));

        assertThat(header.valid()).isFalse();
        assertThat(header.errors()).hasSize(2);
        assertThat(header.errors().get(0)).startsWith("a column 'NIK Koperasi' is required");
        assertThat(header.errors().get(1)).startsWith("a column 'Nama Koperasi' is required");
    }
}
