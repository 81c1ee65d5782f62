package id.go.bekasikota.koperasi.financing.rest;

import id.go.bekasikota.koperasi.testsupport.AdjustableClock;
import id.go.bekasikota.koperasi.testsupport.FinancingProgramMother;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static id.go.bekasikota.koperasi.financing.support.RegisteredCooperatives.eligible;
import static id.go.bekasikota.koperasi.testsupport.LoanApplicationMother.approveAndDisburse;
import static id.go.bekasikota.koperasi.testsupport.LoanApplicationMother.as;
import static id.go.bekasikota.koperasi.testsupport.LoanApplicationMother.draft;
import static id.go.bekasikota.koperasi.testsupport.LoanApplicationMother.forward;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Object-level rules: a cooperative sees and acts only on its own applications, a partner only on
 * those forwarded to its programs; auditors read and never act; anonymous callers get nothing.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "financing"))
class LoanAccessTests {

    @Inject
    AdjustableClock clock;

    UUID owner;
    UUID other;
    String partner;
    String otherPartner;
    String application;

    @BeforeEach
    void aForwardedApplication() {
        owner = eligible(clock);
        other = eligible(clock);
        partner = FinancingProgramMother.partner();
        otherPartner = FinancingProgramMother.partner();
        program(otherPartner);
        application = draft(owner, program(partner), 20_000_000, 12);
        forward(owner, application);
    }

    @Test
    void thePartnerReadsTheDocumentsButNotWhoOfTheCooperativeUploadedThem() {
        String withDocument = draft(owner, program(partner), 10_000_000, 12);
        id.go.bekasikota.koperasi.testsupport.LoanApplicationMother.attachPdf(owner, withDocument, "PROPOSAL");
        forward(owner, withDocument);
        as(Tokens.partner(partner)).when().get("/api/v1/loan-applications/" + withDocument + "/documents").then().statusCode(200)
                .body("documentType", equalTo(java.util.List.of("PROPOSAL"))).body("[0]", not(org.hamcrest.Matchers.hasKey("uploadedBy")));
        as(Tokens.officer()).when().get("/api/v1/loan-applications/" + withDocument + "/documents").then().statusCode(200)
                .body("uploadedBy", equalTo(java.util.List.of("koperasi@" + owner)));
    }

    String program(String partnerId) {
        return FinancingProgramMother.register(FinancingProgramMother.kurKecil(partnerId, LocalDate.now(clock).minusYears(1)));
    }

    String officer() {
        return Tokens.officer();
    }

    @Test
    void anonymousCallersGetNothing() {
        given().when().get("/api/v1/loan-applications").then().statusCode(401).contentType("application/problem+json");
        given().when().get("/api/v1/loan-applications/" + application).then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/loan-applications").then().statusCode(401);
        given().when().get("/api/v1/partner/loan-applications").then().statusCode(401);
        given().when().get("/api/v1/loan-eligibility").then().statusCode(401);
        given().when().get("/api/v1/portfolio").then().statusCode(401);
    }

    @Test
    void anotherCooperativeNeitherSeesNorActsOnTheApplication() {
        String stranger = Tokens.cooperative(other);
        as(stranger).when().get("/api/v1/loan-applications/" + application).then().statusCode(404);
        as(stranger).when().get("/api/v1/loan-applications/" + application + "/history").then().statusCode(404);
        as(stranger).when().get("/api/v1/loan-applications/" + application + "/documents").then().statusCode(404);
        as(stranger).when().post("/api/v1/loan-applications/" + application + "/withdraw").then().statusCode(404);
        as(stranger).when().get("/api/v1/loan-applications").then().statusCode(200).body("items.id", not(hasItem(application)));
        as(stranger).when().get("/api/v1/loan-applications?cooperativeId=" + owner).then().statusCode(200)
                .body("page.totalItems", equalTo(0));
        as(stranger).body("{\"cooperativeId\": \"" + owner + "\", \"programId\": \"" + UUID.randomUUID()
                        + "\", \"amount\": 10000000, \"tenorMonths\": 12, \"purpose\": \"x\"}")
                .when().post("/api/v1/loan-applications").then().statusCode(403);
        as(stranger).when().get("/api/v1/loan-eligibility?cooperativeId=" + owner + "&programId=" + UUID.randomUUID())
                .then().statusCode(403);
        // The owner sees its own.
        as(Tokens.cooperative(owner)).when().get("/api/v1/loan-applications").then().statusCode(200)
                .body("items.id", hasItem(application)).body("items.cooperativeId", everyItem(equalTo(owner.toString())));
    }

    @Test
    void anotherPartnerNeitherSeesNorActsOnTheApplication() {
        String stranger = Tokens.partner(otherPartner);
        as(stranger).when().get("/api/v1/partner/loan-applications/" + application).then().statusCode(404);
        as(stranger).when().get("/api/v1/loan-applications/" + application).then().statusCode(404);
        as(stranger).when().get("/api/v1/partner/loan-applications").then().statusCode(200)
                .body("items.id", not(hasItem(application)));
        // Every parameter at fault named in one 400, the page's too.
        as(stranger).queryParam("page", 0).queryParam("state", "x").queryParam("programId", "y")
                .when().get("/api/v1/partner/loan-applications").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.equalTo(java.util.List.of("page", "state", "programId")));
        as(stranger).when().get("/api/v1/loan-applications?partnerId=" + partner).then().statusCode(200)
                .body("items.id", not(hasItem(application)));
        as(stranger).header("Idempotency-Key", UUID.randomUUID().toString()).body("{\"decision\": \"APPROVE\"}")
                .when().post("/api/v1/partner/loan-applications/" + application + "/decision").then().statusCode(404);
        // Nor does a partner see an application before it is forwarded.
        String notForwarded = draft(owner, program(partner), 10_000_000, 12);
        as(Tokens.partner(partner)).when().get("/api/v1/partner/loan-applications/" + notForwarded).then().statusCode(404);
        as(Tokens.partner(partner)).when().get("/api/v1/partner/loan-applications/" + application).then().statusCode(200);
    }

    @Test
    void rolesActOnlyWithinTheirPart() {
        // Partners and cooperatives cannot do the office's steps; the office cannot decide for the partner.
        as(Tokens.partner(partner)).when().post("/api/v1/loan-applications/" + application + "/verify").then().statusCode(403);
        as(Tokens.cooperative(owner)).when().post("/api/v1/loan-applications/" + application + "/forward").then().statusCode(403);
        as(officer()).header("Idempotency-Key", "k1").body("{\"decision\": \"APPROVE\"}")
                .when().post("/api/v1/partner/loan-applications/" + application + "/decision").then().statusCode(403);
        // Auditors read everything and change nothing.
        as(Tokens.auditor()).when().get("/api/v1/loan-applications/" + application).then().statusCode(200);
        as(Tokens.auditor()).when().get("/api/v1/portfolio").then().statusCode(200);
        as(Tokens.auditor()).when().post("/api/v1/loan-applications/" + application + "/withdraw").then().statusCode(403);
        as(Tokens.auditor()).when().post("/api/v1/portfolio/arrears-evaluations").then().statusCode(403);
        // Jurors have nothing to do here.
        as(Tokens.juror("juri-1")).when().get("/api/v1/loan-applications").then().statusCode(403);
        // Programs are public to read, written by officers only.
        given().when().get("/api/v1/financing-programs").then().statusCode(200);
        as(Tokens.partner(partner)).body("{}").when().post("/api/v1/financing-programs").then().statusCode(403);
        // The partner's own portfolio only.
        approveAndDisburse(partner, application, LocalDate.now(clock));
        as(Tokens.partner(otherPartner)).when().get("/api/v1/partner/portfolio").then().statusCode(200)
                .body("partnerId", equalTo(otherPartner)).body("loans", equalTo(0));
        as(Tokens.partner(partner)).when().get("/api/v1/partner/portfolio").then().statusCode(200).body("loans", equalTo(1));
        as(Tokens.cooperative(owner)).when().get("/api/v1/partner/portfolio").then().statusCode(403);
    }
}
