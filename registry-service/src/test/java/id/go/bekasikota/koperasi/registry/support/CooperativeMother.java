package id.go.bekasikota.koperasi.registry.support;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Request bodies for cooperatives and reports, as the office would send them. */
public final class CooperativeMother {

    private CooperativeMother() {
    }

    public static String uniqueNumber() {
        return "3275" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
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
}
