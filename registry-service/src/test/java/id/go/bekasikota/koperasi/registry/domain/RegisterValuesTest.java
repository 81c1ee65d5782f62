package id.go.bekasikota.koperasi.registry.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register's small values: an office holder and a branch are equal when every field is (Hibernate
 * compares a cooperative's collections by them), and a kecamatan is found by its Kemendagri code.
 */
class RegisterValuesTest {

    private static OfficeHolder holder(String name, String position, String nik, String phone) {
        return new OfficeHolder(new CooperativeData.Person(name, position, nik, phone));
    }

    private static Branch branch(String name, String address, String kecamatan) {
        return new Branch(new CooperativeData.BranchOffice(name, address, kecamatan));
    }

    @Test
    void anOfficeHolderIsEqualToAnotherOnlyWhenEveryFieldIs() {
        OfficeHolder siti = holder("Siti", "Ketua", "3275014107800003", "+62 21 8801234");
        assertThat(siti).isEqualTo(holder("Siti", "Ketua", "3275014107800003", "+62 21 8801234"));
        assertThat(siti.hashCode()).isEqualTo(holder("Siti", "Ketua", "3275014107800003", "+62 21 8801234").hashCode());
        assertThat(siti).isNotEqualTo(holder("Sita", "Ketua", "3275014107800003", "+62 21 8801234"));
        assertThat(siti).isNotEqualTo(holder("Siti", "Sekretaris", "3275014107800003", "+62 21 8801234"));
        assertThat(siti).isNotEqualTo(holder("Siti", "Ketua", "3275014107800004", "+62 21 8801234"));
        assertThat(siti).isNotEqualTo(holder("Siti", "Ketua", "3275014107800003", null));
        assertThat(siti).isNotEqualTo(branch("Siti", null, null));
        assertThat(siti.hashCode()).isNotEqualTo(holder("Siti", "Ketua", null, null).hashCode());
        assertThat(siti.person()).isEqualTo(new CooperativeData.Person("Siti", "Ketua", "3275014107800003", "+62 21 8801234"));
    }

    @Test
    void aBranchIsEqualToAnotherOnlyWhenEveryFieldIs() {
        Branch pondokgede = branch("Cabang Pondokgede", "Jl. Raya Jatiwaringin 1", "327508");
        assertThat(pondokgede).isEqualTo(branch("Cabang Pondokgede", "Jl. Raya Jatiwaringin 1", "327508"));
        assertThat(pondokgede.hashCode()).isEqualTo(branch("Cabang Pondokgede", "Jl. Raya Jatiwaringin 1", "327508").hashCode());
        assertThat(pondokgede).isNotEqualTo(branch("Cabang Jatiasih", "Jl. Raya Jatiwaringin 1", "327508"));
        assertThat(pondokgede).isNotEqualTo(branch("Cabang Pondokgede", "Jl. Lain 2", "327508"));
        assertThat(pondokgede).isNotEqualTo(branch("Cabang Pondokgede", "Jl. Raya Jatiwaringin 1", "327509"));
        assertThat(pondokgede).isNotEqualTo(holder("Cabang Pondokgede", null, null, null));
        assertThat(pondokgede.hashCode()).isNotEqualTo(branch("Cabang Pondokgede", null, null).hashCode());
    }

    @Test
    void aKecamatanIsFoundByItsCode() {
        assertThat(Kecamatan.byCode("327508")).contains(Kecamatan.PONDOKGEDE);
        assertThat(Kecamatan.byCode("327501")).contains(Kecamatan.BEKASI_TIMUR);
        assertThat(Kecamatan.byCode("327599")).isEmpty();
    }
}
