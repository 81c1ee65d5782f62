package id.go.bekasikota.koperasi.systemtests;

import id.go.bekasikota.koperasi.stack.OfficeClockStart;
import id.go.bekasikota.koperasi.testsupport.AnnualReportMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeMother;
import id.go.bekasikota.koperasi.testsupport.DueYear;
import id.go.bekasikota.koperasi.testsupport.ReactivationCaseMother;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A cooperative's whole life in the register through the gateway: registered, reports filed,
 * graded A on 1 July of last due year, dormant today, a reactivation case with a visit, back to ACTIVE by a filed
 * report which closes the case, and counted each time in the activation dashboard.
 *
 * <p>The packaged suite runs on the office clock of the run ({@link OfficeClockStart}): every year here is taken from that day, F (the
 * latest due financial year) by the rule written out in {@link DueYear}, so the test holds on any day.
 */
@ExtendWith(SuiteExtension.class)
class CooperativeLifeIT {

    @Test
    void registeredGradedDormantReactivatedAndCountedEveryStepOfTheWay() {
        LocalDate today = OfficeClockStart.today();
        int f = DueYear.asOf(today);
        // On 1 July of F-1 the due year was F-2: the window F-4..F-2.
        LocalDate then = LocalDate.of(f - 1, 7, 1);
        JsonPath todayBefore = dashboard(null);
        JsonPath thenBefore = dashboard(then.toString());

        Map<String, Object> body = CooperativeMother.named("Koperasi Tunas Harapan " + UUID.randomUUID().toString().substring(0, 6),
                (f - 9) + "-03-01");
        body.put("jenis", "PEMASARAN");
        body.put("kecamatanCode", "327506");
        String id = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cooperatives").then().statusCode(201).extract().path("id");
        for (int year : new int[]{f - 4, f - 3, f - 2}) {
            file(id, AnnualReportMother.report(year, (year + 1) + "-03-10"));
        }

        // Graded A as of 1 July of F-1 (reports for F-4..F-2); dormant today (no report for F-1 or F; F-2 alone: C2).
        given().when().get("/api/v1/cooperatives/" + id + "/standing?asOf=" + then)
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("grade", equalTo("A"))
                .body("latestDueYear", equalTo(f - 2));
        given().when().get("/api/v1/cooperatives/" + id + "/standing")
                .then().statusCode(200).body("status", equalTo("INACTIVE")).body("grade", equalTo("C2"))
                .body("latestDueYear", equalTo(f)).body("reportedWindowYears", equalTo(List.of(f - 2)));
        JsonPath dormant = dashboard(null);
        assertThat(dormant.getLong("total.inactive")).isEqualTo(todayBefore.getLong("total.inactive") + 1);
        assertThat(dormant.getLong("total.active")).isEqualTo(todayBefore.getLong("total.active"));
        assertThat(kecamatan(dormant, "inactive")).isEqualTo(kecamatan(todayBefore, "inactive") + 1);
        JsonPath thenAfter = dashboard(then.toString());
        assertThat(thenAfter.getLong("total.active")).isEqualTo(thenBefore.getLong("total.active") + 1);
        assertThat(thenAfter.getLong("total.grades.A")).isEqualTo(thenBefore.getLong("total.grades.A") + 1);

        // The office opens a reactivation case and visits: still INACTIVE, flagged.
        String caseId = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                .body(ReactivationCaseMother.reactivationCase())
                .when().post("/api/v1/cooperatives/" + id + "/reactivation-cases").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(ReactivationCaseMother.visit(today.toString()))
                .when().post("/api/v1/cooperatives/" + id + "/reactivation-cases/" + caseId + "/visits").then().statusCode(201);
        given().when().get("/api/v1/cooperatives/" + id + "/standing")
                .then().body("status", equalTo("INACTIVE")).body("underReactivation", equalTo(true));
        assertThat(dashboard(null).getLong("total.underReactivation")).isEqualTo(todayBefore.getLong("total.underReactivation") + 1);

        // Its own account files the report for F (the meeting on 20 April of F+1 has passed on any day F is due):
        // ACTIVE again, grade B (F-2 and F), the case closed as REACTIVATED.
        given().auth().oauth2(Tokens.cooperative(UUID.fromString(id))).contentType(ContentType.JSON)
                .body(AnnualReportMother.report(f, (f + 1) + "-04-20"))
                .when().post("/api/v1/cooperatives/" + id + "/annual-reports").then().statusCode(201);
        given().when().get("/api/v1/cooperatives/" + id + "/standing")
                .then().body("status", equalTo("ACTIVE")).body("grade", equalTo("B")).body("underReactivation", equalTo(false));
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives/" + id + "/reactivation-cases/" + caseId)
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("outcome", equalTo("REACTIVATED"));
        JsonPath reactivated = dashboard(null);
        assertThat(reactivated.getLong("total.active")).isEqualTo(todayBefore.getLong("total.active") + 1);
        assertThat(reactivated.getLong("total.inactive")).isEqualTo(todayBefore.getLong("total.inactive"));
        assertThat(reactivated.getLong("total.underReactivation")).isEqualTo(todayBefore.getLong("total.underReactivation"));
        assertThat(kecamatan(reactivated, "active")).isEqualTo(kecamatan(todayBefore, "active") + 1);

        // Before its founding day it was not in the register: it had no standing.
        given().when().get("/api/v1/cooperatives/" + id + "/standing?asOf=" + (f - 9) + "-02-28")
                .then().statusCode(400).body("errors[0].field", equalTo("asOf"));
    }

    private static void file(String id, Map<String, Object> report) {
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(report)
                .when().post("/api/v1/cooperatives/" + id + "/annual-reports").then().statusCode(201);
    }

    private static JsonPath dashboard(String asOf) {
        // today: no asOf at all (an empty asOf= is not a date, as the document says)
        return (asOf == null ? given() : given().queryParam("asOf", asOf)).when().get("/api/v1/statistics/activation")
                .then().statusCode(200).extract().jsonPath();
    }

    private static long kecamatan(JsonPath dashboard, String figure) {
        return dashboard.getLong("byKecamatan.find { it.key == '327506' }.figures." + figure);
    }
}
