package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.testsupport.LogCapture;
import id.go.bekasikota.koperasi.testsupport.Tags;
import id.go.bekasikota.koperasi.testsupport.ClusterMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeMother;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.bekasikota.koperasi.registry.support.RegistryApi.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** UKM clusters: the office writes, everyone reads; owners' names stay with the office. */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class ClusterResourceTests {

    @Test
    void anOfficerBuildsAClusterWithMembersAndEveryoneReadsIt() {
        String host = register(CooperativeMother.bonekaBekasi());
        String name = "Sentra Boneka " + UUID.randomUUID();
        String id = create(ClusterMother.cluster(name, host)).then().statusCode(201)
                .header("Location", notNullValue()).header("ETag", Tags.ofVersion(0))
                .body("name", equalTo(name)).body("hostCooperativeName", equalTo("Koperasi Boneka Bekasi"))
                .body("kecamatanName", equalTo("Bantargebang")).body("memberCount", equalTo(0))
                .extract().path("id");
        io.restassured.response.ExtractableResponse<io.restassured.response.Response> added = addMember(id, ClusterMother.member("Boneka Ceria"))
                .then().statusCode(201).body("businessName", equalTo("Boneka Ceria")).body("ownerName", equalTo("Ibu Yati")).extract();
        String memberId = added.path("id");
        // The Location names the member, readable there (the owner's name for the office only).
        assertThat(added.header("Location")).endsWith("/api/v1/clusters/" + id + "/members/" + memberId);
        given().when().get(added.header("Location")).then().statusCode(200).body("id", equalTo(memberId))
                .body("businessName", equalTo("Boneka Ceria")).body("ownerName", nullValue());
        given().auth().oauth2(Tokens.auditor()).when().get(added.header("Location")).then().statusCode(200).body("ownerName", equalTo("Ibu Yati"));
        given().when().get("/api/v1/clusters/" + UUID.randomUUID() + "/members/" + memberId).then().statusCode(404);
        addMember(id, ClusterMother.member("Aneka Boneka Mustika")).then().statusCode(201);
        addMember(id, ClusterMother.member("boneka ceria")).then().statusCode(409).body("existingId", equalTo(memberId))
                .body("errors.field", equalTo(List.of("businessName")));

        given().when().get("/api/v1/clusters/" + id).then().statusCode(200).body("memberCount", equalTo(2));
        given().queryParam("kecamatanCode", "327507").queryParam("productCategory", "DOLLS_AND_TOYS").queryParam("size", 100)
                .when().get("/api/v1/clusters").then().statusCode(200).body("items.id", hasItem(id));
        // The list's row says what the read by id says: the host's name and the member count.
        given().queryParam("hostCooperativeId", host).when().get("/api/v1/clusters").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(id))
                .body("items[0].hostCooperativeName", equalTo("Koperasi Boneka Bekasi")).body("items[0].memberCount", equalTo(2));
        given().when().get("/api/v1/clusters/" + id + "/members").then().statusCode(200)
                .body("items", hasSize(2)).body("items[0].businessName", equalTo("Aneka Boneka Mustika"))
                .body("items[0].ownerName", nullValue()).body("page.totalItems", equalTo(2));
        // Who read the owner names is logged (the public's read carries none and is not).
        try (LogCapture log = LogCapture.of("koperasi.personal-data-reads")) {
            given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/clusters/" + id + "/members").then().statusCode(200)
                    .body("items[1].ownerName", equalTo("Ibu Yati"));
            given().when().get("/api/v1/clusters/" + id + "/members").then().statusCode(200);
            assertThat(log.records()).extracting(r -> ((org.jboss.logmanager.ExtLogRecord) r).getFormattedMessage())
                    .containsExactly("auditor@dev (auditor) read owner names of the members of cluster " + id);
        }

        given().auth().oauth2(Tokens.officer()).when().delete("/api/v1/clusters/" + id + "/members/" + memberId).then().statusCode(204);
        given().auth().oauth2(Tokens.officer()).when().delete("/api/v1/clusters/" + id + "/members/" + memberId).then().statusCode(404);
        given().when().get("/api/v1/clusters/" + id + "/members/" + memberId).then().statusCode(404);
        given().when().get("/api/v1/clusters/" + id).then().body("memberCount", equalTo(1));

        // The history: who created it and added and removed which business; the removed owner's name is not in it.
        String history = given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/clusters/" + id + "/history").then().statusCode(200)
                .body("items.action", equalTo(List.of("CREATED", "MEMBER_ADDED", "MEMBER_ADDED", "MEMBER_REMOVED")))
                .body("items.businessName", org.hamcrest.Matchers.contains(nullValue(), equalTo("Boneka Ceria"),
                        equalTo("Aneka Boneka Mustika"), equalTo("Boneka Ceria")))
                .body("items[3].memberId", equalTo(memberId))
                .body("items.actor", equalTo(List.of("officer@dev", "officer@dev", "officer@dev", "officer@dev")))
                .body("items.actorRole", equalTo(List.of("officer", "officer", "officer", "officer")))
                .extract().asString();
        assertThat(history).doesNotContain("Ibu Yati");
        given().when().get("/api/v1/clusters/" + id + "/history").then().statusCode(401);
        given().auth().oauth2(Tokens.cooperative(UUID.fromString(host))).when().get("/api/v1/clusters/" + id + "/history").then().statusCode(403);
    }

    @Test
    void aClusterUpdateNeedsTheCurrentETag() {
        String id = create(ClusterMother.cluster("Sentra Mamin " + UUID.randomUUID(), null)).then().statusCode(201).extract().path("id");
        Map<String, Object> body = ClusterMother.cluster("Sentra Mamin Jatiasih " + UUID.randomUUID(), null);
        body.put("productCategory", "FOOD_AND_BEVERAGE");
        body.put("kecamatanCode", "327509");
        put(id, null, body).then().statusCode(428);
        put(id, "\"3\"", body).then().statusCode(412);
        put(id, "\"0\"", body).then().statusCode(200).header("ETag", Tags.ofVersion(1))
                .body("productCategory", equalTo("FOOD_AND_BEVERAGE")).body("kecamatanName", equalTo("Jatiasih"));
        // Saved again without an edit: its version stays, so another tab's tag is still current.
        put(id, "\"1\"", body).then().statusCode(200).header("ETag", Tags.ofVersion(1));
        put(id, "\"1\"", body).then().statusCode(200).header("ETag", Tags.ofVersion(1));
        // ... and writes no line: created, changed once.
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/clusters/" + id + "/history").then().statusCode(200)
                .body("items.action", equalTo(List.of("CREATED", "CHANGED")));
    }

    @Test
    void everyListParameterAtFaultIsNamedAtOnce() {
        given().queryParam("size", 0).queryParam("kecamatanCode", "1").queryParam("productCategory", "x").queryParam("hostCooperativeId", "abc")
                .when().get("/api/v1/clusters").then().statusCode(400)
                .body("errors.field", equalTo(List.of("size", "kecamatanCode", "productCategory", "hostCooperativeId")));
    }

    @Test
    void invalidClustersAndMembersAreNamed() {
        create(ClusterMother.cluster("Sentra X", UUID.randomUUID().toString())).then().statusCode(400)
                .body("errors[0].field", equalTo("hostCooperativeId"));
        Map<String, Object> body = ClusterMother.cluster("Sentra Y", null);
        body.put("productCategory", "TOYS");
        create(body).then().statusCode(400).body("errors[0].field", equalTo("productCategory"));
        body = ClusterMother.cluster(" ", null);
        body.put("kecamatanCode", "320101");
        create(body).then().statusCode(400).body("errors.field", hasItem("name")).body("errors.field", hasItem("kecamatanCode"));
        String name = "Sentra Unik " + UUID.randomUUID();
        String first = create(ClusterMother.cluster(name, null)).then().statusCode(201).extract().path("id");
        create(ClusterMother.cluster(name.toUpperCase(), null)).then().statusCode(409).body("existingId", equalTo(first));
        Map<String, Object> member = ClusterMother.member("Usaha Baru");
        member.put("joinedOn", "2999-01-01");
        addMember(first, member).then().statusCode(400).body("errors[0].field", equalTo("joinedOn"));
        addMember(UUID.randomUUID().toString(), ClusterMother.member("Usaha Baru")).then().statusCode(404);
    }

    @Test
    void onlyOfficersWrite() {
        Map<String, Object> body = ClusterMother.cluster("Sentra Z " + UUID.randomUUID(), null);
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/clusters").then().statusCode(401);
        given().auth().oauth2(Tokens.auditor()).contentType(ContentType.JSON).body(body).when().post("/api/v1/clusters").then().statusCode(403);
        String id = create(body).then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.cooperative(UUID.randomUUID())).contentType(ContentType.JSON)
                .body(ClusterMother.member("Usaha Lain")).when().post("/api/v1/clusters/" + id + "/members").then().statusCode(403);
        given().when().delete("/api/v1/clusters/" + id + "/members/" + UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    void writesAtTheSameMomentAreAnsweredOneByOneNeverWithA500() throws Exception {
        String name = "Sentra Serentak " + UUID.randomUUID();
        // The same new cluster eight times at once: one is created, the others find it.
        Map<String, Long> created = atOnce(8, () -> create(ClusterMother.cluster(name, null)).statusCode());
        assertThat(created).isEqualTo(Map.of("201", 1L, "409", 7L));
        String id = given().queryParam("size", 100).when().get("/api/v1/clusters").then().statusCode(200)
                .extract().jsonPath().<String>getList("items.findAll { it.name == '" + name + "' }.id").get(0);
        // Eight saves of one tab's tag: one is taken, the others are stale.
        String etag = given().when().get("/api/v1/clusters/" + id).then().statusCode(200).extract().header("ETag");
        Map<String, Long> saved = atOnce(8, () -> put(id, etag, ClusterMother.cluster(name + " " + UUID.randomUUID(), null)).statusCode());
        assertThat(saved).isEqualTo(Map.of("200", 1L, "412", 7L));
        // One business added eight times at once, then removed eight times at once.
        Map<String, Long> added = atOnce(8, () -> addMember(id, ClusterMother.member("Usaha Serentak")).statusCode());
        assertThat(added).isEqualTo(Map.of("201", 1L, "409", 7L));
        String member = given().when().get("/api/v1/clusters/" + id + "/members").then().statusCode(200).extract().path("items[0].id");
        Map<String, Long> removed = atOnce(8, () -> given().auth().oauth2(Tokens.officer())
                .when().delete("/api/v1/clusters/" + id + "/members/" + member).statusCode());
        assertThat(removed).isEqualTo(Map.of("204", 1L, "404", 7L));
    }

    /** The statuses of {@code times} calls started together, counted. */
    private static Map<String, Long> atOnce(int times, java.util.concurrent.Callable<Integer> call) throws Exception {
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(times);
        try {
            List<java.util.concurrent.Future<Integer>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < times; i++) {
                calls.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            Map<String, Long> statuses = new java.util.TreeMap<>();
            for (java.util.concurrent.Future<Integer> each : calls) {
                statuses.merge(String.valueOf(each.get(60, java.util.concurrent.TimeUnit.SECONDS)), 1L, Long::sum);
            }
            return statuses;
        } finally {
            threads.shutdownNow();
        }
    }

    private static io.restassured.response.Response create(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body).when().post("/api/v1/clusters");
    }

    private static io.restassured.response.Response addMember(String clusterId, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/clusters/" + clusterId + "/members");
    }

    private static io.restassured.response.Response put(String id, String ifMatch, Map<String, Object> body) {
        var request = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put("/api/v1/clusters/" + id);
    }
}
