package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.testsupport.AdjustableClock;
import id.go.bekasikota.koperasi.testsupport.AnnualReportMother;
import id.go.bekasikota.koperasi.testsupport.ClusterMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeMother;
import id.go.bekasikota.koperasi.testsupport.DueYear;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tags;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static id.go.bekasikota.koperasi.registry.support.RegistryApi.file;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 13 item 6: {@code If-None-Match} on an entity read answers 304 with the same ETag and no
 * body when it names the entity's tag (weak comparison) or is {@code *} (platform
 * {@code ConditionalReads}, one filter for every service). The tag is the version with a digest of
 * the representation ({@code "0.kq2W-0xA"}): what a view works out as of today (status, grade) changes
 * it too, while a write checks the version part only.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class ConditionalReadTests {

    @Inject
    AdjustableClock clock;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void theCurrentTagStrongOrWeakInAListOrStarIsAnswered304WithoutABody() {
        String path = "/api/v1/cooperatives/" + register();
        String tag = tagOf(path);
        assertThat(tag).matches("\"0\\.[A-Za-z0-9_-]{8}\"");
        for (String ifNoneMatch : List.of(tag, "W/" + tag, "\"7\", " + tag, "*")) {
            Response answer = given().auth().oauth2(Tokens.officer()).header("If-None-Match", ifNoneMatch).when().get(path);
            assertThat(answer.statusCode()).as(ifNoneMatch).isEqualTo(304);
            assertThat(answer.header("ETag")).isEqualTo(tag);
            assertThat(answer.asString()).isEmpty();
            assertThat(answer.header("Content-Type")).isNull();
        }
    }

    @Test
    void theTagIsTheVersionWithTheDigestOfTheBodyAsSent() throws Exception {
        String path = "/api/v1/cooperatives/" + register();
        Response answer = given().auth().oauth2(Tokens.officer()).when().get(path);
        // Computed here from the bytes received: SHA-256, first six bytes, base64url (the tag's documented form).
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(answer.asByteArray());
        String expected = "\"0." + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 6)) + "\"";
        assertThat(answer.header("ETag")).isEqualTo(expected);
    }

    @Test
    void anotherTagIsAnsweredWithTheEntity() {
        String path = "/api/v1/cooperatives/" + register();
        String tag = tagOf(path);
        for (String ifNoneMatch : List.of("\"0\"", "\"1\"", "\"00\"", "0", "W/\"10\"", tag.replace("0.", "1."))) {
            given().auth().oauth2(Tokens.officer()).header("If-None-Match", ifNoneMatch).when().get(path)
                    .then().statusCode(200).header("ETag", tag).body("name", equalTo("Koperasi Lima Garuda"));
        }
    }

    @Test
    void aChangeMakesTheOldTagStale() {
        String id = register();
        String path = "/api/v1/cooperatives/" + id;
        String before = tagOf(path);
        String after = given().auth().oauth2(Tokens.officer()).contentType("application/merge-patch+json").header("If-Match", before)
                .body("{\"kelurahan\": \"Bekasi Jaya\"}").when().patch(path)
                .then().statusCode(200).header("ETag", Tags.ofVersion(1)).extract().header("ETag");
        // The answer to the write carries the tag a read of the same state has.
        assertThat(tagOf(path)).isEqualTo(after);
        given().auth().oauth2(Tokens.officer()).header("If-None-Match", before).when().get(path)
                .then().statusCode(200).header("ETag", after).body("kelurahan", equalTo("Bekasi Jaya"));
        given().auth().oauth2(Tokens.officer()).header("If-None-Match", after).when().get(path)
                .then().statusCode(304).header("ETag", after);
    }

    @Test
    void theSameVersionReadAfterItsStandingChangedIsANewRepresentation() {
        // Reports for F-1 and F (F: the latest due year today) make it ACTIVE today; three years on, the latest
        // due year is F+3 and neither F+3 nor F+2 has a report: INACTIVE, though nothing registered changed.
        LocalDate today = LocalDate.now(clock);
        int f = DueYear.asOf(today);
        String id = register();
        String path = "/api/v1/cooperatives/" + id;
        file(id, AnnualReportMother.report(f - 1));
        file(id, AnnualReportMother.report(f));
        Response now = given().auth().oauth2(Tokens.officer()).when().get(path);
        assertThat(now.jsonPath().getString("status")).isEqualTo("ACTIVE");
        String version = now.jsonPath().getString("version");
        String tagToday = now.header("ETag");

        clock.today(today.plusYears(3));
        assertThat(DueYear.asOf(LocalDate.now(clock))).isEqualTo(f + 3);
        Response later = given().auth().oauth2(Tokens.officer()).header("If-None-Match", tagToday).when().get(path);
        assertThat(later.statusCode()).isEqualTo(200);
        assertThat(later.jsonPath().getString("status")).isEqualTo("INACTIVE");
        assertThat(later.jsonPath().getString("version")).isEqualTo(version);
        assertThat(later.header("ETag")).isNotEqualTo(tagToday).startsWith("\"" + version + ".");
        // A write with the earlier read's tag is not refused: its version is still the current one.
        given().auth().oauth2(Tokens.officer()).contentType("application/merge-patch+json").header("If-Match", tagToday)
                .body("{\"kelurahan\": \"Bekasi Jaya\"}").when().patch(path).then().statusCode(200);
    }

    @Test
    void ifMatchComparesStronglyAWeakTagIsStale() {
        String path = "/api/v1/cooperatives/" + register();
        given().auth().oauth2(Tokens.officer()).contentType("application/merge-patch+json").header("If-Match", "W/" + tagOf(path))
                .body("{\"kelurahan\": \"Bekasi Jaya\"}").when().patch(path)
                .then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void headIsConditionalToo() {
        String path = "/api/v1/cooperatives/" + register();
        String tag = tagOf(path);
        given().auth().oauth2(Tokens.officer()).header("If-None-Match", tag).when().head(path).then().statusCode(304).header("ETag", tag);
        given().auth().oauth2(Tokens.officer()).header("If-None-Match", "\"3\"").when().head(path).then().statusCode(200).header("ETag", tag);
    }

    @Test
    void thePublicViewHasATagOfItsOwnSoATokenNeverRevalidatesThePublicCopy() {
        String path = "/api/v1/cooperatives/" + register();
        String officeTag = tagOf(path);
        // Anonymous callers read the public view (no board, no personal data) under a tag of its own.
        String publicTag = given().when().get(path).then().statusCode(200).header("ETag", Tags.ofView(0, "public")).extract().header("ETag");
        given().header("If-None-Match", publicTag).when().get(path).then().statusCode(304).header("ETag", publicTag);
        // The office holding that public copy reads again with its token: the full view, not a 304.
        given().auth().oauth2(Tokens.officer()).header("If-None-Match", publicTag).when().get(path)
                .then().statusCode(200).header("ETag", officeTag).body("name", equalTo("Koperasi Lima Garuda"));
        // An anonymous caller holding the office's tag gets its own view too.
        given().header("If-None-Match", officeTag).when().get(path).then().statusCode(200).header("ETag", publicTag);
        // The public tag is not a version to write on.
        given().auth().oauth2(Tokens.officer()).contentType("application/merge-patch+json").header("If-Match", publicTag)
                .body("{\"kelurahan\": \"Bekasi Jaya\"}").when().patch(path)
                .then().statusCode(412);
    }

    @Test
    void starOnWhatDoesNotExistIsStillNotFound() {
        given().header("If-None-Match", "*").when().get("/api/v1/cooperatives/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void everyEntityReadWithAnETagIsConditionalNotOnlyCooperatives() {
        Response created = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                .body(ClusterMother.cluster("Sentra Boneka " + UUID.randomUUID(), null))
                .when().post("/api/v1/clusters").then().statusCode(201).header("ETag", Tags.ofVersion(0)).extract().response();
        String cluster = created.path("id");
        String tag = created.header("ETag");
        given().header("If-None-Match", tag).when().get("/api/v1/clusters/" + cluster)
                .then().statusCode(304).header("ETag", tag).body(emptyString());
        given().header("If-None-Match", "\"9\"").when().get("/api/v1/clusters/" + cluster)
                .then().statusCode(200).header("ETag", tag);
    }

    private static String tagOf(String path) {
        return given().auth().oauth2(Tokens.officer()).when().get(path).then().statusCode(200).extract().header("ETag");
    }

    private static String register() {
        return given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(CooperativeMother.limaGaruda())
                .when().post("/api/v1/cooperatives").then().statusCode(201).extract().path("id");
    }
}
