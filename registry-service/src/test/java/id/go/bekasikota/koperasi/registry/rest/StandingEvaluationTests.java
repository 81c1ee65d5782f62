package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.registry.service.StandingService;
import id.go.bekasikota.koperasi.testsupport.AdjustableClock;
import id.go.bekasikota.koperasi.testsupport.AnnualReportMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeMother;
import id.go.bekasikota.koperasi.testsupport.EventLog;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static id.go.bekasikota.koperasi.registry.support.RegistryApi.file;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.register;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.registryEvents;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

/** The daily re-evaluation: on 1 July the due year moves and standings change without any write. */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class StandingEvaluationTests {

    @Inject
    AdjustableClock clock;
    @Inject
    EntityManager entityManager;
    @Inject
    StandingService standings;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void theFirstOfJulyPublishesTheStandingsItChanged() {
        clock.today(LocalDate.of(2026, 6, 30));
        String id = register(CooperativeMother.limaGaruda());
        file(id, AnnualReportMother.report(2022));
        file(id, AnnualReportMother.report(2023));
        given().when().get("/api/v1/cooperatives/" + id).then().body("status", equalTo("ACTIVE")).body("grade", equalTo("B"));

        clock.today(LocalDate.of(2026, 7, 1));
        given().auth().oauth2(Tokens.officer()).when().post("/api/v1/statistics/standing-evaluations")
                .then().statusCode(200).body("asOf", equalTo("2026-07-01"))
                .body("statusChanges", greaterThanOrEqualTo(1)).body("gradeChanges", greaterThanOrEqualTo(1));
        given().when().get("/api/v1/cooperatives/" + id).then().body("status", equalTo("INACTIVE")).body("grade", equalTo("C2"))
                .body("version", equalTo(2));

        try (EventLog log = registryEvents()) {
            EventLog.Event status = log.await(e -> EventTypes.COOPERATIVE_STATUS_CHANGED.equals(e.type()) && id.equals(e.subject())
                    && "INACTIVE".equals(JsonPath.from(e.value()).getString("status")));
            JsonPath data = JsonPath.from(status.value());
            assertThat(data.getString("previousStatus")).isEqualTo("ACTIVE");
            assertThat(data.getString("asOf")).isEqualTo("2026-07-01");
            // Nothing registered changed: the event carries the cooperative's current version.
            assertThat(status.headers()).containsEntry("ce_aggregateversion", "2");
            EventLog.Event grade = log.await(e -> EventTypes.COOPERATIVE_GRADE_CHANGED.equals(e.type()) && id.equals(e.subject())
                    && "B".equals(JsonPath.from(e.value()).getString("previousGrade")));
            assertThat(JsonPath.from(grade.value()).getString("grade")).isEqualTo("C2");
        }
        long statusEvents = outboxCount(id, EventTypes.COOPERATIVE_STATUS_CHANGED);
        long gradeEvents = outboxCount(id, EventTypes.COOPERATIVE_GRADE_CHANGED);

        // Evaluating again the same day finds nothing new for it.
        given().auth().oauth2(Tokens.officer()).when().post("/api/v1/statistics/standing-evaluations").then().statusCode(200);
        assertThat(outboxCount(id, EventTypes.COOPERATIVE_STATUS_CHANGED)).isEqualTo(statusEvents);
        assertThat(outboxCount(id, EventTypes.COOPERATIVE_GRADE_CHANGED)).isEqualTo(gradeEvents);
    }

    @Test
    void aDailyEvaluationThatDidNotRunIsMadeUpOnceTheDayHasNone() {
        // The registry was down at 00:05 on 1 July of some year: the catch-up finds the day without an evaluation.
        clock.today(LocalDate.of(2027, 6, 30));
        String id = register(CooperativeMother.limaGaruda());
        file(id, AnnualReportMother.report(2023));
        file(id, AnnualReportMother.report(2024));
        given().auth().oauth2(Tokens.officer()).when().post("/api/v1/statistics/standing-evaluations").then().statusCode(200);
        assertThat(standings.catchUp()).as("30 June evaluated already").isEmpty();

        given().when().get("/api/v1/cooperatives/" + id).then().body("status", equalTo("ACTIVE"));
        long before = outboxCount(id, EventTypes.COOPERATIVE_STATUS_CHANGED);

        clock.today(LocalDate.of(2027, 7, 1));
        // As of 1 July 2027 the due year is 2026: neither 2026 nor 2025 has a report, so INACTIVE.
        var madeUp = standings.catchUp();
        assertThat(madeUp).isPresent();
        assertThat(madeUp.get().asOf()).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(madeUp.get().statusChanges()).isGreaterThanOrEqualTo(1);
        assertThat(outboxCount(id, EventTypes.COOPERATIVE_STATUS_CHANGED)).isEqualTo(before + 1);
        assertThat(standings.catchUp()).as("1 July evaluated now").isEmpty();
        assertThat(outboxCount(id, EventTypes.COOPERATIVE_STATUS_CHANGED)).isEqualTo(before + 1);
    }

    private long outboxCount(String id, String type) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from outbox_event where aggregate_id = :id and event_type = :type")
                .setParameter("id", id).setParameter("type", type).getSingleResult()).longValue());
    }

    @Test
    void onlyOfficersRunTheEvaluation() {
        given().when().post("/api/v1/statistics/standing-evaluations").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.auditor()).when().post("/api/v1/statistics/standing-evaluations").then().statusCode(403);
    }
}
