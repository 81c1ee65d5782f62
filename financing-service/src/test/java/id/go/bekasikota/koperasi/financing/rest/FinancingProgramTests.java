package id.go.bekasikota.koperasi.financing.rest;

import id.go.bekasikota.koperasi.testsupport.Tags;
import id.go.bekasikota.koperasi.testsupport.AdjustableClock;
import id.go.bekasikota.koperasi.testsupport.CooperativeSnapshotMother;
import id.go.bekasikota.koperasi.testsupport.FinancingProgramMother;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.bekasikota.koperasi.financing.support.RegisteredCooperatives.register;
import static id.go.bekasikota.koperasi.testsupport.LoanApplicationMother.as;
import static id.go.bekasikota.koperasi.testsupport.LoanApplicationMother.draft;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

/**
 * Programs: registered and replaced by officers with If-Match, read by everyone; and eligibility
 * before applying. Dates are taken from the office clock, whatever day the run starts on.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "financing"))
class FinancingProgramTests {

    @Inject
    AdjustableClock clock;

    /** The LPDB revolving fund, open from a year ago to a year ahead. */
    Map<String, Object> lpdb(String partnerId) {
        LocalDate today = LocalDate.now(clock);
        return FinancingProgramMother.lpdbRevolvingFund(partnerId, today.minusYears(1), today.plusYears(1));
    }

    @Test
    void officersRegisterAndReplaceProgramsEveryoneReadsThem() {
        String partner = FinancingProgramMother.partner();
        Map<String, Object> body = lpdb(partner);
        String location = as(Tokens.officer()).body(body)
                .when().post("/api/v1/financing-programs")
                .then().statusCode(201).header("ETag", Tags.ofVersion(0)).body("annualRate", equalTo(0.055f)).body("open", equalTo(true))
                .extract().header("Location");
        given().when().get(location).then().statusCode(200).body("partnerId", equalTo(partner)).body("method", equalTo("FLAT"));
        given().when().get("/api/v1/financing-programs?partnerId=" + partner).then().statusCode(200)
                .body("items.partnerId", everyItem(equalTo(partner))).body("page.totalItems", equalTo(1));
        LocalDate dayAfterClosing = LocalDate.parse((String) body.get("closesOn")).plusDays(1);
        given().when().get("/api/v1/financing-programs?openOn=" + dayAfterClosing + "&partnerId=" + partner)
                .then().body("page.totalItems", equalTo(0));
        given().when().get("/api/v1/financing-programs?openOn=" + body.get("closesOn") + "&partnerId=" + partner)
                .then().body("page.totalItems", equalTo(1));

        body.put("maxAmount", 4_000_000_000L);
        as(Tokens.officer()).body(body).when().put(location).then().statusCode(428);
        as(Tokens.officer()).header("If-Match", "\"0\"").body(body)
                .when().put(location).then().statusCode(200).header("ETag", Tags.ofVersion(1)).body("maxAmount", equalTo(4_000_000_000L));
        body.put("maxAmount", 3_000_000_000L);
        as(Tokens.officer()).header("If-Match", "\"0\"").body(body).when().put(location).then().statusCode(412);
        // Who defined and last changed it: to the office and auditors, not to the public or a partner.
        given().auth().oauth2(Tokens.auditor()).when().get(location).then().statusCode(200)
                .body("createdBy", equalTo("officer@dev")).body("updatedBy", equalTo("officer@dev"));
        given().when().get(location).then().statusCode(200).body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("createdBy")))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("updatedBy")));
        given().auth().oauth2(Tokens.partner(partner)).when().get(location).then().statusCode(200)
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("updatedBy")));
    }

    @Test
    void filtersLongerThanTheDocumentStatesAreRefusedNamingTheParameter() {
        // 64 characters is the longest partner id (a program's, a token's partner_id), 40 the longest scheme
        given().when().get("/api/v1/financing-programs?partnerId=" + "p".repeat(64) + "&scheme=" + "S".repeat(40))
                .then().statusCode(200).body("page.totalItems", equalTo(0));
        given().when().get("/api/v1/financing-programs?partnerId=" + "p".repeat(65))
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", equalTo(List.of("partnerId")));
        given().when().get("/api/v1/financing-programs?scheme=" + "S".repeat(41))
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", equalTo(List.of("scheme")));
        as(Tokens.officer()).when().get("/api/v1/loan-applications?partnerId=" + "p".repeat(65))
                .then().statusCode(400).body("errors.field", equalTo(List.of("partnerId")));
        as(Tokens.officer()).when().get("/api/v1/portfolio?partnerId=" + "p".repeat(65))
                .then().statusCode(400).body("errors.field", equalTo(List.of("partnerId")));
    }

    @Test
    void inconsistentProgramsAreRefusedNamingTheFields() {
        Map<String, Object> body = lpdb("lpdb");
        body.put("maxAmount", 1_000L);
        body.put("closesOn", LocalDate.parse((String) body.get("opensOn")).minusDays(1).toString());
        as(Tokens.officer()).body(body)
                .when().post("/api/v1/financing-programs")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("maxAmount", "closesOn"));
        Map<String, Object> balloon = lpdb("lpdb");
        balloon.put("method", "BALLOON");
        as(Tokens.officer()).body(balloon)
                .when().post("/api/v1/financing-programs")
                .then().statusCode(400).contentType("application/problem+json");
        Map<String, Object> misspelt = lpdb("lpdb");
        misspelt.put("schema", misspelt.remove("scheme"));
        as(Tokens.officer()).body(misspelt)
                .when().post("/api/v1/financing-programs")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void namesThatMisleadTheReaderAreRefusedAndNamesAreStoredNormalised() {
        Map<String, Object> reversed = lpdb("lpdb");
        reversed.put("name", "Dana bergulir \u202Egnajnip\u202C");
        reversed.put("partnerName", "\u200B\u200B");
        as(Tokens.officer()).body(reversed)
                .when().post("/api/v1/financing-programs")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("name", "partnerName"));
        Map<String, Object> decomposed = lpdb(FinancingProgramMother.partner());
        // "Kope\u0301rasi" (e + combining acute) is stored as the single character U+00E9, trimmed.
        decomposed.put("name", "  Dana Kope\u0301rasi  ");
        as(Tokens.officer()).body(decomposed)
                .when().post("/api/v1/financing-programs")
                .then().statusCode(201).body("name", equalTo("Dana Kop\u00E9rasi"));
    }

    @Test
    void eligibilityExplainsEveryFailedRuleBeforeApplying() {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> body = lpdb(FinancingProgramMother.partner());
        body.put("maxAmount", 500_000_000L);
        String program = FinancingProgramMother.register(body);
        // A producer (not savings and loan) in manufacturing (KBLI 32401, not 64), asking too little for too long.
        UUID cooperative = register(CooperativeSnapshotMother.eligibleAsOf(today, "Koperasi Boneka"));
        // F written out by hand in the Mother (not the production rule).
        int latestDueYear = CooperativeSnapshotMother.latestDueYear(today);
        as(Tokens.cooperative(cooperative))
                .when().get("/api/v1/loan-eligibility?programId=" + program + "&amount=1000000&tenorMonths=120")
                .then().statusCode(200).body("eligible", equalTo(false)).body("latestDueYear", equalTo(latestDueYear))
                .body("checks.findAll { it.outcome == 'FAILED' }.rule", containsInAnyOrder(
                        "JENIS_ALLOWED", "KBLI_ALLOWED", "AMOUNT_WITHIN_LIMITS", "TENOR_WITHIN_LIMITS"))
                .body("reasons", hasItem("Jenis PRODUSEN is not accepted by the program (accepted: SIMPAN_PINJAM)."))
                .body("reasons", hasItem("Amount 1000000 is below the program's minimum of 50000000."))
                .body("reasons", hasItem("Tenor of 120 months is above the program's maximum of 60 months."));
        // The same rules at submission: every reason at once (and the missing proposal), the application stays a draft;
        // the amount and the tenor are named as fields, as a recommendation and a decision name them.
        String draft = draft(cooperative, program, 1_000_000, 120);
        as(Tokens.cooperative(cooperative)).when().post("/api/v1/loan-applications/" + draft + "/submit")
                .then().statusCode(422).body("type", equalTo("https://koperasi.bekasikota.go.id/problems/rule-violation"))
                .body("reasons.size()", equalTo(5))
                .body("reasons", hasItem("The program requires a PROPOSAL document; none is attached."))
                .body("reasons", hasItem("Amount 1000000 is below the program's minimum of 50000000."))
                .body("reasons", hasItem("Tenor of 120 months is above the program's maximum of 60 months."))
                .body("errors.field", equalTo(List.of("amount", "tenorMonths")))
                .body("errors.message", equalTo(List.of("Amount 1000000 is below the program's minimum of 50000000.",
                        "Tenor of 120 months is above the program's maximum of 60 months.")));
        // In Indonesian, the field messages a form shows beside its fields, and the reasons, amounts in rupiah as Indonesians
        // write them.
        as(Tokens.cooperative(cooperative)).header("Accept-Language", "id-ID").when().post("/api/v1/loan-applications/" + draft + "/submit")
                .then().statusCode(422).header("Content-Language", "id")
                .body("errors.message", equalTo(List.of("Jumlah Rp 1.000.000 di bawah minimum program sebesar Rp 50.000.000.",
                        "Jangka waktu 120 bulan di atas maksimum program 60 bulan.")))
                .body("reasons", hasItem("Jangka waktu 120 bulan di atas maksimum program 60 bulan."))
                .body("reasons", hasItem("Program mewajibkan dokumen PROPOSAL; dokumen tersebut belum dilampirkan."));
        as(Tokens.cooperative(cooperative)).when().get("/api/v1/loan-applications/" + draft).then().body("state", equalTo("DRAFT"));
        // Unknown cooperative or program.
        as(Tokens.officer()).when().get("/api/v1/loan-eligibility?cooperativeId=" + UUID.randomUUID() + "&programId=" + program)
                .then().statusCode(404);
        as(Tokens.officer()).when().get("/api/v1/loan-eligibility?cooperativeId=" + cooperative + "&programId=" + UUID.randomUUID())
                .then().statusCode(404);
        as(Tokens.officer()).when().get("/api/v1/loan-eligibility?cooperativeId=" + cooperative + "&programId=nope")
                .then().statusCode(400).body("errors[0].field", equalTo("programId"));
        // Nothing is asked for no money or no months: the document's minimum of 1, kept on the wire.
        for (String asked : List.of("amount=0", "amount=-1", "tenorMonths=0", "tenorMonths=-12")) {
            as(Tokens.officer()).when().get("/api/v1/loan-eligibility?cooperativeId=" + cooperative + "&programId=" + program + "&" + asked)
                    .then().statusCode(400).body("errors[0].field", equalTo(asked.substring(0, asked.indexOf('='))))
                    .body("errors[0].message", equalTo("must be at least 1"));
        }
        as(Tokens.officer()).when().get("/api/v1/loan-eligibility?cooperativeId=" + cooperative + "&programId=" + program + "&amount=1&tenorMonths=1")
                .then().statusCode(200);
        // Every parameter at fault at once, in the order of the operation's parameters.
        as(Tokens.officer()).when().get("/api/v1/loan-eligibility?programId=nope&amount=0&tenorMonths=x&asOf=2026-02-30")
                .then().statusCode(400).body("detail", equalTo("5 fields are not valid"))
                .body("errors.field", equalTo(List.of("cooperativeId", "programId", "amount", "tenorMonths", "asOf")));
    }
}
