package id.go.bekasikota.koperasi.systemtests;

import id.go.bekasikota.koperasi.testsupport.CooperativeNumbers;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A government system mirrors the register from the changes feed with its machine token (role
 * {@code system}): it reads from the start, stops, the register changes, it resumes from its
 * cursor, and its mirror equals the register as the office reads it, row by row.
 */
@ExtendWith(SuiteExtension.class)
class ChangesFeedIT {

    private static final String FEED = "/api/v1/cooperative-changes";

    /** The government system's copy: the latest entry of every cooperative, and where it stopped. */
    private static final class Mirror {
        final Map<String, Map<String, Object>> cooperatives = new HashMap<>();
        String cursor;
        int pages;
        int changes;

        /** Reads until the end of the feed. */
        void catchUp(String token) {
            while (true) {
                var request = given().auth().oauth2(token).queryParam("limit", 500);
                if (cursor != null) {
                    request.queryParam("after", cursor);
                }
                Response page = request.when().get(FEED);
                page.then().statusCode(200);
                JsonPath json = page.jsonPath();
                List<Map<String, Object>> items = json.getList("items");
                for (Map<String, Object> item : items) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> cooperative = (Map<String, Object>) item.get("cooperative");
                    cooperatives.put((String) cooperative.get("id"), cooperative);
                }
                changes += items.size();
                pages++;
                cursor = json.getString("next");
                if (!json.getBoolean("hasMore")) {
                    assertThat(page.header("Retry-After")).isNotNull();
                    return;
                }
            }
        }
    }

    @Test
    void aGovernmentSystemResumesFromItsCursorAndEndsWithTheRegister() {
        String system = Tokens.system();
        List<String> before = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            before.add(register("Koperasi Cermin " + i));
        }
        Mirror mirror = new Mirror();
        mirror.catchUp(system);
        String stoppedAt = mirror.cursor;
        int changesBeforeStop = mirror.changes;
        assertThat(mirror.cooperatives.keySet()).containsAll(before);

        // While the government system is away: new cooperatives, updates, reports, a dissolution.
        List<String> during = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            during.add(register("Koperasi Baru " + i));
        }
        rename(before.get(0), "Koperasi Cermin Berganti Nama");
        report(before.get(1), 2025);
        report(during.get(0), 2024);
        dissolve(before.get(2));

        // It has nothing new at its stop only until then: now the same request answers the changes.
        given().auth().oauth2(system).queryParam("after", stoppedAt).queryParam("limit", 1).when().get(FEED)
                .then().statusCode(200).body("hasMore", org.hamcrest.Matchers.equalTo(true));
        mirror.catchUp(system);
        assertThat(mirror.changes - changesBeforeStop).isGreaterThanOrEqualTo(during.size() + 4);

        // Rows written around the service by other tests reach the feed through the registry's maintenance job (every minute).
        Awaitility.await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(3)).untilAsserted(() -> {
            mirror.catchUp(system);
            Map<String, Map<String, Object>> register = register();
            assertThat(mirror.cooperatives.keySet()).as("the mirror holds exactly the register's cooperatives")
                    .containsExactlyInAnyOrderElementsOf(register.keySet());
            List<String> different = new ArrayList<>();
            register.forEach((id, row) -> {
                Map<String, Object> mirrored = new LinkedHashMap<>(mirror.cooperatives.get(id));
                mirrored.remove("annualReports");
                if (!mirrored.equals(row)) {
                    different.add(id + ": register " + row + " mirror " + mirrored);
                }
            });
            assertThat(different).as("cooperatives whose mirrored row differs from the register's").isEmpty();
        });
        assertThat(mirror.cooperatives.get(before.get(0)).get("name")).isEqualTo("Koperasi Cermin Berganti Nama");
        assertThat(mirror.cooperatives.get(before.get(2)).get("status")).isEqualTo("DISSOLVED");
        System.out.println("[changes-feed] mirrored " + mirror.cooperatives.size() + " cooperatives from " + mirror.changes
                + " changes in " + mirror.pages + " pages; compared row by row with the register");
    }

    /**
     * The register as another government system reads it (the view the feed gives it: contact data, no board, no
     * supervisors, not who recorded a dissolution), without what the feed never carries.
     */
    private static Map<String, Map<String, Object>> register() {
        Map<String, Map<String, Object>> rows = new HashMap<>();
        int page = 1;
        while (true) {
            JsonPath json = given().auth().oauth2(Tokens.system()).queryParam("page", page).queryParam("size", 100)
                    .queryParam("sort", "name").when().get("/api/v1/cooperatives").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = json.getList("items");
            for (Map<String, Object> item : items) {
                Map<String, Object> row = new LinkedHashMap<>(item);
                row.remove("board");
                row.remove("supervisors");
                rows.put((String) row.get("id"), row);
            }
            if (page >= json.getInt("page.totalPages")) {
                return rows;
            }
            page++;
        }
    }

    private static String register(String name) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "cooperativeNumber", CooperativeNumbers.unique(), "name", name + " " + UUID.randomUUID().toString().substring(0, 6),
                "jenis", "PRODUSEN", "bentuk", "PRIMER", "kelompok", "COMMUNITY", "kbliCode", "32401", "kbliEdition", "2020",
                "kecamatanCode", "327508", "foundedOn", "2012-07-12"));
        body.put("phone", "+62 21 555 0101");
        body.put("board", List.of(Map.of("name", "Ibu Ketua", "position", "Ketua", "personalNik", "3275014107800003")));
        return given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cooperatives").then().statusCode(201).extract().path("id");
    }

    private static void rename(String id, String name) {
        String etag = given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives/" + id).then().extract().header("ETag");
        given().auth().oauth2(Tokens.officer()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("name", name)).when().patch("/api/v1/cooperatives/" + id).then().statusCode(200);
    }

    private static void report(String id, int year) {
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(Map.of(
                        "financialYear", year, "meetingDate", (year + 1) + "-03-01", "membersMale", 20, "membersFemale", 25,
                        "employees", 2, "ownCapital", 100_000_000L, "externalCapital", 0, "assets", 150_000_000L,
                        "turnover", 90_000_000L, "surplus", 5_000_000L))
                .when().post("/api/v1/cooperatives/" + id + "/annual-reports").then().statusCode(201);
    }

    private static void dissolve(String id) {
        String etag = given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives/" + id).then().extract().header("ETag");
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("dissolvedOn", "2026-01-15", "legalBasis", "Keputusan rapat anggota"))
                .when().post("/api/v1/cooperatives/" + id + "/dissolution").then().statusCode(200);
    }
}
