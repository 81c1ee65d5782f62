package id.go.bekasikota.koperasi.testsupport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Request bodies for registering cooperatives ({@code POST /api/v1/cooperatives}), as the office
 * would send them: each with a cooperative number no other test uses. The maps are fresh and
 * mutable: a test changes what it is about.
 */
public final class CooperativeMother {

    private CooperativeMother() {
    }

    /** A savings-and-loan cooperative in Bekasi Timur founded in 1998, with contact data. */
    public static Map<String, Object> limaGaruda() {
        Map<String, Object> body = new HashMap<>();
        body.put("cooperativeNumber", CooperativeNumbers.unique());
        body.put("name", "Koperasi Lima Garuda");
        body.put("legalEntityNumber", "518.08/96/BH/XIV.10/VIII/2008");
        body.put("legalEntityDate", "2008-08-14");
        body.put("jenis", "SIMPAN_PINJAM");
        body.put("bentuk", "PRIMER");
        body.put("kelompok", "COMMUNITY");
        body.put("kbliCode", "64141");
        body.put("kbliEdition", "2020");
        body.put("savingsLoanScope", "CLOSED_LOOP");
        body.put("address", "Jl. Ir. H. Juanda No. 100");
        body.put("kecamatanCode", "327501");
        body.put("kelurahan", "Margahayu");
        body.put("foundedOn", "1998-07-12");
        body.put("phone", "+62 21 8801234");
        body.put("email", "sekretariat@limagaruda.coop");
        return body;
    }

    /** Lima Garuda with a board of two, a supervisor and two branches (personal data included). */
    public static Map<String, Object> limaGarudaWithBoard() {
        Map<String, Object> body = limaGaruda();
        body.put("board", List.of(
                officeHolder("Hj. Siti Rahmawati", "Ketua", "3275014107800003", "+62 812 1234 5678"),
                officeHolder("Budi Santoso", "Bendahara", "3275011203750001", "+62 813 9876 5432")));
        body.put("supervisors", List.of(officeHolder("Drs. Agus Salim", "Ketua Pengawas", "3275010101600002", null)));
        body.put("branches", List.of(branch("Cabang Pondokgede", "Jl. Raya Jatiwaringin No. 12", "327508"),
                branch("Cabang Jatiasih", "Jl. Wibawa Mukti II", "327509")));
        return body;
    }

    /** A producers' cooperative of doll makers in Bantargebang founded in 2011: the fewest fields. */
    public static Map<String, Object> bonekaBekasi() {
        Map<String, Object> body = new HashMap<>();
        body.put("cooperativeNumber", CooperativeNumbers.unique());
        body.put("name", "Koperasi Boneka Bekasi");
        body.put("jenis", "PRODUSEN");
        body.put("bentuk", "PRIMER");
        body.put("kelompok", "COMMUNITY");
        body.put("kbliCode", "32401");
        body.put("kbliEdition", "2020");
        body.put("kecamatanCode", "327507");
        body.put("foundedOn", "2011-03-01");
        return body;
    }

    /** {@link #bonekaBekasi()} under another name and founding date. */
    public static Map<String, Object> named(String name, String foundedOn) {
        Map<String, Object> body = bonekaBekasi();
        body.put("name", name);
        body.put("foundedOn", foundedOn);
        return body;
    }

    /** A board member (pengurus) or supervisor (pengawas). */
    public static Map<String, Object> officeHolder(String name, String position, String personalNik, String phone) {
        Map<String, Object> person = new HashMap<>();
        person.put("name", name);
        person.put("position", position);
        person.put("personalNik", personalNik);
        person.put("phone", phone);
        return person;
    }

    public static Map<String, Object> branch(String name, String address, String kecamatanCode) {
        Map<String, Object> branch = new HashMap<>();
        branch.put("name", name);
        branch.put("address", address);
        branch.put("kecamatanCode", kecamatanCode);
        return branch;
    }

    /** A dissolution ({@code POST .../dissolution}). */
    public static Map<String, Object> dissolution(String dissolvedOn, String legalBasis) {
        Map<String, Object> body = new HashMap<>();
        body.put("dissolvedOn", dissolvedOn);
        body.put("legalBasis", legalBasis);
        return body;
    }
}
