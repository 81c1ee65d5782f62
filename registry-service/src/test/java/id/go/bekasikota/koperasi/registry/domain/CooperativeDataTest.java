package id.go.bekasikota.koperasi.registry.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which fields of the registered data changed, by their API names, in the order of the body. */
class CooperativeDataTest {

    @Test
    void equalDataChangedNothing() {
        assertThat(CooperativeTest.limaGaruda().changedFrom(CooperativeTest.limaGaruda())).isEmpty();
    }

    @Test
    void everyFieldIsComparedIncludingTheListsOfPeopleAndBranches() {
        CooperativeData before = CooperativeTest.limaGaruda();
        CooperativeData after = new CooperativeData("3275010010002", before.name(), before.legalEntityNumber(), null,
                before.jenis(), before.bentuk(), before.kelompok(), before.kbliCode(), before.kbliEdition(), before.savingsLoanScope(),
                before.address(), "327502", before.kelurahan(), before.foundedOn(), before.phone(), before.email(),
                List.of(new CooperativeData.Person("Hj. Siti Rahmawati", "Ketua", "3275014107800003", "+62 812 1")),
                List.of(new CooperativeData.Person("Drs. Agus Salim", "Ketua Pengawas", null, null)), before.branches());
        assertThat(after.changedFrom(before)).containsExactly("cooperativeNumber", "legalEntityDate", "kecamatanCode", "board", "supervisors");
    }

    @Test
    void absentListsAreEmpty() {
        CooperativeData data = new CooperativeData(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
        assertThat(data.board()).isEmpty();
        assertThat(data.supervisors()).isEmpty();
        assertThat(data.branches()).isEmpty();
    }
}
