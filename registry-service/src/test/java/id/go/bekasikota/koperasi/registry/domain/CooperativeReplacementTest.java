package id.go.bekasikota.koperasi.registry.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A full update replaces every field and the lists it names; a list it leaves out stays, an empty one removes. */
class CooperativeReplacementTest {

    private static final CooperativeData.Person KETUA = new CooperativeData.Person("Hj. Siti Rahmawati", "Ketua", "3275014107800003", null);
    private static final CooperativeData.Person PENGAWAS = new CooperativeData.Person("Drs. Agus Salim", "Ketua Pengawas", null, null);
    private static final CooperativeData.BranchOffice CABANG = new CooperativeData.BranchOffice("Cabang Pondokgede", "Jl. Raya Jatiwaringin No. 12", "327508");

    private static CooperativeData withLists(String address, List<CooperativeData.Person> board, List<CooperativeData.Person> supervisors,
                                             List<CooperativeData.BranchOffice> branches) {
        CooperativeData base = CooperativeTest.limaGaruda();
        return new CooperativeData(base.cooperativeNumber(), base.name(), base.legalEntityNumber(), base.legalEntityDate(), base.jenis(),
                base.bentuk(), base.kelompok(), base.kbliCode(), base.kbliEdition(), base.savingsLoanScope(), address,
                base.kecamatanCode(), base.kelurahan(), base.foundedOn(), base.phone(), base.email(), board, supervisors, branches);
    }

    @Test
    void listsLeftOutStayAndTheOtherFieldsReplace() {
        CooperativeData current = withLists("Jl. Ir. H. Juanda No. 100", List.of(KETUA), List.of(PENGAWAS), List.of(CABANG));
        CooperativeData sent = withLists("Jl. Cut Mutia No. 5", null, null, null);
        CooperativeData result = new CooperativeReplacement(sent, false, false, false).over(current);
        assertThat(result.address()).isEqualTo("Jl. Cut Mutia No. 5");
        assertThat(result.board()).containsExactly(KETUA);
        assertThat(result.supervisors()).containsExactly(PENGAWAS);
        assertThat(result.branches()).containsExactly(CABANG);
        assertThat(result.changedFrom(current)).containsExactly("address");
    }

    @Test
    void listsNamedReplaceAndAnEmptyOneRemovesEveryOne() {
        CooperativeData current = withLists("Jl. Ir. H. Juanda No. 100", List.of(KETUA), List.of(PENGAWAS), List.of(CABANG));
        CooperativeData sent = withLists("Jl. Ir. H. Juanda No. 100", List.of(), List.of(PENGAWAS, KETUA), null);
        CooperativeData result = new CooperativeReplacement(sent, true, true, false).over(current);
        assertThat(result.board()).isEmpty();
        assertThat(result.supervisors()).containsExactly(PENGAWAS, KETUA);
        assertThat(result.branches()).containsExactly(CABANG);
        assertThat(result.changedFrom(current)).containsExactly("board", "supervisors");
    }
}
