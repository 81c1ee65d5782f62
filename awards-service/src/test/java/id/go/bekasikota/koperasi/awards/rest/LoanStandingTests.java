package id.go.bekasikota.koperasi.awards.rest;

import id.go.bekasikota.koperasi.awards.support.AwardsApi;
import id.go.bekasikota.koperasi.awards.support.OnTheOfficeClock;
import id.go.bekasikota.koperasi.testsupport.AwardProgramMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeSnapshotMother;
import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.contracts.financing.FinancingEventTypes;
import id.go.bekasikota.koperasi.testsupport.CloudEventProducer;
import id.go.bekasikota.koperasi.testsupport.EventLog;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The loan-standing projection of financing's events: defaults bar, settlement clears, stale and poison events change nothing. */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "awards"))
class LoanStandingTests extends OnTheOfficeClock {

    @Test
    void aDefaultBarsUntilSettledAndStaleEventsAreIgnored() {
        String programId = AwardsApi.createProgram(AwardProgramMother.program("Proyeksi pinjaman", today));
        String cooperative = AwardsApi.register(CooperativeSnapshotMother.eligibleAsOf(today, "Koperasi Pinjam"), programId);
        String loan = UUID.randomUUID().toString();
        AwardsApi.loanEvent(cooperative, loan, FinancingEventTypes.STATE_CHANGED, "DISBURSED", 10);
        AwardsApi.loanEvent(cooperative, loan, FinancingEventTypes.STATE_CHANGED, "DEFAULTED", 12);
        // Older than what is held: ignored, the loan stays DEFAULTED.
        AwardsApi.loanEvent(cooperative, loan, FinancingEventTypes.STATE_CHANGED, "REPAYING", 11);
        awaitEligible(cooperative, programId, false);
        AwardsApi.loanEvent(cooperative, loan, FinancingEventTypes.SETTLED, null, 13);
        awaitEligible(cooperative, programId, true);
    }

    @Test
    void aLoanDefaultedAfterTheNominationShowsInTheProvisionalRanking() {
        String programId = AwardsApi.createProgram(AwardProgramMother.program("Macet setelah dicalonkan", today));
        String cooperative = AwardsApi.register(CooperativeSnapshotMother.eligibleAsOf(today, "Koperasi Baru Macet"), programId);
        String nomination = AwardsApi.nominate(programId, cooperative);
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/award-programs/" + programId + "/ranking").then().statusCode(200)
                .body("entries[0].eligibilityReasons", hasSize(0));
        AwardsApi.loanEvent(cooperative, UUID.randomUUID().toString(), FinancingEventTypes.DEFAULTED, null, 5);
        awaitEligible(cooperative, programId, false);
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/award-programs/" + programId + "/ranking").then().statusCode(200)
                .body("entries[0].nominationId", equalTo(nomination))
                .body("entries[0].eligibilityReasons[0]", equalTo("Has 1 DEFAULTED loan."));
    }

    @Test
    void aNominationNoLongerEligibleHoldsTheFinalisationUntilTheOfficeWithdrawsIt() {
        String programId = AwardsApi.createProgram(AwardProgramMother.program("Macet sebelum final", today));
        String cooperative = AwardsApi.register(CooperativeSnapshotMother.eligibleAsOf(today, "Koperasi Macet Final"), programId);
        String nomination = AwardsApi.nominate(programId, cooperative);
        AwardsApi.loanEvent(cooperative, UUID.randomUUID().toString(), FinancingEventTypes.DEFAULTED, null, 5);
        awaitEligible(cooperative, programId, false);
        given().auth().oauth2(Tokens.officer()).when().post("/api/v1/award-programs/" + programId + "/close-nominations")
                .then().statusCode(200);
        // The default holds the finalisation, listed first; the sheet's juror indicator nobody can score follows.
        given().auth().oauth2(Tokens.officer()).when().post("/api/v1/award-programs/" + programId + "/finalise")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/rule-violation"))
                .body("reasons", hasSize(2))
                .body("reasons[0]", equalTo("Koperasi Macet Final (nomination " + nomination + "): Has 1 DEFAULTED loan."))
                .body("reasons[1]", org.hamcrest.Matchers.startsWith("No juror without a conflict of interest can score K1 of Koperasi Macet Final"));
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/award-programs/" + programId).then().body("state", equalTo("OPEN"));
        given().auth().oauth2(Tokens.officer()).contentType(io.restassured.http.ContentType.JSON).body(java.util.Map.of("reason", "Pinjaman macet"))
                .when().post("/api/v1/nominations/" + nomination + "/withdraw").then().statusCode(200);
        given().auth().oauth2(Tokens.officer()).when().post("/api/v1/award-programs/" + programId + "/finalise")
                .then().statusCode(200).body("state", equalTo("FINALISED"));
    }

    @Test
    void aPoisonFinancingEventGoesToTheDeadLetterTopicAndTheNextOneFlows() {
        String programId = AwardsApi.createProgram(AwardProgramMother.program("Racun", today));
        String cooperative = AwardsApi.register(CooperativeSnapshotMother.eligibleAsOf(today, "Koperasi Racun"), programId);
        try (CloudEventProducer producer = new CloudEventProducer(AwardsApi.bootstrap())) {
            producer.send(Topics.FINANCING_LOAN_APPLICATION, cooperative, UUID.randomUUID().toString(), FinancingEventTypes.DEFAULTED,
                    "x", 1, "{\"cooperativeId\": \"" + cooperative + "\"}");
            producer.send(Topics.FINANCING_LOAN_APPLICATION, cooperative, UUID.randomUUID().toString(),
                    "id.go.bekasikota.financing.loan-application.unknown.v1", "x", 1, "{}");
        }
        String loan = UUID.randomUUID().toString();
        AwardsApi.loanEvent(cooperative, loan, FinancingEventTypes.DEFAULTED, null, 3);
        try (EventLog deadLetters = new EventLog(AwardsApi.bootstrap(), Topics.AWARDS_DEAD_LETTER)) {
            deadLetters.await(e -> cooperative.equals(e.key())
                    && String.valueOf(e.headers().get("dead-letter-reason")).contains("applicationId is missing"));
            deadLetters.await(e -> cooperative.equals(e.key())
                    && String.valueOf(e.headers().get("dead-letter-reason")).contains("unknown event type"));
        }
        awaitEligible(cooperative, programId, false);
        given().auth().oauth2(Tokens.officer()).queryParam("cooperativeId", cooperative).queryParam("programId", programId)
                .when().get("/api/v1/award-eligibility").then().body("reasons", hasSize(1));
    }

    private static void awaitEligible(String cooperative, String programId, boolean eligible) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.officer())
                .queryParam("cooperativeId", cooperative).queryParam("programId", programId)
                .when().get("/api/v1/award-eligibility").then().statusCode(200).body("eligible", equalTo(eligible)));
    }
}
