package id.go.bekasikota.koperasi.financing.rest;

import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static id.go.bekasikota.koperasi.financing.support.LoanFixtures.as;
import static id.go.bekasikota.koperasi.financing.support.LoanFixtures.draft;
import static id.go.bekasikota.koperasi.financing.support.LoanFixtures.eligibleCooperative;
import static id.go.bekasikota.koperasi.financing.support.LoanFixtures.program;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

/** Programs: registered and replaced by officers with If-Match, read by everyone; and eligibility before applying. */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "financing"))
class FinancingProgramTests {

    static final String LPDB = """
            {"partnerId": "%s", "partnerName": "LPDB-KUMKM", "partnerKind": "FUND", "name": "Dana bergulir 2026",
             "scheme": "LPDB_KUMKM", "annualRate": 0.055, "method": "FLAT", "minAmount": %d, "maxAmount": %d,
             "minTenorMonths": 12, "maxTenorMonths": 60, "allowedJenis": ["SIMPAN_PINJAM"], "allowedKbliPrefixes": ["64"],
             "opensOn": "2025-01-01", "closesOn": "%s", "requiredDocuments": ["PROPOSAL"]}""";

    @Test
    void officersRegisterAndReplaceProgramsEveryoneReadsThem() {
        String partner = "lpdb-" + UUID.randomUUID().toString().substring(0, 6);
        String location = as(Tokens.officer()).body(LPDB.formatted(partner, 50_000_000, 5_000_000_000L, "2027-12-31"))
                .when().post("/api/v1/financing-programs")
                .then().statusCode(201).header("ETag", "\"0\"").body("annualRate", equalTo(0.055f)).body("open", equalTo(true))
                .extract().header("Location");
        given().when().get(location).then().statusCode(200).body("partnerId", equalTo(partner)).body("method", equalTo("FLAT"));
        given().when().get("/api/v1/financing-programs?partnerId=" + partner).then().statusCode(200)
                .body("items.partnerId", everyItem(equalTo(partner))).body("page.totalItems", equalTo(1));
        given().when().get("/api/v1/financing-programs?openOn=2028-01-01&partnerId=" + partner).then().body("page.totalItems", equalTo(0));

        as(Tokens.officer()).body(LPDB.formatted(partner, 50_000_000, 4_000_000_000L, "2027-12-31"))
                .when().put(location).then().statusCode(428);
        as(Tokens.officer()).header("If-Match", "\"0\"").body(LPDB.formatted(partner, 50_000_000, 4_000_000_000L, "2027-12-31"))
                .when().put(location).then().statusCode(200).header("ETag", "\"1\"").body("maxAmount", equalTo(4_000_000_000L));
        as(Tokens.officer()).header("If-Match", "\"0\"").body(LPDB.formatted(partner, 50_000_000, 3_000_000_000L, "2027-12-31"))
                .when().put(location).then().statusCode(412);
    }

    @Test
    void inconsistentProgramsAreRefusedNamingTheFields() {
        as(Tokens.officer()).body(LPDB.formatted("lpdb", 50_000_000, 1_000, "2024-01-01"))
                .when().post("/api/v1/financing-programs")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("maxAmount", "closesOn"));
        as(Tokens.officer()).body(LPDB.formatted("lpdb", 50_000_000, 60_000_000, "2027-01-01").replace("\"FLAT\"", "\"BALLOON\""))
                .when().post("/api/v1/financing-programs")
                .then().statusCode(400).contentType("application/problem+json");
        as(Tokens.officer()).body(LPDB.formatted("lpdb", 50_000_000, 60_000_000, "2027-01-01").replace("\"scheme\"", "\"schema\""))
                .when().post("/api/v1/financing-programs")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void eligibilityExplainsEveryFailedRuleBeforeApplying() {
        String partner = "lpdb-" + UUID.randomUUID().toString().substring(0, 6);
        String program = as(Tokens.officer()).body(LPDB.formatted(partner, 50_000_000, 500_000_000, "2027-12-31"))
                .when().post("/api/v1/financing-programs").then().statusCode(201).extract().path("id");
        // A producer (not savings and loan) in manufacturing (not KBLI 64), asking too little for too long.
        var cooperative = eligibleCooperative("PRODUSEN", "32400", 2024, 2025);
        as(Tokens.cooperative(cooperative))
                .when().get("/api/v1/loan-eligibility?programId=" + program + "&amount=1000000&tenorMonths=120")
                .then().statusCode(200).body("eligible", equalTo(false)).body("latestDueYear", equalTo(2025))
                .body("checks.findAll { it.outcome == 'FAILED' }.rule", containsInAnyOrder(
                        "JENIS_ALLOWED", "KBLI_ALLOWED", "AMOUNT_WITHIN_LIMITS", "TENOR_WITHIN_LIMITS"))
                .body("reasons", hasItem("Jenis PRODUSEN is not accepted by the program (accepted: SIMPAN_PINJAM)."));
        // The same rules at submission: every reason at once, and the application stays a draft.
        String draft = draft(cooperative, program, 1_000_000, 120);
        as(Tokens.cooperative(cooperative)).when().post("/api/v1/loan-applications/" + draft + "/submit")
                .then().statusCode(422).body("reasons.size()", equalTo(5));
        as(Tokens.cooperative(cooperative)).when().get("/api/v1/loan-applications/" + draft).then().body("state", equalTo("DRAFT"));
        // Unknown cooperative or program.
        as(Tokens.officer()).when().get("/api/v1/loan-eligibility?cooperativeId=" + UUID.randomUUID() + "&programId=" + program)
                .then().statusCode(404);
        as(Tokens.officer()).when().get("/api/v1/loan-eligibility?cooperativeId=" + cooperative + "&programId=" + UUID.randomUUID())
                .then().statusCode(404);
        as(Tokens.officer()).when().get("/api/v1/loan-eligibility?cooperativeId=" + cooperative + "&programId=nope")
                .then().statusCode(400).body("errors[0].field", equalTo("programId"));
    }
}
