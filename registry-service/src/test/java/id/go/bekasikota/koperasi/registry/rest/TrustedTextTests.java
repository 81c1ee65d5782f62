package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.testsupport.ClusterMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeImportMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeNumbers;
import id.go.bekasikota.koperasi.testsupport.ReactivationCaseMother;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.bekasikota.koperasi.registry.support.RegistryApi.etag;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * Names and text in the public register can be trusted (issue 14.8): stored normalised (NFC,
 * trimmed); a name or number with a character that turns the reading direction or cannot be seen,
 * a name of spaces or invisible characters, or a name without a letter is refused naming the field,
 * through the API and the bulk import alike.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class TrustedTextTests {

    /** "Koperasi Berkah" with its "e" turned around by a right-to-left override: it shows as "Koperasi Bhakre". */
    private static final String OVERRIDE = "Koperasi B\u202Eekrah";
    private static final String ZERO_WIDTH = "Koperasi\u200BLima Garuda";
    /** Without a charset REST Assured would send these bodies in ISO-8859-1, which has no place for the characters tested. */
    private static final String MERGE_PATCH_UTF8 = "application/merge-patch+json; charset=UTF-8";

    @Test
    void aNameThatTurnsTheReadingDirectionIsRefused() {
        registerWith("name", OVERRIDE).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("must not contain characters that change the reading direction (found U+202E)"));
        for (String control : List.of("\u202A", "\u202B", "\u202C", "\u202D", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C")) {
            registerWith("name", "Koperasi " + control + "Maju").statusCode(400).body("errors[0].field", equalTo("name"));
        }
    }

    @Test
    void zeroWidthCharactersAreRefusedInNamesAndNumbers() {
        registerWith("name", ZERO_WIDTH).statusCode(400).body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("must not contain invisible or control characters (found U+200B)"));
        for (String invisible : List.of("\u200C", "\u200D", "\u2060", "\uFEFF")) {
            registerWith("name", "Koperasi" + invisible + "Maju").statusCode(400).body("errors[0].field", equalTo("name"));
        }
        registerWith("legalEntityNumber", "AHU-000\u200B7557.AH.01.26.Tahun 2020").statusCode(400)
                .body("errors[0].field", equalTo("legalEntityNumber"));
        registerWith("cooperativeNumber", "3275\u200B01001").statusCode(400).body("errors[0].field", equalTo("cooperativeNumber"));
        registerWith("kelurahan", "Marga\u202Ehayu").statusCode(400).body("errors[0].field", equalTo("kelurahan"));
    }

    @Test
    void aNameOfSpacesOrInvisibleCharactersIsNoName() {
        registerWith("name", "\u00A0 \u3000\u2007").statusCode(400).body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("must not be blank"));
        registerWith("name", "\u3164\u3164\u3164").statusCode(400).body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("must contain a letter"));
        registerWith("name", "\u200B\u200B").statusCode(400).body("errors[0].field", equalTo("name"));
        registerWith("name", "\u2800").statusCode(400).body("errors[0].message", equalTo("must contain a letter"));
    }

    @Test
    void aNameWithoutALetterIsRefused() {
        for (String name : List.of("12345", "+1", "-1", "=1+1", "...")) {
            registerWith("name", name).statusCode(400).body("errors[0].field", equalTo("name"))
                    .body("errors[0].message", equalTo("must contain a letter"));
        }
    }

    @Test
    void textIsStoredComposedAndTrimmed() {
        // "é" and "Ü" sent decomposed (letter + combining mark, NFD): stored as single letters (NFC).
        Map<String, Object> body = CooperativeMother.limaGaruda();
        body.put("name", "  Koperasi Be\u0301rkah U\u0308mmat \t");
        body.put("address", " Jl. Ke\u0301dung No. 1 ");
        String id = register(body);
        given().when().get("/api/v1/cooperatives/" + id).then().statusCode(200)
                .body("name", equalTo("Koperasi B\u00e9rkah \u00dcmmat")).body("address", equalTo("Jl. K\u00e9dung No. 1"));
        given().queryParam("name", "Be\u0301rkah \u00dcmmat").when().get("/api/v1/cooperatives").then().statusCode(200)
                .body("items.id", hasItem(id));
        given().auth().oauth2(Tokens.officer()).contentType(MERGE_PATCH_UTF8).header("If-Match", etag(id))
                .body(Map.of("name", "Koperasi Se\u0301jahtera "))
                .when().patch("/api/v1/cooperatives/" + id).then().statusCode(200).body("name", equalTo("Koperasi S\u00e9jahtera"));
        given().auth().oauth2(Tokens.officer()).contentType(MERGE_PATCH_UTF8).header("If-Match", etag(id))
                .body(Map.of("name", OVERRIDE))
                .when().patch("/api/v1/cooperatives/" + id).then().statusCode(400).body("errors[0].field", equalTo("name"));
    }

    @Test
    void boardMembersBranchesClustersAndBusinessesAreNamedTheSameWay() {
        Map<String, Object> body = CooperativeMother.limaGaruda();
        body.put("board", List.of(CooperativeMother.officeHolder("Siti \u202ERahmawati", "Ketua", null, null)));
        body.put("branches", List.of(CooperativeMother.branch("Cabang\u200BPondokgede", null, "327508")));
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body).when().post("/api/v1/cooperatives")
                .then().statusCode(400).body("errors.field", equalTo(List.of("board[0].name", "branches[0].name")));

        Map<String, Object> cluster = ClusterMother.cluster("Sentra \u202EBoneka", null);
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(cluster).when().post("/api/v1/clusters")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        String clusterId = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                .body(ClusterMother.cluster("Sentra Bone\u0301ka " + UUID.randomUUID(), null)).when().post("/api/v1/clusters")
                .then().statusCode(201).body("name", containsString("Sentra Bon\u00e9ka")).extract().path("id");
        Map<String, Object> member = ClusterMother.member("\u200B\u200B");
        member.put("ownerName", "42");
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(member)
                .when().post("/api/v1/clusters/" + clusterId + "/members")
                .then().statusCode(400).body("errors.field", equalTo(List.of("businessName", "ownerName")));
    }

    @Test
    void freeTextKeepsLineBreaksButNoOtherControlCharacters() {
        String id = register(CooperativeMother.bonekaBekasi());
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(Map.of("reason", "Dormant\u0007"))
                .when().post("/api/v1/cooperatives/" + id + "/reactivation-cases")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"))
                .body("errors[0].message", equalTo("must not contain control characters (found U+0007)"));
        Map<String, Object> reason = ReactivationCaseMother.reactivationCase();
        reason.put("reason", " No RAT since two years.\nThe chair asked for help. ");
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(reason)
                .when().post("/api/v1/cooperatives/" + id + "/reactivation-cases")
                .then().statusCode(201).body("reason", equalTo("No RAT since two years.\nThe chair asked for help."));
    }

    @Test
    void importedRowsAreHeldToTheSameRules() {
        String refused = CooperativeNumbers.unique();
        String composed = CooperativeNumbers.unique();
        String csv = CooperativeImportMother.file(List.of(
                CooperativeImportMother.row(refused, OVERRIDE),
                CooperativeImportMother.row(CooperativeNumbers.unique(), "12345"),
                CooperativeImportMother.row(composed, "Koperasi Be\u0301rkah Impor")));
        given().auth().oauth2(Tokens.officer()).contentType("text/csv; charset=UTF-8").queryParam("mode", "VALID_ROWS_ONLY").body(csv)
                .when().post("/api/v1/cooperative-imports").then().statusCode(201)
                .body("created", equalTo(1)).body("rejected", equalTo(2))
                .body("rows[0].errors[0].field", equalTo("name"))
                .body("rows[0].errors[0].message", equalTo("must not contain characters that change the reading direction (found U+202E)"))
                .body("rows[1].errors[0].message", equalTo("must contain a letter"));
        given().queryParam("cooperativeNumber", composed).when().get("/api/v1/cooperatives").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].name", equalTo("Koperasi B\u00e9rkah Impor"));
    }

    private static ValidatableResponse registerWith(String field, String value) {
        Map<String, Object> body = CooperativeMother.limaGaruda();
        body.put(field, value);
        return given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cooperatives").then();
    }
}
