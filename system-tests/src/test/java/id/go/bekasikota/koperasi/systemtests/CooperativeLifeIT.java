package id.go.bekasikota.koperasi.systemtests;

import id.go.bekasikota.koperasi.testsupport.CooperativeNumbers;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A cooperative's whole life in the register through the gateway: registered, reports filed,
 * graded A, dormant by today (asOf), a reactivation case with a visit, back to ACTIVE by a filed
 * report which closes the case, and counted each time in the activation dashboard.
 */
@ExtendWith(SuiteExtension.class)
class CooperativeLifeIT {

    private static final String THEN = "2024-07-01";

    @Test
    void registeredGradedDormantReactivatedAndCountedEveryStepOfTheWay() {
        JsonPath todayBefore = dashboard(null);
        JsonPath thenBefore = dashboard(THEN);

        String id = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(Map.of(
                        "cooperativeNumber", CooperativeNumbers.unique(),
                        "name", "Koperasi Tunas Harapan " + UUID.randomUUID().toString().substring(0, 6),
                        "jenis", "PEMASARAN", "bentuk", "PRIMER", "kelompok", "COMMUNITY",
                        "kecamatanCode", "327506", "foundedOn", "2015-03-01"))
                .when().post("/api/v1/cooperatives").then().statusCode(201).extract().path("id");
        for (int year : new int[]{2021, 2022, 2023}) {
            file(id, year, (year + 1) + "-03-10");
        }

        // Graded A as of 1 July 2024 (reports for 2021-2023); dormant today (due year 2025, no report for 2024 or 2025).
        given().when().get("/api/v1/cooperatives/" + id + "/standing?asOf=" + THEN)
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("grade", equalTo("A"))
                .body("latestDueYear", equalTo(2023));
        given().when().get("/api/v1/cooperatives/" + id + "/standing")
                .then().statusCode(200).body("status", equalTo("INACTIVE")).body("grade", equalTo("C2"))
                .body("reportedWindowYears", equalTo(List.of(2023)));
        JsonPath dormant = dashboard(null);
        assertThat(dormant.getLong("total.inactive")).isEqualTo(todayBefore.getLong("total.inactive") + 1);
        assertThat(dormant.getLong("total.active")).isEqualTo(todayBefore.getLong("total.active"));
        assertThat(kecamatan(dormant, "inactive")).isEqualTo(kecamatan(todayBefore, "inactive") + 1);
        JsonPath then = dashboard(THEN);
        assertThat(then.getLong("total.active")).isEqualTo(thenBefore.getLong("total.active") + 1);
        assertThat(then.getLong("total.grades.A")).isEqualTo(thenBefore.getLong("total.grades.A") + 1);

        // The office opens a reactivation case and visits: still INACTIVE, flagged.
        String caseId = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                .body(Map.of("reason", "No RAT since 2024; the chair asked for help with the books"))
                .when().post("/api/v1/cooperatives/" + id + "/reactivation-cases").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                .body(Map.of("visitedOn", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString(), "notes", "Books for 2024 incomplete", "nextSteps", "Bookkeeping clinic"))
                .when().post("/api/v1/cooperatives/" + id + "/reactivation-cases/" + caseId + "/visits").then().statusCode(201);
        given().when().get("/api/v1/cooperatives/" + id + "/standing")
                .then().body("status", equalTo("INACTIVE")).body("underReactivation", equalTo(true));
        assertThat(dashboard(null).getLong("total.underReactivation")).isEqualTo(todayBefore.getLong("total.underReactivation") + 1);

        // Its own account files the 2025 report: ACTIVE again, grade B, the case closed as REACTIVATED.
        given().auth().oauth2(Tokens.cooperative(UUID.fromString(id))).contentType(ContentType.JSON)
                .body(report(2025, "2026-04-20")).when().post("/api/v1/cooperatives/" + id + "/annual-reports").then().statusCode(201);
        given().when().get("/api/v1/cooperatives/" + id + "/standing")
                .then().body("status", equalTo("ACTIVE")).body("grade", equalTo("B")).body("underReactivation", equalTo(false));
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives/" + id + "/reactivation-cases/" + caseId)
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("outcome", equalTo("REACTIVATED"));
        JsonPath reactivated = dashboard(null);
        assertThat(reactivated.getLong("total.active")).isEqualTo(todayBefore.getLong("total.active") + 1);
        assertThat(reactivated.getLong("total.inactive")).isEqualTo(todayBefore.getLong("total.inactive"));
        assertThat(reactivated.getLong("total.underReactivation")).isEqualTo(todayBefore.getLong("total.underReactivation"));
        assertThat(kecamatan(reactivated, "active")).isEqualTo(kecamatan(todayBefore, "active") + 1);
    }

    private static void file(String id, int year, String meetingDate) {
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(report(year, meetingDate))
                .when().post("/api/v1/cooperatives/" + id + "/annual-reports").then().statusCode(201);
    }

    private static Map<String, Object> report(int year, String meetingDate) {
        return Map.of("financialYear", year, "meetingDate", meetingDate, "membersMale", 40, "membersFemale", 45,
                "employees", 3, "ownCapital", 350_000_000L, "externalCapital", 50_000_000L, "assets", 420_000_000L,
                "turnover", 610_000_000L, "surplus", 21_000_000L);
    }

    private static JsonPath dashboard(String asOf) {
        return given().queryParam("asOf", asOf == null ? "" : asOf).when().get("/api/v1/statistics/activation")
                .then().statusCode(200).extract().jsonPath();
    }

    private static long kecamatan(JsonPath dashboard, String figure) {
        return dashboard.getLong("byKecamatan.find { it.key == '327506' }.figures." + figure);
    }
}
