package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.testsupport.AnnualReportMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeImportMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeNumbers;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Problem details in Bahasa Indonesia and English, chosen by Accept-Language, for each kind of problem
 * (validation, not found, forbidden, conflict, rule violation): the title, the detail and the field
 * messages change with the language, the type URI, the status, the field names and the extension members
 * do not. The expected texts are written here by hand, not read from the bundles.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class ProblemLanguageTests {

    private static final String PROBLEMS = "https://koperasi.bekasikota.go.id/problems/";

    /** The same request in each language; checks what every problem answer carries and what must not change. */
    private static Map<String, Response> inBothLanguages(java.util.function.Function<RequestSpecification, Response> request,
                                                         int status, String type) {
        Map<String, Response> answers = Map.of(
                "id", request.apply(given().header("Accept-Language", "id")),
                "en", request.apply(given().header("Accept-Language", "en")));
        answers.forEach((language, answer) -> {
            assertThat(answer.statusCode()).as(language).isEqualTo(status);
            assertThat(answer.contentType()).as(language).startsWith("application/problem+json");
            assertThat(answer.header("Content-Language")).as(language).isEqualTo(language);
            assertThat(answer.headers().getValues("Vary")).as(language).anySatisfy(vary -> assertThat(vary).contains("Accept-Language"));
            assertThat(answer.jsonPath().getString("type")).as(language).isEqualTo(PROBLEMS + type);
            assertThat(answer.jsonPath().getInt("status")).as(language).isEqualTo(status);
        });
        return answers;
    }

    private static String register(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cooperatives").then().statusCode(201).extract().path("id");
    }

    @Test
    void validationOfABodyNamesTheSameFieldsInBothLanguages() {
        Map<String, Object> body = CooperativeMother.limaGaruda();
        body.put("cooperativeNumber", "12ab");
        body.remove("name");
        Map<String, Response> answers = inBothLanguages(request -> request.auth().oauth2(Tokens.officer())
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/cooperatives"), 400, "validation");

        Response indonesian = answers.get("id");
        assertThat(indonesian.jsonPath().getString("title")).isEqualTo("Permintaan tidak valid");
        assertThat(indonesian.jsonPath().getString("detail")).isEqualTo("Terdapat 2 isian yang tidak valid");
        assertThat(indonesian.jsonPath().getList("errors.field")).containsExactly("cooperativeNumber", "name");
        assertThat(indonesian.jsonPath().getList("errors.message"))
                .containsExactly("harus terdiri atas 6 sampai 20 digit", "tidak boleh kosong");

        Response english = answers.get("en");
        assertThat(english.jsonPath().getString("title")).isEqualTo("The request is not valid");
        assertThat(english.jsonPath().getString("detail")).isEqualTo("2 fields are not valid");
        assertThat(english.jsonPath().getList("errors.field")).containsExactly("cooperativeNumber", "name");
        assertThat(english.jsonPath().getList("errors.message")).containsExactly("must be 6 to 20 digits", "must not be blank");
    }

    @Test
    void anyLanguageIsEnglishForTheTitleTheDetailAndEveryFieldMessageAlike() {
        Map<String, Object> body = CooperativeMother.limaGaruda();
        body.put("cooperativeNumber", "12ab");
        body.remove("name");
        // What Node's fetch sends by default, and what a browser's "any other language" weight says.
        for (String anyLanguage : List.of("*", "fr, *;q=0.1", "de-DE")) {
            Response answer = given().header("Accept-Language", anyLanguage).auth().oauth2(Tokens.officer())
                    .contentType(ContentType.JSON).body(body).when().post("/api/v1/cooperatives");
            assertThat(answer.statusCode()).as(anyLanguage).isEqualTo(400);
            assertThat(answer.header("Content-Language")).as(anyLanguage).isEqualTo("en");
            assertThat(answer.jsonPath().getString("detail")).as(anyLanguage).isEqualTo("2 fields are not valid");
            assertThat(answer.jsonPath().getList("errors.message")).as(anyLanguage)
                    .containsExactly("must be 6 to 20 digits", "must not be blank");
        }
        Response indonesianFirst = given().header("Accept-Language", "id-ID, en;q=0.8, *;q=0.5").auth().oauth2(Tokens.officer())
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/cooperatives");
        assertThat(indonesianFirst.header("Content-Language")).isEqualTo("id");
        assertThat(indonesianFirst.jsonPath().getList("errors.message")).containsExactly("harus terdiri atas 6 sampai 20 digit", "tidak boleh kosong");
    }

    @Test
    void validationOfParametersAndOfUnreadableValuesInBothLanguages() {
        Map<String, Response> paging = inBothLanguages(request -> request.queryParam("page", "0")
                .when().get("/api/v1/cooperatives"), 400, "validation");
        assertThat(paging.get("id").jsonPath().getString("detail")).isEqualTo("Terdapat 1 isian yang tidak valid");
        assertThat(paging.get("id").jsonPath().getString("errors[0].field")).isEqualTo("page");
        assertThat(paging.get("id").jsonPath().getString("errors[0].message")).isEqualTo("harus berupa bilangan bulat dari 1 sampai 1000000");
        assertThat(paging.get("en").jsonPath().getString("detail")).isEqualTo("1 field is not valid");
        assertThat(paging.get("en").jsonPath().getString("errors[0].message")).isEqualTo("must be a whole number from 1 to 1000000");

        Map<String, Object> body = CooperativeMother.limaGaruda();
        body.put("foundedOn", "kemarin");
        Map<String, Response> date = inBothLanguages(request -> request.auth().oauth2(Tokens.officer())
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/cooperatives"), 400, "validation");
        assertThat(date.get("id").jsonPath().getString("errors[0].field")).isEqualTo("foundedOn");
        assertThat(date.get("id").jsonPath().getString("errors[0].message")).isEqualTo("'kemarin' tidak dapat dibaca sebagai tanggal (YYYY-MM-DD)");
        assertThat(date.get("en").jsonPath().getString("errors[0].field")).isEqualTo("foundedOn");
        assertThat(date.get("en").jsonPath().getString("errors[0].message")).isEqualTo("cannot read 'kemarin' as a date (YYYY-MM-DD)");
    }

    @Test
    void notFoundInBothLanguages() {
        String id = UUID.randomUUID().toString();
        Map<String, Response> answers = inBothLanguages(request -> request.when().get("/api/v1/cooperatives/" + id), 404, "not-found");
        assertThat(answers.get("id").jsonPath().getString("title")).isEqualTo("Tidak ditemukan");
        assertThat(answers.get("id").jsonPath().getString("detail")).isEqualTo("Koperasi " + id + " tidak ditemukan");
        assertThat(answers.get("en").jsonPath().getString("title")).isEqualTo("Not found");
        assertThat(answers.get("en").jsonPath().getString("detail")).isEqualTo("Cooperative " + id + " does not exist");
    }

    @Test
    void forbiddenInBothLanguages() {
        String id = register(CooperativeMother.limaGaruda());
        String other = register(CooperativeMother.bonekaBekasi());
        Map<String, Response> anotherCooperative = inBothLanguages(request -> request.auth().oauth2(Tokens.cooperative(UUID.fromString(other)))
                .contentType(ContentType.JSON).body(AnnualReportMother.report(2023))
                .when().post("/api/v1/cooperatives/" + id + "/annual-reports"), 403, "forbidden");
        assertThat(anotherCooperative.get("id").jsonPath().getString("title")).isEqualTo("Anda tidak berwenang melakukan ini");
        assertThat(anotherCooperative.get("id").jsonPath().getString("detail")).isEqualTo("Koperasi hanya dapat menyampaikan laporannya sendiri");
        assertThat(anotherCooperative.get("en").jsonPath().getString("title")).isEqualTo("You may not do this");
        assertThat(anotherCooperative.get("en").jsonPath().getString("detail")).isEqualTo("A cooperative files its own reports only");

        Map<String, Response> role = inBothLanguages(request -> request.auth().oauth2(Tokens.auditor())
                .contentType(ContentType.JSON).body(CooperativeMother.limaGaruda()).when().post("/api/v1/cooperatives"), 403, "forbidden");
        assertThat(role.get("id").jsonPath().getString("detail")).isEqualTo("Peran Anda tidak mengizinkan operasi ini");
        assertThat(role.get("en").jsonPath().getString("detail")).isEqualTo("Your role does not allow this operation");
    }

    @Test
    void conflictInBothLanguagesNamesTheSameExistingId() {
        Map<String, Object> body = CooperativeMother.limaGaruda();
        String id = register(body);
        Map<String, Response> answers = inBothLanguages(request -> request.auth().oauth2(Tokens.officer())
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/cooperatives"), 409, "duplicate");
        String number = (String) body.get("cooperativeNumber");
        assertThat(answers.get("id").jsonPath().getString("title")).isEqualTo("Data sudah ada");
        assertThat(answers.get("id").jsonPath().getString("detail"))
                .isEqualTo("Nomor induk koperasi " + number + " sudah terdaftar atas nama Koperasi Lima Garuda");
        assertThat(answers.get("en").jsonPath().getString("title")).isEqualTo("It exists already");
        assertThat(answers.get("en").jsonPath().getString("detail"))
                .isEqualTo("Cooperative number " + number + " is registered already to Koperasi Lima Garuda");
        answers.values().forEach(answer -> assertThat(answer.jsonPath().getString("existingId")).isEqualTo(id));
    }

    @Test
    void ruleViolationInBothLanguages() {
        String csv = CooperativeImportMother.file(List.of(
                CooperativeImportMother.row(CooperativeNumbers.unique(), "Koperasi Salah Kecamatan").replace(",327507,", ",327599,")));
        Map<String, Response> answers = inBothLanguages(request -> request.auth().oauth2(Tokens.officer()).contentType("text/csv")
                .body(csv).when().post("/api/v1/cooperative-imports"), 422, "rule-violation");
        assertThat(answers.get("id").jsonPath().getString("title")).isEqualTo("Ketentuan yang berlaku tidak terpenuhi");
        assertThat(answers.get("id").jsonPath().getString("detail")).isEqualTo("1 dari 1 baris tidak valid; tidak ada data yang disimpan");
        assertThat(answers.get("en").jsonPath().getString("title")).isEqualTo("A business rule is not met");
        assertThat(answers.get("en").jsonPath().getString("detail")).isEqualTo("1 of 1 rows are not valid; nothing was written");
        answers.values().forEach(answer -> assertThat(answer.jsonPath().getString("report.rows[0].errors[0].field")).isEqualTo("kecamatanCode"));
        // The report's rows are stored and read later by anyone: in English, whoever uploaded the file.
        answers.values().forEach(answer -> assertThat(answer.jsonPath().getString("report.rows[0].errors[0].message"))
                .isEqualTo("must be one of the 12 Kemendagri codes 327501-327512"));
        String stored = answers.get("id").jsonPath().getString("report.id");
        given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/cooperative-imports/" + stored).then().statusCode(200)
                .body("rows[0].errors[0].message", org.hamcrest.Matchers.equalTo("must be one of the 12 Kemendagri codes 327501-327512"));
    }

    @Test
    void englishUnlessIndonesianIsAskedFor() {
        String id = UUID.randomUUID().toString();
        for (String acceptLanguage : new String[]{"*", "fr-FR, de;q=0.8", "en-US,en;q=0.9,id;q=0.8"}) {
            Response answer = given().header("Accept-Language", acceptLanguage).when().get("/api/v1/cooperatives/" + id);
            assertThat(answer.header("Content-Language")).as(acceptLanguage).isEqualTo("en");
            assertThat(answer.jsonPath().getString("title")).as(acceptLanguage).isEqualTo("Not found");
        }
        Response none = given().when().get("/api/v1/cooperatives/" + id);
        assertThat(none.header("Content-Language")).isEqualTo("en");
        assertThat(none.jsonPath().getString("detail")).isEqualTo("Cooperative " + id + " does not exist");
    }

    /** A browser set to Indonesian may send id-ID alone: the field messages of bean validation follow it too. */
    @Test
    void aBrowserSendingOnlyIdIdGetsIndonesianFieldMessages() {
        Map<String, Object> body = CooperativeMother.limaGaruda();
        body.remove("name");
        Response answer = given().header("Accept-Language", "id-ID").auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/cooperatives");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.header("Content-Language")).isEqualTo("id");
        assertThat(answer.jsonPath().getString("detail")).isEqualTo("Terdapat 1 isian yang tidak valid");
        assertThat(answer.jsonPath().getString("errors[0].message")).isEqualTo("tidak boleh kosong");
    }

    @Test
    void theApiDocumentSaysProblemAnswersCarryContentLanguage() {
        Response document = given().queryParam("format", "json").when().get("/q/openapi");
        assertThat(document.jsonPath().getList("paths.'/api/v1/cooperatives/{id}'.get.responses.'404'.headers.'Content-Language'.schema.enum"))
                .containsExactly("en", "id");
        assertThat(document.jsonPath().getString("paths.'/api/v1/cooperatives/{id}'.get.responses.'200'.headers.'Content-Language'"))
                .as("an answer that is not a problem").isNull();
    }
}
