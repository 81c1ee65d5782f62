package id.go.bekasikota.koperasi.registry.domain;

/**
 * A full update (PUT) of a cooperative's registered data: every field of {@code data} replaces the registered one, and
 * of the lists those the request named. A list it left out stays as it is: the board and supervisors are personal data
 * that no search row or public view carries, so a form filled from a search result must not erase them. An empty list
 * removes every one.
 *
 * @param boardGiven       whether the request named the board (pengurus)
 * @param supervisorsGiven whether it named the supervisors (pengawas)
 * @param branchesGiven    whether it named the branch offices
 */
public record CooperativeReplacement(CooperativeData data, boolean boardGiven, boolean supervisorsGiven, boolean branchesGiven) {

    /** The registered data once this replaces {@code current}. */
    public CooperativeData over(CooperativeData current) {
        return new CooperativeData(data.cooperativeNumber(), data.name(), data.legalEntityNumber(), data.legalEntityDate(),
                data.jenis(), data.bentuk(), data.kelompok(), data.kbliCode(), data.kbliEdition(), data.savingsLoanScope(),
                data.address(), data.kecamatanCode(), data.kelurahan(), data.foundedOn(), data.phone(), data.email(),
                boardGiven ? data.board() : current.board(), supervisorsGiven ? data.supervisors() : current.supervisors(),
                branchesGiven ? data.branches() : current.branches());
    }
}
