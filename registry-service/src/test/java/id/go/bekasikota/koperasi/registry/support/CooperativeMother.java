package id.go.bekasikota.koperasi.registry.support;

import id.go.bekasikota.koperasi.testsupport.CooperativeNumbers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Request bodies for cooperatives, reports, cases, clusters and imports, as the office would send them. */
public final class CooperativeMother {

    private CooperativeMother() {
    }

    public static String uniqueNumber() {
        return CooperativeNumbers.unique();
    }

    /** A savings-and-loan cooperative in Bekasi Timur founded in 1998. */
    public static Map<String, Object> limaGaruda() {
        Map<String, Object> body = new HashMap<>();
        body.put("cooperativeNumber", uniqueNumber());
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

    /** Lima Garuda with a board, a supervisor and two branches. */
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

    /** A producers' cooperative of doll makers in Bantargebang. */
    public static Map<String, Object> bonekaBekasi() {
        Map<String, Object> body = new HashMap<>();
        body.put("cooperativeNumber", uniqueNumber());
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

    public static Map<String, Object> report(int financialYear) {
        Map<String, Object> body = new HashMap<>();
        body.put("financialYear", financialYear);
        body.put("meetingDate", (financialYear + 1) + "-03-21");
        body.put("membersMale", 812);
        body.put("membersFemale", 904);
        body.put("employees", 35);
        body.put("ownCapital", 41_250_000_000L);
        body.put("externalCapital", 18_000_000_000L);
        body.put("assets", 500_000_000_000L);
        body.put("turnover", 96_000_000_000L);
        body.put("surplus", 5_400_000_000L);
        return body;
    }

    public static Map<String, Object> reportWithAssets(int financialYear, long assets) {
        Map<String, Object> body = report(financialYear);
        body.put("assets", assets);
        return body;
    }

    public static Map<String, Object> reactivationCase() {
        return new HashMap<>(Map.of("reason", "No RAT since 2021; the chair asked for help with the books"));
    }

    public static Map<String, Object> visit(String visitedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("visitedOn", visitedOn);
        body.put("notes", "Met the board; books for 2023-2024 are incomplete");
        body.put("nextSteps", "Bookkeeping clinic; RAT planned for March");
        return body;
    }

    public static Map<String, Object> cluster(String name, String hostCooperativeId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("productCategory", "DOLLS_AND_TOYS");
        body.put("description", "Doll makers buying fabric and dacron together");
        body.put("hostCooperativeId", hostCooperativeId);
        body.put("kecamatanCode", "327507");
        return body;
    }

    public static Map<String, Object> clusterMember(String businessName) {
        Map<String, Object> body = new HashMap<>();
        body.put("businessName", businessName);
        body.put("ownerName", "Ibu Yati");
        body.put("products", "Stuffed dolls, plush keychains");
        body.put("kecamatanCode", "327507");
        body.put("joinedOn", "2024-05-02");
        return body;
    }

    public static final String CSV_HEADER =
            "cooperativeNumber,name,jenis,bentuk,kelompok,kbliCode,kbliEdition,savingsLoanScope,address,kecamatanCode,foundedOn,email";

    /** A valid CSV row for {@link #CSV_HEADER}. */
    public static String csvRow(String number, String name) {
        return String.join(",", number, "\"" + name + "\"", "SIMPAN_PINJAM", "PRIMER", "COMPANY_EMPLOYEES", "64141", "2020",
                "CLOSED_LOOP", "\"Jl. Raya Narogong Km. 7, Bantargebang\"", "327507", "2004-02-17", "kopkar@example.id");
    }

    /** A CSV file of {@code rows} valid rows with fresh numbers. */
    public static String csv(int rows) {
        List<String> lines = new ArrayList<>(rows + 1);
        lines.add(CSV_HEADER);
        long base = ThreadLocalRandom.current().nextLong(1_000_000_000L, 8_000_000_000L);
        for (int i = 0; i < rows; i++) {
            lines.add(csvRow("3275" + (base + i), "Koperasi Karyawan Impor " + i));
        }
        return String.join("\n", lines) + "\n";
    }
}
