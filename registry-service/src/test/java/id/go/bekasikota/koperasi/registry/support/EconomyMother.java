package id.go.bekasikota.koperasi.registry.support;

import id.go.bekasikota.koperasi.testsupport.CooperativeNumbers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for the economic indicators and the clusters' activity, as the office would send them. */
public final class EconomyMother {

    private EconomyMother() {
    }

    /** A cooperative placed in the cells a test means to move. */
    public static Map<String, Object> cooperative(String name, String kecamatanCode, String jenis, String kelompok, String foundedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("cooperativeNumber", CooperativeNumbers.unique());
        body.put("name", name);
        body.put("jenis", jenis);
        body.put("bentuk", "PRIMER");
        body.put("kelompok", kelompok);
        body.put("kecamatanCode", kecamatanCode);
        body.put("foundedOn", foundedOn);
        if (jenis.equals("SIMPAN_PINJAM")) {
            body.put("savingsLoanScope", "CLOSED_LOOP");
        }
        return body;
    }

    /** A RAT report with every figure given: members male and female, employees, capital, assets, turnover, SHU. */
    public static Map<String, Object> report(int year, String meetingDate, long... figures) {
        if (figures.length != 8) {
            throw new IllegalArgumentException("male, female, employees, own, external, assets, turnover, surplus");
        }
        Map<String, Object> body = new HashMap<>();
        body.put("financialYear", year);
        body.put("meetingDate", meetingDate);
        body.put("membersMale", figures[0]);
        body.put("membersFemale", figures[1]);
        body.put("employees", figures[2]);
        body.put("ownCapital", figures[3]);
        body.put("externalCapital", figures[4]);
        body.put("assets", figures[5]);
        body.put("turnover", figures[6]);
        body.put("surplus", figures[7]);
        return body;
    }

    /** A doll cluster's month or quarter: fabric and dacron bought together, dolls made and sold wholesale and online. */
    public static Map<String, Object> dollActivity(String period, long fabricValue, long salesValue, int jobs) {
        Map<String, Object> body = new HashMap<>();
        body.put("period", period);
        body.put("purchases", List.of(
                Map.of("item", "Kain velboa", "quantity", 1200.5, "unit", "meter", "value", fabricValue),
                Map.of("item", "Dakron", "quantity", 800, "unit", "kg", "value", 12_000_000L)));
        body.put("production", List.of(Map.of("product", "Boneka karakter", "quantity", 8000, "unit", "buah", "value", 240_000_000L)));
        body.put("sales", List.of(
                Map.of("channel", "WHOLESALE", "value", salesValue, "markets", List.of("Pasar Asemka, Jakarta", "Surabaya")),
                Map.of("channel", "ONLINE", "value", 20_000_000L, "markets", List.of("Shopee", "Tokopedia"))));
        body.put("jobs", jobs);
        return body;
    }
}
