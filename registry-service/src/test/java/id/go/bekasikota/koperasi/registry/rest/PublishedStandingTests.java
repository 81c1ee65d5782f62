package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.testsupport.AdjustableClock;
import id.go.bekasikota.koperasi.testsupport.AnnualReportMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeMother;
import id.go.bekasikota.koperasi.testsupport.DueYear;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.bekasikota.koperasi.registry.support.RegistryApi.etag;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.file;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;

/**
 * Searches by status and grade read the published standing once the day's evaluation has run,
 * and answer exactly what the rules say: right after a write, and on another date (the rules'
 * way); the dashboard is cached per register revision and moves with every write.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class PublishedStandingTests {

    @Inject
    AdjustableClock clock;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void searchesByStatusAndGradeAnswerWhatTheRulesSayBeforeAndAfterTheEvaluation() {
        // F, the latest due year today: the window is F-2..F; a report for F or F-1 makes a cooperative ACTIVE.
        int f = DueYear.asOf(LocalDate.now(clock));
        String tag = "Terbit " + UUID.randomUUID().toString().substring(0, 8);
        String gradeA = cooperative(tag + " A", f - 2, f - 1, f);
        String gradeB = cooperative(tag + " B", f - 1, f);
        String dormant = cooperative(tag + " D", f - 3);
        String dissolved = cooperative(tag + " X", f - 2, f - 1, f);
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).header("If-Match", etag(dissolved))
                .body(Map.of("dissolvedOn", LocalDate.now(clock).toString(), "legalBasis", "Keputusan Kepala Dinas"))
                .when().post("/api/v1/cooperatives/" + dissolved + "/dissolution").then().statusCode(200);

        // Before and after the day's evaluation the answers are the same.
        for (boolean evaluated : new boolean[]{false, true}) {
            if (evaluated) {
                given().auth().oauth2(Tokens.officer()).when().post("/api/v1/statistics/standing-evaluations").then().statusCode(200);
            }
            assertThat(ids(tag, "status=ACTIVE")).containsExactlyInAnyOrder(gradeA, gradeB);
            assertThat(ids(tag, "status=INACTIVE")).containsExactly(dormant);
            assertThat(ids(tag, "status=DISSOLVED")).containsExactly(dissolved);
            assertThat(ids(tag, "status=ACTIVE&grade=A")).containsExactly(gradeA);
            assertThat(ids(tag, "status=INACTIVE&grade=D")).containsExactly(dormant);
            // A grade alone includes the dissolved cooperative's grade by its reports (the rules' way).
            assertThat(ids(tag, "grade=A")).containsExactlyInAnyOrder(gradeA, dissolved);
        }

        // A write after the evaluation is in the next answer.
        file(dormant, AnnualReportMother.report(f));
        assertThat(ids(tag, "status=ACTIVE")).containsExactlyInAnyOrder(gradeA, gradeB, dormant);
        assertThat(ids(tag, "status=ACTIVE&grade=C2")).containsExactly(dormant);

        // Another date is answered by the rules, not by what was published for today: on 1 July of F
        // (due year F-1) the cooperative dissolved today was still ACTIVE, and the report for F (its
        // meeting in March of F+1) was not yet held: the formerly dormant one had only F-3.
        clock.today(LocalDate.of(f, 7, 1));
        assertThat(ids(tag, "status=ACTIVE")).containsExactlyInAnyOrder(gradeA, gradeB, dissolved);
        given().when().get("/api/v1/cooperatives?name=" + tag + "&status=INACTIVE").then().statusCode(200)
                .body("items.id", containsInAnyOrder(dormant));
    }

    @Test
    void theDashboardMovesWithEveryWrite() {
        int f = DueYear.asOf(LocalDate.now(clock));
        JsonPath before = dashboard();
        assertThat(dashboard().getMap("total")).isEqualTo(before.getMap("total"));
        String id = cooperative("Koperasi Dasbor " + UUID.randomUUID().toString().substring(0, 8), f - 1, f);
        JsonPath registered = dashboard();
        assertThat(registered.getLong("total.active")).isEqualTo(before.getLong("total.active") + 1);
        assertThat(registered.getLong("total.grades.B")).isEqualTo(before.getLong("total.grades.B") + 1);
        file(id, AnnualReportMother.report(f - 2));
        JsonPath filed = dashboard();
        assertThat(filed.getLong("total.grades.A")).isEqualTo(registered.getLong("total.grades.A") + 1);
        assertThat(filed.getLong("total.grades.B")).isEqualTo(registered.getLong("total.grades.B") - 1);
    }

    private static String cooperative(String name, int... reportYears) {
        Map<String, Object> body = CooperativeMother.bonekaBekasi();
        body.put("name", name);
        String id = register(body);
        for (int year : reportYears) {
            file(id, AnnualReportMother.report(year));
        }
        return id;
    }

    private static List<String> ids(String tag, String filter) {
        return given().when().get("/api/v1/cooperatives?size=100&name=" + tag + "&" + filter)
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }

    private static JsonPath dashboard() {
        return given().when().get("/api/v1/statistics/activation").then().statusCode(200).extract().jsonPath();
    }
}
