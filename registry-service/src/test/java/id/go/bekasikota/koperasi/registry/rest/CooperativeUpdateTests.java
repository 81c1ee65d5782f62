package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.testsupport.Tags;
import id.go.bekasikota.koperasi.testsupport.CooperativeMother;
import id.go.bekasikota.koperasi.testsupport.EventLog;
import id.go.bekasikota.koperasi.testsupport.LogCapture;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import id.go.bekasikota.koperasi.registry.support.RegistryApi;

import static id.go.bekasikota.koperasi.registry.support.RegistryApi.etag;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.register;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.registryEvents;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Board, supervisors and branches (personal data); full and partial updates with If-Match; duplicates; `updated` events. */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class CooperativeUpdateTests {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Test
    void aBranchMayBeAnywhereInIndonesiaByItsKecamatansKemendagriCode() {
        Map<String, Object> body = CooperativeMother.limaGaruda();
        // Gambir (Kota Jakarta Pusat, 31.71.01) and Pondokgede (Kota Bekasi, 32.75.08).
        body.put("branches", List.of(CooperativeMother.branch("Cabang Gambir", "Jl. Medan Merdeka Timur 1", "317101"),
                CooperativeMother.branch("Cabang Pondokgede", null, "327508")));
        String id = register(body);
        given().when().get("/api/v1/cooperatives/" + id).then().statusCode(200)
                .body("branches.kecamatanCode", equalTo(List.of("317101", "327508")));

        Map<String, Object> wrong = CooperativeMother.bonekaBekasi();
        wrong.put("branches", List.of(CooperativeMother.branch("Cabang Lima Digit", null, "31710"),
                CooperativeMother.branch("Cabang Provinsi Nol", null, "017101"),
                CooperativeMother.branch("Cabang Bertitik", null, "31.71.01"),
                CooperativeMother.branch("Cabang Kota Saja", null, "327500")));
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(wrong).when().post("/api/v1/cooperatives")
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("branches[0].kecamatanCode",
                        "branches[1].kecamatanCode", "branches[2].kecamatanCode", "branches[3].kecamatanCode"))
                .body("errors[0].message", equalTo("must be a Kemendagri kecamatan code of 6 digits, such as 327508 (Pondokgede)"));
    }

    @Test
    void boardAndSupervisorsAreShownToTheOfficeAndTheCooperativeOnly() {
        String id = register(CooperativeMother.limaGarudaWithBoard());
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives/" + id)
                .then().statusCode(200)
                .body("board", hasSize(2)).body("board[0].personalNik", equalTo("3275014107800003"))
                .body("supervisors[0].position", equalTo("Ketua Pengawas"))
                .body("branches", hasSize(2)).body("branches[0].kecamatanCode", equalTo("327508"));
        given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/cooperatives/" + id)
                .then().statusCode(200).body("board[1].phone", equalTo("+62 813 9876 5432"));
        given().auth().oauth2(Tokens.cooperative(java.util.UUID.fromString(id))).when().get("/api/v1/cooperatives/" + id)
                .then().statusCode(200).body("board", hasSize(2)).body("phone", equalTo("+62 21 8801234"));

        String other = register(CooperativeMother.bonekaBekasi());
        given().auth().oauth2(Tokens.cooperative(java.util.UUID.fromString(other))).when().get("/api/v1/cooperatives/" + id)
                .then().statusCode(200).body("board", nullValue()).body("supervisors", nullValue()).body("phone", nullValue());
        String anonymous = given().when().get("/api/v1/cooperatives/" + id).then().statusCode(200)
                .body("board", nullValue()).body("supervisors", nullValue()).body("email", nullValue())
                .body("branches", hasSize(2)).extract().asString();
        assertThat(anonymous).doesNotContain("3275014107800003", "+62 812");
        String list = given().when().get("/api/v1/cooperatives?cooperativeNumber=" + JsonPath.from(anonymous).getString("cooperativeNumber"))
                .then().statusCode(200).body("items", hasSize(1)).extract().asString();
        assertThat(list).doesNotContain("3275014107800003");
        // A search's page never carries them, not even the office's: read one cooperative at a time.
        String officersList = given().auth().oauth2(Tokens.officer())
                .when().get("/api/v1/cooperatives?cooperativeNumber=" + JsonPath.from(anonymous).getString("cooperativeNumber"))
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].phone", equalTo("+62 21 8801234"))
                .body("items[0].board", nullValue()).body("items[0].supervisors", nullValue()).extract().asString();
        assertThat(officersList).doesNotContain("3275014107800003");

        try (EventLog log = registryEvents()) {
            EventLog.Event registered = log.await(EventLog.Event.ofType(EventTypes.COOPERATIVE_REGISTERED, id));
            assertThat(registered.value()).doesNotContain("3275014107800003", "Siti", "+62 812", "board", "supervisors");
        }
    }

    @Test
    void everyWriteOfACooperativeIsInItsHistoryWithWhoAndWhichFieldsButNoValues() {
        Map<String, Object> body = CooperativeMother.limaGarudaWithBoard();
        String id = register(body);
        String path = "/api/v1/cooperatives/" + id;
        // A partial update of a board member's NIK and the cooperative's phone, by the office.
        String board = "[{\"name\":\"Hj. Siti Rahmawati\",\"position\":\"Ketua\",\"personalNik\":\"3275014107800009\"}]";
        given().auth().oauth2(Tokens.officer()).contentType("application/merge-patch+json").header("If-Match", etag(id))
                .body("{\"phone\":\"+62 21 8809999\",\"board\":" + board + "}").when().patch(path).then().statusCode(200);
        // A patch that changes nothing writes nothing; a full update of the address does.
        given().auth().oauth2(Tokens.officer()).contentType("application/merge-patch+json").header("If-Match", etag(id))
                .body("{\"phone\":\"+62 21 8809999\"}").when().patch(path).then().statusCode(200);
        body.put("address", "Jl. Cut Mutia No. 5");
        body.remove("board");
        body.put("phone", "+62 21 8809999");
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).header("If-Match", etag(id)).body(body)
                .when().put(path).then().statusCode(200);
        RegistryApi.dissolve(id, "2024-05-01");

        String history = given().auth().oauth2(Tokens.auditor()).when().get(path + "/history").then().statusCode(200)
                .body("items.action", equalTo(List.of("REGISTERED", "UPDATED", "UPDATED", "DISSOLVED")))
                .body("items.cooperativeVersion", equalTo(List.of(0, 1, 2, 3)))
                .body("items.actor", equalTo(List.of("officer@dev", "officer@dev", "officer@dev", "officer@dev")))
                .body("items.actorRole", equalTo(List.of("officer", "officer", "officer", "officer")))
                .body("items[0].changedFields", hasSize(0))
                .body("items[1].changedFields", org.hamcrest.Matchers.containsInAnyOrder("phone", "board"))
                .body("items[2].changedFields", equalTo(List.of("address")))
                .body("items[3].changedFields", hasSize(0))
                .body("page.totalItems", equalTo(4)).extract().asString();
        // Which fields, never their values.
        assertThat(history).doesNotContain("3275014107800009", "3275014107800003", "8809999", "Cut Mutia");
        // The cooperative reads its own; another cooperative, a partner and the public do not.
        given().auth().oauth2(Tokens.cooperative(java.util.UUID.fromString(id))).when().get(path + "/history").then().statusCode(200)
                .body("items", hasSize(4));
        given().auth().oauth2(Tokens.cooperative(java.util.UUID.randomUUID())).when().get(path + "/history").then().statusCode(403);
        given().auth().oauth2(Tokens.partner("bank-x")).when().get(path + "/history").then().statusCode(403);
        given().when().get(path + "/history").then().statusCode(401);
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives/" + java.util.UUID.randomUUID() + "/history")
                .then().statusCode(404);
    }

    @Test
    void everyReadOfABoardOrOfContactDataIsLoggedWithWhoButNotTheData() {
        String id = register(CooperativeMother.limaGarudaWithBoard());
        String path = "/api/v1/cooperatives/" + id;
        List<org.jboss.logmanager.ExtLogRecord> records;
        try (LogCapture log = LogCapture.of("koperasi.personal-data-reads")) {
            given().auth().oauth2(Tokens.auditor()).header("X-Request-Id", "rid-pdp-1").when().get(path).then().statusCode(200);
            given().auth().oauth2(Tokens.system()).when().get(path).then().statusCode(200);
            // The public view carries no personal data: no line.
            given().when().get(path).then().statusCode(200);
            given().auth().oauth2(Tokens.partner("bank-x")).when().get(path).then().statusCode(200);
            // A search page with contact data (the office's), and the public's without.
            String number = given().when().get(path).then().extract().path("cooperativeNumber");
            given().auth().oauth2(Tokens.officer()).queryParam("cooperativeNumber", number).when().get("/api/v1/cooperatives")
                    .then().statusCode(200).body("items", hasSize(1));
            given().queryParam("cooperativeNumber", number).when().get("/api/v1/cooperatives").then().statusCode(200);
            records = log.records().stream().map(org.jboss.logmanager.ExtLogRecord.class::cast).toList();
        }
        List<String> lines = records.stream().map(org.jboss.logmanager.ExtLogRecord::getFormattedMessage).toList();
        assertThat(lines).containsExactly(
                "auditor@dev (auditor) read cooperative (full view: board, supervisors, contact data) " + id,
                "ods-client@dev (system) read cooperative (register view: contact data) " + id,
                "officer@dev (officer) read contact data of the 1 cooperatives on search page 1");
        assertThat(records.get(0).getMdc("requestId")).isEqualTo("rid-pdp-1");
        assertThat(String.join("\n", lines)).doesNotContain("3275014107800003", "+62");
    }

    @Test
    void personalNikMustBeSixteenDigits() {
        Map<String, Object> body = CooperativeMother.limaGaruda();
        body.put("board", List.of(CooperativeMother.officeHolder("Budi", "Ketua", "32750112", null)));
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cooperatives")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("board[0].personalNik"));
    }

    @Test
    void aFullUpdateNeedsTheCurrentETagAndPublishesTheChangedFields() {
        Map<String, Object> body = CooperativeMother.limaGarudaWithBoard();
        String id = register(body);
        body.put("address", "Jl. Cut Mutia No. 5");
        body.put("board", List.of(CooperativeMother.officeHolder("Hj. Siti Rahmawati", "Ketua", "3275014107800003", null)));

        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/cooperatives/" + id)
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/precondition-required"));
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(body)
                .when().put("/api/v1/cooperatives/" + id)
                .then().statusCode(412).body("type", equalTo("https://koperasi.bekasikota.go.id/problems/stale-version"));

        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).header("If-Match", etag(id)).body(body)
                .when().put("/api/v1/cooperatives/" + id)
                .then().statusCode(200).header("ETag", Tags.ofVersion(1))
                .body("address", equalTo("Jl. Cut Mutia No. 5")).body("board", hasSize(1)).body("version", equalTo(1));

        try (EventLog log = registryEvents()) {
            EventLog.Event updated = log.await(EventLog.Event.ofType(EventTypes.COOPERATIVE_UPDATED, id));
            assertThat(updated.headers()).containsEntry("ce_aggregateversion", "1");
            assertThat(JsonPath.from(updated.value()).getList("changedFields")).containsExactly("address", "board");
            assertThat(updated.value()).doesNotContain("3275014107800003");
        }

        // The same body again changes nothing: no version, no event.
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body)
                .when().put("/api/v1/cooperatives/" + id)
                .then().statusCode(200).header("ETag", Tags.ofVersion(1));
    }

    @Test
    void aFullUpdateBuiltFromASearchRowKeepsTheBoardSupervisorsAndBranchesItLeavesOutAndAnEmptyListRemovesThem() {
        Map<String, Object> body = CooperativeMother.limaGarudaWithBoard();
        String id = register(body);
        // What a form bound to a search result sends: the row's members, no board or supervisors (no row carries them).
        Map<String, Object> row = given().auth().oauth2(Tokens.officer()).queryParam("cooperativeNumber", body.get("cooperativeNumber"))
                .when().get("/api/v1/cooperatives").then().statusCode(200).extract().path("items[0]");
        assertThat(row).doesNotContainKeys("board", "supervisors");
        Map<String, Object> form = new java.util.HashMap<>(body);
        form.remove("board");
        form.remove("supervisors");
        form.remove("branches");
        form.put("address", "Jl. Cut Mutia No. 5");
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).header("If-Match", "\"" + row.get("version") + "\"").body(form)
                .when().put("/api/v1/cooperatives/" + id)
                .then().statusCode(200).body("address", equalTo("Jl. Cut Mutia No. 5"))
                .body("board.name", equalTo(List.of("Hj. Siti Rahmawati", "Budi Santoso")))
                .body("supervisors.name", equalTo(List.of("Drs. Agus Salim")))
                .body("branches.name", equalTo(List.of("Cabang Pondokgede", "Cabang Jatiasih")));
        // An empty list is the way to remove every one.
        form.put("board", List.of());
        form.put("branches", List.of());
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).header("If-Match", etag(id)).body(form)
                .when().put("/api/v1/cooperatives/" + id)
                .then().statusCode(200).body("board", hasSize(0)).body("branches", hasSize(0))
                .body("supervisors.name", equalTo(List.of("Drs. Agus Salim")));
    }

    @Test
    void anUpdateWithoutABodyNamesTheBodyAndAnUnreadableIfMatchNamesIt() {
        String id = register(CooperativeMother.limaGaruda());
        // The body, not the Java parameter that would have taken it ("request").
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .when().put("/api/v1/cooperatives/" + id)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", equalTo(List.of("body")));
        // An unquoted version is no entity tag: 400 naming If-Match, not a 412 saying 1 does not match "1".
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).header("If-Match", "1")
                .body(CooperativeMother.limaGaruda()).when().put("/api/v1/cooperatives/" + id)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", equalTo(List.of("If-Match")));
    }

    /** A clerk's review: "------" and "()()()" were taken as phone numbers. */
    @Test
    void aPhoneWithoutDigitsOrWithTooManyIsRefusedNamingIt() {
        String id = register(CooperativeMother.limaGarudaWithBoard());
        for (String phone : java.util.List.of("------", "()()()", "123456789012345678901")) {
            given().auth().oauth2(Tokens.officer()).contentType(MERGE_PATCH).header("If-Match", etag(id))
                    .body(Map.of("phone", phone))
                    .when().patch("/api/v1/cooperatives/" + id)
                    .then().statusCode(400).body("errors[0].field", equalTo("phone"))
                    .body("errors[0].message", org.hamcrest.Matchers.containsString("6 to 20 digits"));
        }
        given().auth().oauth2(Tokens.officer()).contentType(MERGE_PATCH).header("If-Match", etag(id))
                .body(Map.of("phone", "(021) 884-1234"))
                .when().patch("/api/v1/cooperatives/" + id)
                .then().statusCode(200).body("phone", equalTo("(021) 884-1234"));
    }

    /** RFC 9110 13.2.2: an If-None-Match that names the current version (or *) makes a write's condition false: 412. */
    @Test
    void aWriteWhoseIfNoneMatchNamesTheCurrentVersionIsRefusedAndChangesNothing() {
        String id = register(CooperativeMother.limaGarudaWithBoard());
        String current = etag(id);
        // A registration is version 0: "*", the read's tag, and the bare version.
        for (String ifNoneMatch : java.util.List.of("*", current, "\"0\"")) {
            given().auth().oauth2(Tokens.officer()).contentType(MERGE_PATCH).header("If-Match", current).header("If-None-Match", ifNoneMatch)
                    .body(Map.of("name", "Koperasi Lima Garuda Baru"))
                    .when().patch("/api/v1/cooperatives/" + id)
                    .then().statusCode(412).contentType("application/problem+json");
        }
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives/" + id).then().statusCode(200)
                .header("ETag", current).body("name", equalTo("Koperasi Lima Garuda"));
        // Another version's tag: the condition holds.
        given().auth().oauth2(Tokens.officer()).contentType(MERGE_PATCH).header("If-Match", current).header("If-None-Match", "\"7\"")
                .body(Map.of("name", "Koperasi Lima Garuda Baru"))
                .when().patch("/api/v1/cooperatives/" + id)
                .then().statusCode(200).body("name", equalTo("Koperasi Lima Garuda Baru"));
    }

    @Test
    void aMergePatchChangesOnlyTheFieldsGiven() {
        String id = register(CooperativeMother.limaGarudaWithBoard());
        given().auth().oauth2(Tokens.officer()).contentType(MERGE_PATCH).header("If-Match", etag(id))
                .body("{\"name\": \"Koperasi Lima Garuda Sejahtera\", \"email\": null, \"kelurahan\": \"Bekasi Jaya\"}")
                .when().patch("/api/v1/cooperatives/" + id)
                .then().statusCode(200).header("ETag", Tags.ofVersion(1))
                .body("name", equalTo("Koperasi Lima Garuda Sejahtera"))
                .body("email", nullValue())
                .body("kelurahan", equalTo("Bekasi Jaya"))
                .body("phone", equalTo("+62 21 8801234"))
                .body("board", hasSize(2));
        try (EventLog log = registryEvents()) {
            EventLog.Event updated = log.await(EventLog.Event.ofType(EventTypes.COOPERATIVE_UPDATED, id));
            assertThat(JsonPath.from(updated.value()).getList("changedFields")).containsExactly("name", "kelurahan", "email");
            assertThat(JsonPath.from(updated.value()).getString("cooperative.name")).isEqualTo("Koperasi Lima Garuda Sejahtera");
        }
    }

    @Test
    void aMergePatchIsValidatedLikeAFullUpdate() {
        String id = register(CooperativeMother.limaGaruda());
        String etag = etag(id);
        given().auth().oauth2(Tokens.officer()).contentType(MERGE_PATCH).header("If-Match", etag)
                .body("{\"name\": null}")
                .when().patch("/api/v1/cooperatives/" + id)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("name"));
        given().auth().oauth2(Tokens.officer()).contentType(MERGE_PATCH).header("If-Match", etag)
                .body("{\"kecamatanCode\": \"999999\"}")
                .when().patch("/api/v1/cooperatives/" + id)
                .then().statusCode(400).body("errors.field", hasItem("kecamatanCode"));
        given().auth().oauth2(Tokens.officer()).contentType(MERGE_PATCH).header("If-Match", etag)
                .body("{\"version\": 9}")
                .when().patch("/api/v1/cooperatives/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("version"));
        given().auth().oauth2(Tokens.officer()).contentType(MERGE_PATCH).header("If-Match", etag)
                .body("{\"jenis\": \"KONSUMEN\"}")
                .when().patch("/api/v1/cooperatives/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("savingsLoanScope"));
        given().auth().oauth2(Tokens.officer()).contentType(MERGE_PATCH).header("If-Match", etag)
                .body("{\"foundedOn\": \"12-07-1998\"}")
                .when().patch("/api/v1/cooperatives/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("foundedOn"));
        given().auth().oauth2(Tokens.officer()).contentType(MERGE_PATCH).header("If-Match", etag).body("[1, 2]")
                .when().patch("/api/v1/cooperatives/" + id)
                .then().statusCode(400).body("type", equalTo("https://koperasi.bekasikota.go.id/problems/malformed-request"));
        // A patch is read as any body is: a member named twice is named, a broken one located (eleven characters, then the end).
        given().auth().oauth2(Tokens.officer()).contentType(MERGE_PATCH).header("If-Match", etag).body("{\"name\": \"A\", \"name\": \"B\"}")
                .when().patch("/api/v1/cooperatives/" + id)
                .then().statusCode(400).body("type", equalTo("https://koperasi.bekasikota.go.id/problems/validation"))
                .body("errors[0].field", equalTo("name")).body("errors[0].message", equalTo("appears more than once in its object"));
        given().auth().oauth2(Tokens.officer()).contentType(MERGE_PATCH).header("If-Match", etag).header("Accept-Language", "id")
                .body("{\"name\": \"A")
                .when().patch("/api/v1/cooperatives/" + id)
                .then().statusCode(400).body("type", equalTo("https://koperasi.bekasikota.go.id/problems/malformed-request"))
                .body("detail", equalTo("Isi permintaan bukan JSON yang valid (baris 1, kolom 12)"));
        given().auth().oauth2(Tokens.officer()).contentType(MERGE_PATCH).body("{\"name\": \"X\"}")
                .when().patch("/api/v1/cooperatives/" + id)
                .then().statusCode(428);
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).header("If-Match", etag).body("{\"name\": \"X\"}")
                .when().patch("/api/v1/cooperatives/" + id)
                .then().statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives/" + id)
                .then().header("ETag", etag).body("name", equalTo("Koperasi Lima Garuda"));
    }

    @Test
    void changingTheNumberToAnotherCooperativesIsAConflictNamingIt() {
        Map<String, Object> first = CooperativeMother.limaGaruda();
        String firstId = register(first);
        String secondId = register(CooperativeMother.bonekaBekasi());
        given().auth().oauth2(Tokens.officer()).contentType(MERGE_PATCH).header("If-Match", etag(secondId))
                .body(Map.of("cooperativeNumber", first.get("cooperativeNumber")))
                .when().patch("/api/v1/cooperatives/" + secondId)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/duplicate"))
                .body("existingId", equalTo(firstId));
    }

    @Test
    void updatesNeedAnOfficer() {
        Map<String, Object> body = CooperativeMother.limaGaruda();
        String id = register(body);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/api/v1/cooperatives/" + id).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.auditor()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/api/v1/cooperatives/" + id).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.cooperative(java.util.UUID.fromString(id))).contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body("{\"name\": \"Lima Garuda Baru\"}")
                .when().patch("/api/v1/cooperatives/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/api/v1/cooperatives/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }
}
