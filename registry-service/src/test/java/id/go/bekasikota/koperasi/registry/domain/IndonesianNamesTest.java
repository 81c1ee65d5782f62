package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndonesianNamesTest {

    @Test
    void aCodeIsReadFromItselfOrItsIndonesianNameWhateverTheCaseAccentsAndSeparators() {
        assertThat(IndonesianNames.read(Jenis.class, "SIMPAN_PINJAM")).contains(Jenis.SIMPAN_PINJAM);
        assertThat(IndonesianNames.read(Jenis.class, "simpan pinjam")).contains(Jenis.SIMPAN_PINJAM);
        assertThat(IndonesianNames.read(Jenis.class, " Simpan-Pinjam ")).contains(Jenis.SIMPAN_PINJAM);
        assertThat(IndonesianNames.read(Jenis.class, "Simpan\u00A0Pinjam\u00A0")).contains(Jenis.SIMPAN_PINJAM);
        assertThat(IndonesianNames.read(Kelompok.class, "Pegawai Negeri")).contains(Kelompok.CIVIL_SERVANTS);
        assertThat(IndonesianNames.read(Kelompok.class, "civil servants")).contains(Kelompok.CIVIL_SERVANTS);
        assertThat(IndonesianNames.read(Kelompok.class, "Koperasi Unit Desa")).contains(Kelompok.KUD);
        assertThat(IndonesianNames.read(Kelompok.class, "kud")).contains(Kelompok.KUD);
        assertThat(IndonesianNames.read(SavingsLoanScope.class, "Terbuka")).contains(SavingsLoanScope.OPEN_LOOP);
        assertThat(IndonesianNames.read(Bentuk.class, "Sekunder")).contains(Bentuk.SEKUNDER);
    }

    @Test
    void anythingElseIsNoCode() {
        assertThat(IndonesianNames.read(Jenis.class, "Bank")).isEmpty();
        assertThat(IndonesianNames.read(Jenis.class, "SimpanPinjam")).isEmpty();
        assertThat(IndonesianNames.read(Jenis.class, "")).isEmpty();
        // A name of another type's code is not this type's.
        assertThat(IndonesianNames.read(Kelompok.class, "Simpan pinjam")).isEmpty();
    }

    @Test
    void theNameIsTheOfficesOrTheCodeItself() {
        assertThat(IndonesianNames.of(Jenis.SIMPAN_PINJAM)).isEqualTo("Simpan pinjam");
        assertThat(IndonesianNames.of(Kelompok.COMPANY_EMPLOYEES)).isEqualTo("Karyawan perusahaan");
        assertThat(IndonesianNames.of(Bentuk.PRIMER)).isEqualTo("PRIMER");
    }
}
