package id.go.bekasikota.koperasi.testsupport;

import io.restassured.http.ContentType;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Partners' financing programs as the office registers them ({@code POST /api/v1/financing-programs}):
 * request bodies a test changes where it is about something, and their registration through the
 * API. The maps are fresh and mutable.
 */
public final class FinancingProgramMother {

    private FinancingProgramMother() {
    }

    /** A partner id no other test uses, e.g. {@code bank-3f2c9a}. */
    public static String partner() {
        return "bank-" + UUID.randomUUID().toString().substring(0, 6);
    }

    /**
     * A bank's KUR Kecil: 6% a year on a declining balance, Rp 10 to 500 million, 6 to 60
     * months, any jenis and KBLI, open from {@code opensOn} without end.
     */
    public static Map<String, Object> kurKecil(String partnerId, LocalDate opensOn, String... requiredDocuments) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partnerId", partnerId);
        body.put("partnerName", "Bank " + partnerId);
        body.put("partnerKind", "BANK");
        body.put("name", "KUR Kecil " + partnerId);
        body.put("scheme", "KUR_KECIL");
        body.put("annualRate", 0.06);
        body.put("method", "DECLINING_BALANCE");
        body.put("minAmount", 10_000_000L);
        body.put("maxAmount", 500_000_000L);
        body.put("minTenorMonths", 6);
        body.put("maxTenorMonths", 60);
        body.put("allowedJenis", List.of());
        body.put("allowedKbliPrefixes", List.of());
        body.put("opensOn", opensOn.toString());
        body.put("requiredDocuments", List.of(requiredDocuments));
        return body;
    }

    /**
     * The LPDB-KUMKM revolving fund for savings-and-loan cooperatives (KBLI 64): 5.5% flat,
     * Rp 50 million to 5 billion, 12 to 60 months, a proposal required, open from
     * {@code opensOn} to {@code closesOn}.
     */
    public static Map<String, Object> lpdbRevolvingFund(String partnerId, LocalDate opensOn, LocalDate closesOn) {
        Map<String, Object> body = kurKecil(partnerId, opensOn, "PROPOSAL");
        body.put("partnerName", "LPDB-KUMKM");
        body.put("partnerKind", "FUND");
        body.put("name", "Dana bergulir " + opensOn.getYear());
        body.put("scheme", "LPDB_KUMKM");
        body.put("annualRate", 0.055);
        body.put("method", "FLAT");
        body.put("minAmount", 50_000_000L);
        body.put("maxAmount", 5_000_000_000L);
        body.put("minTenorMonths", 12);
        body.put("allowedJenis", List.of("SIMPAN_PINJAM"));
        body.put("allowedKbliPrefixes", List.of("64"));
        body.put("closesOn", closesOn.toString());
        return body;
    }

    /** Registers the program as an officer; returns its id. */
    public static String register(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/financing-programs")
                .then().statusCode(201).extract().path("id");
    }
}
