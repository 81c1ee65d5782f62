package id.go.bekasikota.koperasi.registry.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.stack.OfficeClockStart;
import id.go.bekasikota.koperasi.testsupport.Tags;
import id.go.bekasikota.koperasi.testsupport.ClusterMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeMother;
import id.go.bekasikota.koperasi.registry.support.EconomyMother;
import id.go.bekasikota.koperasi.testsupport.EventLog;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.bekasikota.koperasi.registry.support.RegistryApi.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Clusters as buying-and-selling coalitions through the API: the host cooperative and the office
 * record and correct periods (revisions kept, events published), nobody else; totals per period
 * and per product category, as JSON and open-data CSV; a period takes 20 revisions, and the lists whose items
 * carry a period's lines 20 a page. Each test keeps to a year of its own.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class ClusterActivityTests {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theHostRecordsTheOfficeCorrectsAndEveryRevisionIsKept() throws Exception {
        String host = register(CooperativeMother.bonekaBekasi());
        String cluster = cluster("Sentra Boneka Ciketing " + UUID.randomUUID(), "DOLLS_AND_TOYS", host);
        String hostToken = Tokens.cooperative(UUID.fromString(host));
        try (EventLog events = new EventLog(RealServersResource.TestStack.kafka().bootstrapServers(), Topics.REGISTRY_CLUSTER)) {
            // January by the host: fabric 30 m + dacron 12 m, production 240 m, sales 180 m + 20 m, 214 jobs.
            record(hostToken, cluster, EconomyMother.dollActivity("2025-01", 30_000_000L, 180_000_000L, 214)).then().statusCode(201)
                    .header("ETag", Tags.ofVersion(1)).header("Location", startsWith("http")).header("Location", org.hamcrest.Matchers.endsWith("/activities/2025-01"))
                    .body("revision", equalTo(1)).body("purchasesValue", equalTo(42_000_000))
                    .body("productionValue", equalTo(240_000_000)).body("salesValue", equalTo(200_000_000))
                    .body("periodStart", equalTo("2025-01-01")).body("periodEnd", equalTo("2025-01-31"))
                    .body("recordedAs", equalTo("cooperative")).body("recordedBy", equalTo("koperasi@" + host));
            record(Tokens.officer(), cluster, EconomyMother.dollActivity("2025-02", 25_000_000L, 150_000_000L, 220)).then().statusCode(201);

            String january = record(hostToken, cluster, EconomyMother.dollActivity("2025-01", 1L, 1L, 1)).then().statusCode(409)
                    .body("type", endsWith("/duplicate")).extract().path("existingId");
            record(Tokens.officer(), cluster, EconomyMother.dollActivity("2025-Q1", 1L, 1L, 1)).then().statusCode(409)
                    .body("type", endsWith("/conflict"));

            // The office corrects January: fabric was Rp 33 million.
            Map<String, Object> corrected = EconomyMother.dollActivity("2025-01", 33_000_000L, 180_000_000L, 214);
            corrected.put("note", "Faktur kain Januari terlewat");
            correct(Tokens.officer(), cluster, "2025-01", null, corrected).then().statusCode(428);
            correct(Tokens.officer(), cluster, "2025-01", "\"1\"", corrected).then().statusCode(200)
                    .header("ETag", Tags.ofVersion(2)).body("revision", equalTo(2)).body("purchasesValue", equalTo(45_000_000))
                    .body("recordedAs", equalTo("officer")).body("note", equalTo("Faktur kain Januari terlewat"));
            correct(hostToken, cluster, "2025-01", "\"1\"", corrected).then().statusCode(412);
            // Saved again without an edit: the same revision, none of the period's 20 spent.
            correct(Tokens.officer(), cluster, "2025-01", "\"2\"", corrected).then().statusCode(200)
                    .header("ETag", Tags.ofVersion(2)).body("revision", equalTo(2));

            // The public view (who recorded it left out) is tagged as a view of its own, never an If-Match.
            String publicTag = given().when().get(activities(cluster) + "/2025-01").then().statusCode(200).header("ETag", Tags.ofView(2, "public"))
                    .body("revision", equalTo(2)).body("current", equalTo(true)).body("recordedBy", nullValue()).extract().header("ETag");
            correct(Tokens.officer(), cluster, "2025-01", publicTag, corrected).then().statusCode(412);
            given().auth().oauth2(Tokens.officer()).when().get(activities(cluster) + "/2025-01").then().statusCode(200)
                    .header("ETag", Tags.ofVersion(2)).body("recordedBy", equalTo("officer@dev"));
            given().when().get(activities(cluster) + "/2025-01?revision=1").then().statusCode(200)
                    .body("id", equalTo(january)).body("current", equalTo(false)).body("purchasesValue", equalTo(42_000_000))
                    .body("purchases[0].item", equalTo("Kain velboa")).body("purchases[0].quantity", equalTo(1200.5f))
                    .body("sales[0].markets", contains("Pasar Asemka, Jakarta", "Surabaya"));
            given().auth().oauth2(Tokens.auditor()).when().get(activities(cluster) + "/2025-01/revisions").then().statusCode(200)
                    .body("items.revision", contains(2, 1)).body("items.recordedBy", contains("officer@dev", "koperasi@" + host))
                    .body("page.totalItems", equalTo(2));
            given().queryParam("size", 1).queryParam("page", 2).when().get(activities(cluster) + "/2025-01/revisions").then().statusCode(200)
                    .body("items.id", contains(january)).body("items.purchasesValue", contains(42_000_000))
                    .body("items[0].recordedBy", nullValue()).body("page.totalPages", equalTo(2));
            given().queryParam("size", 0).when().get(activities(cluster) + "/2025-01/revisions").then().statusCode(400)
                    .body("errors[0].field", equalTo("size"));
            given().when().get(activities(cluster) + "/2025-02/revisions").then().statusCode(200)
                    .body("items.revision", contains(1)).body("page.totalItems", equalTo(1));
            given().when().get(activities(cluster) + "/2025-03/revisions").then().statusCode(404);
            given().when().get(activities(cluster) + "/maret/revisions").then().statusCode(404);
            given().when().get(activities(cluster) + "/2025-01?revision=3").then().statusCode(404);
            given().when().get(activities(cluster) + "/2025-03").then().statusCode(404);
            given().when().get(activities(cluster) + "/maret").then().statusCode(404);
            given().when().get(activities(cluster)).then().statusCode(200)
                    .body("items.period", contains("2025-01", "2025-02")).body("items.revision", contains(2, 1))
                    .body("page.totalItems", equalTo(2));

            // Q1 holds January (corrected) and February; jobs are February's, the latest.
            given().queryParam("from", "2025-01-01").queryParam("to", "2025-12-31").when().get(activities(cluster) + "/totals")
                    .then().statusCode(200)
                    .body("by", equalTo("QUARTER")).body("productCategory", equalTo("DOLLS_AND_TOYS"))
                    .body("trend.period", contains("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"))
                    .body("trend[0].totals.purchasesValue", equalTo(45_000_000 + 37_000_000))
                    .body("trend[0].totals.productionValue", equalTo(480_000_000))
                    .body("trend[0].totals.salesValue", equalTo(200_000_000 + 170_000_000))
                    .body("trend[0].totals.jobs", equalTo(220)).body("trend[0].totals.periods", equalTo(2))
                    .body("trend[1].totals.salesValue", equalTo(0))
                    .body("total.salesValue", equalTo(370_000_000)).body("total.clusters", equalTo(1));
            // A from inside the quarter is taken back to its first day: Q1 still holds January and February.
            given().queryParam("from", "2025-02-15").queryParam("to", "2025-03-31").when().get(activities(cluster) + "/totals")
                    .then().statusCode(200).body("from", equalTo("2025-01-01"))
                    .body("trend.period", contains("2025-Q1")).body("trend[0].totals.salesValue", equalTo(200_000_000 + 170_000_000))
                    .body("total.salesValue", equalTo(370_000_000));
            // And a to inside the quarter is taken forward to its last day: Q1 is whole there too, February with it.
            given().queryParam("from", "2025-01-01").queryParam("to", "2025-01-20").when().get(activities(cluster) + "/totals")
                    .then().statusCode(200).body("from", equalTo("2025-01-01")).body("to", equalTo("2025-03-31"))
                    .body("trend.period", contains("2025-Q1")).body("trend[0].totals.salesValue", equalTo(200_000_000 + 170_000_000))
                    .body("trend[0].totals.periods", equalTo(2)).body("total.salesValue", equalTo(370_000_000));

            EventLog.Event first = events.await(e -> EventTypes.CLUSTER_ACTIVITY_RECORDED.equals(e.type())
                    && (cluster + "/2025-01").equals(e.subject()) && "1".equals(e.headers().get("ce_aggregateversion")));
            EventLog.Event second = events.await(e -> EventTypes.CLUSTER_ACTIVITY_RECORDED.equals(e.type())
                    && (cluster + "/2025-01").equals(e.subject()) && "2".equals(e.headers().get("ce_aggregateversion")));
            assertThat(first.key()).isEqualTo(cluster);
            JsonNode data = json.readTree(second.value());
            assertThat(data.path("revision").asInt()).isEqualTo(2);
            assertThat(data.path("purchasesValue").asLong()).isEqualTo(45_000_000L);
            assertThat(data.path("cluster").path("hostCooperativeId").asText()).isEqualTo(host);
            assertThat(data.path("recordedAs").asText()).isEqualTo("officer");
            assertThat(second.value()).doesNotContain("officer@dev");
            assertThat(first.offset()).isLessThan(second.offset());
        }
    }

    @Test
    void aPeriodTakesTwentyRevisionsAndTheTwentyFirstIsRefusedWritingNothing() {
        String host = register(CooperativeMother.bonekaBekasi());
        String cluster = cluster("Sentra Boneka Jatimulya " + UUID.randomUUID(), "DOLLS_AND_TOYS", host);
        String hostToken = Tokens.cooperative(UUID.fromString(host));
        // Revision n: fabric n million (+ dakron 12 million), wholesale 10n million (+ online 20 million), 100 + n jobs.
        // The office records; the host and the office correct in turn (even revisions the host's).
        record(Tokens.officer(), cluster, revision("2022-03", 1)).then().statusCode(201).header("ETag", Tags.ofVersion(1));
        for (int n = 2; n <= 20; n++) {
            correct(n % 2 == 0 ? hostToken : Tokens.officer(), cluster, "2022-03", "\"" + (n - 1) + "\"", revision("2022-03", n))
                    .then().statusCode(200).header("ETag", Tags.ofVersion(n)).body("revision", equalTo(n));
        }

        // The 20th correction (the 21st revision) is refused, in English and in Indonesian, whoever asks.
        correct(hostToken, cluster, "2022-03", "\"20\"", revision("2022-03", 21)).then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/rule-violation"))
                .body("detail", equalTo("The activity of 2022-03 has been corrected 19 times; no period may be corrected more than 19 "
                        + "times, so its figures are final. If they are still wrong, contact the office"))
                .body("reasons", contains("Period 2022-03 has 20 revisions, its first recording and 19 corrections; at most 20 are "
                        + "kept, so its figures are final: contact the office if they are still wrong."));
        given().auth().oauth2(Tokens.officer()).header("Accept-Language", "id").header("If-Match", "\"20\"")
                .contentType(ContentType.JSON).body(revision("2022-03", 21)).when().put(activities(cluster) + "/2022-03")
                .then().statusCode(422).header("Content-Language", "id")
                .body("detail", equalTo("Kegiatan periode 2022-03 telah diperbaiki sebanyak 19 kali; satu periode tidak dapat diperbaiki "
                        + "lebih dari 19 kali, sehingga angka-angkanya sudah final. Apabila masih terdapat kesalahan, silakan hubungi kantor dinas"));
        // A stale If-Match is still a 412 first: the period did not move.
        correct(hostToken, cluster, "2022-03", "\"19\"", revision("2022-03", 21)).then().statusCode(412);

        // Nothing was written: the current revision is the 20th, by the host (fabric 20 m + 12 m, wholesale 200 m + 20 m, 120 jobs).
        String twentieth = given().when().get(activities(cluster) + "/2022-03").then().statusCode(200).header("ETag", Tags.ofView(20, "public"))
                .body("revision", equalTo(20)).body("current", equalTo(true)).body("recordedAs", equalTo("cooperative"))
                .body("purchasesValue", equalTo(32_000_000)).body("productionValue", equalTo(240_000_000))
                .body("salesValue", equalTo(220_000_000)).body("jobs", equalTo(120))
                // The note is free text that may name people: the office's and the host's to read, never the public's.
                .body("note", nullValue())
                .body("purchases[0].value", equalTo(20_000_000)).body("sales[0].value", equalTo(200_000_000))
                .extract().path("id");
        given().auth().oauth2(hostToken).when().get(activities(cluster) + "/2022-03").then().statusCode(200).body("note", equalTo("Koreksi ke-19"));
        given().auth().oauth2(Tokens.officer()).queryParam("revision", 20).when().get(activities(cluster) + "/2022-03").then().statusCode(200)
                .header("ETag", Tags.ofVersion(20)).body("id", equalTo(twentieth));
        given().queryParam("revision", 21).when().get(activities(cluster) + "/2022-03").then().statusCode(404);
        // Earlier revisions read one by one: the first, by the office (fabric 1 m + 12 m, wholesale 10 m + 20 m, 101 jobs) ...
        given().queryParam("revision", 1).when().get(activities(cluster) + "/2022-03").then().statusCode(200)
                .body("revision", equalTo(1)).body("current", equalTo(false)).body("recordedAs", equalTo("officer"))
                .body("purchasesValue", equalTo(13_000_000)).body("salesValue", equalTo(30_000_000)).body("jobs", equalTo(101))
                .body("note", nullValue()).body("purchases[0].value", equalTo(1_000_000)).body("sales[0].value", equalTo(10_000_000));
        // ... and the seventh, the office's 6th correction (fabric 7 m + 12 m, wholesale 70 m + 20 m, 107 jobs).
        given().auth().oauth2(Tokens.officer()).queryParam("revision", 7).when().get(activities(cluster) + "/2022-03").then().statusCode(200)
                .body("revision", equalTo(7)).body("current", equalTo(false)).body("recordedAs", equalTo("officer"))
                .body("purchasesValue", equalTo(19_000_000)).body("salesValue", equalTo(90_000_000)).body("jobs", equalTo(107))
                .body("note", equalTo("Koreksi ke-6")).body("purchases[0].value", equalTo(7_000_000));
        given().queryParam("revision", 7).when().get(activities(cluster) + "/2022-03").then().statusCode(200).body("note", nullValue());
        org.assertj.core.api.Assertions.assertThat(given().queryParam("size", 20).when().get(activities(cluster) + "/2022-03/revisions")
                .then().statusCode(200).extract().asString()).doesNotContain("Koreksi ke-");
        // All twenty on one page of 20, latest first.
        given().queryParam("size", 20).when().get(activities(cluster) + "/2022-03/revisions").then().statusCode(200)
                .body("items.revision", contains(20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1))
                .body("items[0].id", equalTo(twentieth)).body("items[13].salesValue", equalTo(90_000_000))
                .body("page.totalItems", equalTo(20)).body("page.totalPages", equalTo(1));

        // A new record of the period, or of a period sharing its days, meets its current revision.
        record(hostToken, cluster, revision("2022-03", 1)).then().statusCode(409).body("type", endsWith("/duplicate"))
                .body("existingId", equalTo(twentieth)).body("detail", equalTo("The activity of 2022-03 is recorded already (revision 20); "
                        + "correct it with PUT .../activities/2022-03 and If-Match"));
        record(hostToken, cluster, revision("2022-Q1", 1)).then().statusCode(409).body("type", endsWith("/conflict"))
                .body("detail", equalTo("2022-Q1 overlaps 2022-03, recorded already: a cluster records either the months or the quarter "
                        + "of the same days"));
        record(hostToken, cluster, revision("2022-04", 1)).then().statusCode(201);
        record(hostToken, cluster, revision("2022-Q2", 1)).then().statusCode(409).body("type", endsWith("/conflict"))
                .body("detail", startsWith("2022-Q2 overlaps 2022-04, recorded already"));

        // Totals count the current revision only: Q1 is March's 20th (32 m, 240 m, 220 m, 120 jobs), Q2 April's first
        // (13 m, 240 m, 30 m, 101 jobs); the half year adds them up, its jobs April's, the latest.
        given().queryParam("from", "2022-01-01").queryParam("to", "2022-06-30").when().get(activities(cluster) + "/totals")
                .then().statusCode(200).body("trend.period", contains("2022-Q1", "2022-Q2"))
                .body("trend[0].totals.purchasesValue", equalTo(32_000_000)).body("trend[0].totals.salesValue", equalTo(220_000_000))
                .body("trend[0].totals.jobs", equalTo(120)).body("trend[0].totals.periods", equalTo(1))
                .body("trend[1].totals.purchasesValue", equalTo(13_000_000)).body("trend[1].totals.salesValue", equalTo(30_000_000))
                .body("trend[1].totals.jobs", equalTo(101))
                .body("total.purchasesValue", equalTo(45_000_000)).body("total.productionValue", equalTo(480_000_000))
                .body("total.salesValue", equalTo(250_000_000)).body("total.jobs", equalTo(101)).body("total.periods", equalTo(2))
                .body("total.clusters", equalTo(1));
    }

    @Test
    void theListsWhoseItemsCarryThePeriodsLinesTakeTwentyAPage() {
        String cluster = cluster("Sentra Kerajinan Bambu " + UUID.randomUUID(), "HANDICRAFT", null);
        record(Tokens.officer(), cluster, EconomyMother.dollActivity("2021-01", 1L, 1L, 1)).then().statusCode(201);
        record(Tokens.officer(), cluster, EconomyMother.dollActivity("2021-02", 1L, 1L, 1)).then().statusCode(201);
        for (String list : List.of(activities(cluster), activities(cluster) + "/2021-01/revisions")) {
            given().queryParam("size", 21).when().get(list).then().statusCode(400)
                    .body("errors[0].field", equalTo("size")).body("errors[0].message", equalTo("must be a whole number from 1 to 20"));
            given().header("Accept-Language", "id").queryParam("size", 21).when().get(list).then().statusCode(400)
                    .body("errors[0].field", equalTo("size")).body("errors[0].message", equalTo("harus berupa bilangan bulat dari 1 sampai 20"));
            given().queryParam("size", 100).when().get(list).then().statusCode(400).body("errors[0].field", equalTo("size"));
            given().queryParam("size", "020").when().get(list).then().statusCode(400).body("errors[0].field", equalTo("size"));
            given().queryParam("page", 0).when().get(list).then().statusCode(400).body("errors[0].field", equalTo("page"));
            given().queryParam("size", 20).when().get(list).then().statusCode(200).body("page.size", equalTo(20));
            given().when().get(list).then().statusCode(200).body("page.size", equalTo(20)).body("page.number", equalTo(1));
        }
        given().queryParam("size", 1).queryParam("page", 2).when().get(activities(cluster)).then().statusCode(200)
                .body("items.period", contains("2021-02")).body("page.totalPages", equalTo(2));
    }

    @Test
    void partnersJurorsAuditorsAndOtherCooperativesMayNotRecord() {
        String host = register(CooperativeMother.bonekaBekasi());
        String cluster = cluster("Sentra Boneka Bantar " + UUID.randomUUID(), "DOLLS_AND_TOYS", host);
        Map<String, Object> body = EconomyMother.dollActivity("2024-05", 1_000_000L, 2_000_000L, 10);
        for (String token : List.of(Tokens.partner("bank-bjb"), Tokens.juror("juri-1@dev"), Tokens.auditor(),
                Tokens.cooperative(UUID.randomUUID()))) {
            record(token, cluster, body).then().statusCode(403).contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).body(body).when().post(activities(cluster)).then().statusCode(401);
        record(Tokens.officer(), cluster, body).then().statusCode(201);
        for (String token : List.of(Tokens.partner("bank-bjb"), Tokens.juror("juri-1@dev"), Tokens.cooperative(UUID.randomUUID()))) {
            correct(token, cluster, "2024-05", "\"1\"", body).then().statusCode(403);
        }
        // The host cooperative of another cluster is no host of this one; a cluster without a host is the office's alone.
        String unhosted = cluster("Sentra Mamin Tanpa Induk " + UUID.randomUUID(), "FOOD_AND_BEVERAGE", null);
        record(Tokens.cooperative(UUID.fromString(host)), unhosted, body).then().statusCode(403);
        given().when().get(activities(cluster) + "/2024-05").then().statusCode(200).body("recordedBy", nullValue());
        given().auth().oauth2(Tokens.cooperative(UUID.fromString(host))).when().get(activities(cluster) + "/2024-05")
                .then().statusCode(200).body("recordedBy", equalTo("officer@dev"));
    }

    @Test
    void badRecordsAreRefusedWithTheFieldsNamed() {
        String cluster = cluster("Sentra Validasi " + UUID.randomUUID(), "HANDICRAFT", null);
        Map<String, Object> body = EconomyMother.dollActivity("2024-13", 1L, 1L, 1);
        record(Tokens.officer(), cluster, body).then().statusCode(400).body("errors[0].field", equalTo("period"));
        LocalDate nextMonth = OfficeClockStart.today().plusMonths(1);
        body.put("period", "%d-%02d".formatted(nextMonth.getYear(), nextMonth.getMonthValue()));
        record(Tokens.officer(), cluster, body).then().statusCode(400).body("errors[0].field", equalTo("period"))
                .body("errors[0].message", startsWith("has not begun"));

        body = EconomyMother.dollActivity("2024-06", -5L, 1L, 1);
        body.put("jobs", -1);
        body.put("sales", List.of(Map.of("channel", "WHOLESALE", "value", 5, "markets", List.of())));
        record(Tokens.officer(), cluster, body).then().statusCode(400)
                .body("errors.field", hasItem("purchases[0].value")).body("errors.field", hasItem("jobs"))
                .body("errors.field", hasItem("sales[0].markets"));
        body = EconomyMother.dollActivity("2024-06", 5L, 1L, 1);
        body.put("sales", List.of(Map.of("channel", "BARTER", "value", 5, "markets", List.of("Bekasi"))));
        record(Tokens.officer(), cluster, body).then().statusCode(400).body("errors[0].field", equalTo("sales[0].channel"));
        body = EconomyMother.dollActivity("2024-06", 5L, 1L, 1);
        body.put("revision", 7);
        record(Tokens.officer(), cluster, body).then().statusCode(400).body("errors[0].field", equalTo("revision"));
        body.remove("revision");
        body.put("purchases", List.of(Map.of("item", " ", "quantity", 0, "unit", "kg", "value", 5)));
        record(Tokens.officer(), cluster, body).then().statusCode(400)
                .body("errors.field", hasItem("purchases[0].item")).body("errors.field", hasItem("purchases[0].quantity"));

        body = EconomyMother.dollActivity("2024-06", 5L, 1L, 1);
        record(Tokens.officer(), cluster, body).then().statusCode(201);
        body.put("period", "2024-07");
        correct(Tokens.officer(), cluster, "2024-06", "\"1\"", body).then().statusCode(400).body("errors[0].field", equalTo("period"));
        body.put("period", "2024-08");
        correct(Tokens.officer(), cluster, "2024-08", "\"1\"", body).then().statusCode(404);
        record(Tokens.officer(), UUID.randomUUID().toString(), body).then().statusCode(404);
        given().queryParam("by", "MONTH").when().get(activities(cluster) + "/totals").then().statusCode(400).body("errors[0].field", equalTo("by"));
        given().queryParam("by", "MONTH").queryParam("page", 0).when().get("/api/v1/statistics/cluster-activity").then().statusCode(400)
                .body("errors.field", equalTo(List.of("page", "by")));
        given().queryParam("from", "2020-01-01").queryParam("to", "2030-12-31").when().get(activities(cluster) + "/totals")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
    }

    @Test
    void theCityWideSummaryByProductCategoryAsJsonAndOpenData() throws Exception {
        String dolls = cluster("=Sentra Boneka Jatiasih " + UUID.randomUUID(), "DOLLS_AND_TOYS", null);
        String food = cluster("Sentra Mamin Pondokgede " + UUID.randomUUID(), "FOOD_AND_BEVERAGE", null);
        record(Tokens.officer(), dolls, EconomyMother.dollActivity("2023-03", 10_000_000L, 100_000_000L, 50)).then().statusCode(201);
        record(Tokens.officer(), dolls, EconomyMother.dollActivity("2023-11", 20_000_000L, 300_000_000L, 65)).then().statusCode(201);
        Map<String, Object> snacks = EconomyMother.dollActivity("2023-Q2", 7_000_000L, 90_000_000L, 40);
        snacks.put("purchases", List.of(Map.of("item", "Tepung singkong", "quantity", 500, "unit", "kg", "value", 7_000_000L)));
        record(Tokens.officer(), food, snacks).then().statusCode(201);

        JsonPath summary = given().queryParam("by", "YEAR").queryParam("from", "2023-01-01").queryParam("to", "2023-12-31")
                .when().get("/api/v1/statistics/cluster-activity").then().statusCode(200).extract().jsonPath();
        assertThat(summary.getList("trend.period", String.class)).containsExactly("2023");
        // dolls: purchases 10 m + 12 m, 20 m + 12 m; sales 100 m + 20 m, 300 m + 20 m; jobs of November. Food: 7 m, 90 m + 20 m, 40.
        assertThat(summary.getLong("total.clusters")).isEqualTo(2);
        assertThat(summary.getLong("total.purchasesValue")).isEqualTo(22_000_000L + 32_000_000L + 7_000_000L);
        assertThat(summary.getLong("total.salesValue")).isEqualTo(120_000_000L + 320_000_000L + 110_000_000L);
        assertThat(summary.getLong("total.jobs")).isEqualTo(65 + 40);
        assertThat(summary.getList("byCategory.productCategory", String.class)).contains("DOLLS_AND_TOYS", "FOOD_AND_BEVERAGE", "OTHER");
        String dollCategory = "byCategory.find { it.productCategory == 'DOLLS_AND_TOYS' }";
        assertThat(summary.getLong(dollCategory + ".total.salesValue")).isEqualTo(440_000_000L);
        assertThat(summary.getLong(dollCategory + ".total.jobs")).isEqualTo(65);
        assertThat(summary.getLong(dollCategory + ".trend[0].totals.periods")).isEqualTo(2);
        assertThat(summary.getLong("byCategory.find { it.productCategory == 'FOOD_AND_BEVERAGE' }.total.purchasesValue")).isEqualTo(7_000_000L);
        assertThat(summary.getLong("byCategory.find { it.productCategory == 'FURNITURE' }.total.salesValue")).isZero();
        // The clusters a page at a time, by name: walked to the end, every cluster of the register once.
        long clusters = summary.getLong("clusters");
        assertThat(summary.getLong("page.totalItems")).isEqualTo(clusters);
        assertThat(summary.getInt("page.size")).isEqualTo(20);
        assertThat(summary.getList("byCluster")).hasSize((int) Math.min(20, clusters));
        Map<String, Map<String, Object>> lines = new java.util.LinkedHashMap<>();
        for (int page = 1; page <= (clusters + 99) / 100; page++) {
            JsonPath onePage = given().queryParam("by", "YEAR").queryParam("from", "2023-01-01").queryParam("to", "2023-12-31")
                    .queryParam("size", 100).queryParam("page", page).when().get("/api/v1/statistics/cluster-activity")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(onePage.getLong("page.totalPages")).isEqualTo((clusters + 99) / 100);
            for (Map<String, Object> line : onePage.<Map<String, Object>>getList("byCluster")) {
                assertThat(lines.put((String) line.get("clusterId"), line)).isNull();
            }
        }
        assertThat(lines).hasSize((int) clusters).containsKeys(dolls, food);
        assertThat(((Number) ((Map<?, ?>) lines.get(food).get("total")).get("salesValue")).longValue()).isEqualTo(110_000_000L);
        assertThat(((Number) ((Map<?, ?>) lines.get(dolls).get("total")).get("salesValue")).longValue()).isEqualTo(440_000_000L);
        int foodAt = new java.util.ArrayList<>(lines.keySet()).indexOf(food);
        given().queryParam("by", "YEAR").queryParam("from", "2023-01-01").queryParam("to", "2023-12-31")
                .queryParam("size", 1).queryParam("page", foodAt + 1).when().get("/api/v1/statistics/cluster-activity")
                .then().statusCode(200).body("byCluster.clusterId", contains(food)).body("page.totalPages", equalTo((int) clusters));
        given().queryParam("size", 101).when().get("/api/v1/statistics/cluster-activity").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));

        Response csv = given().queryParam("by", "YEAR").queryParam("from", "2023-01-01").queryParam("to", "2023-12-31").queryParam("format", "csv")
                .when().get("/api/v1/statistics/cluster-activity");
        csv.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"aktivitas-klaster-2023-01-01-2023-12-31.csv\"");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv.asString())).getRecords();
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly("tingkat", "kategori_produk", "nama_kategori", "id_klaster",
                "nama_klaster", "kode_kecamatan", "periode", "awal_periode", "akhir_periode", "jumlah_klaster", "jumlah_periode_tercatat",
                "nilai_pembelian_bahan_baku", "nilai_produksi", "nilai_penjualan", "tenaga_kerja");
        CSVRecord all = rows.get(0);
        assertThat(all.get("tingkat")).isEqualTo("SEMUA");
        assertThat(all.get("periode")).isEqualTo("SELURUH");
        assertThat(all.get("nilai_penjualan")).isEqualTo("550000000");
        CSVRecord dollYear = rows.stream().filter(r -> r.get("tingkat").equals("KATEGORI") && r.get("kategori_produk").equals("DOLLS_AND_TOYS")
                && r.get("periode").equals("2023")).findFirst().orElseThrow();
        assertThat(dollYear.get("nama_kategori")).isEqualTo("Boneka dan mainan");
        assertThat(dollYear.get("tenaga_kerja")).isEqualTo("65");
        CSVRecord dollCluster = rows.stream().filter(r -> r.get("id_klaster").equals(dolls)).findFirst().orElseThrow();
        assertThat(dollCluster.get("nama_klaster")).startsWith("'=Sentra Boneka Jatiasih");
        // The file has every cluster (one whole-range row and one 2023 row each), whatever page was asked for.
        String paged = given().queryParam("by", "YEAR").queryParam("from", "2023-01-01").queryParam("to", "2023-12-31")
                .queryParam("format", "csv").queryParam("size", 1).queryParam("page", 1).when().get("/api/v1/statistics/cluster-activity")
                .then().statusCode(200).extract().asString();
        List<CSVRecord> pagedRows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(paged)).getRecords();
        assertThat(pagedRows.stream().filter(r -> r.get("tingkat").equals("KLASTER")).map(r -> r.get("id_klaster")).distinct().count())
                .isEqualTo(clusters);
        assertThat(pagedRows.stream().filter(r -> r.get("tingkat").equals("KLASTER"))).hasSize((int) (2 * clusters));
    }

    private static String cluster(String name, String category, String host) {
        Map<String, Object> body = ClusterMother.cluster(name, host);
        body.put("productCategory", category);
        return given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body).when().post("/api/v1/clusters")
                .then().statusCode(201).extract().path("id");
    }

    /** Revision {@code n} of a period: fabric n million, wholesale 10n million, 100 + n jobs, and a note from the first correction on. */
    private static Map<String, Object> revision(String period, int n) {
        Map<String, Object> body = EconomyMother.dollActivity(period, n * 1_000_000L, n * 10_000_000L, 100 + n);
        if (n > 1) {
            body.put("note", "Koreksi ke-" + (n - 1));
        }
        return body;
    }

    private static String activities(String cluster) {
        return "/api/v1/clusters/" + cluster + "/activities";
    }

    private static Response record(String token, String cluster, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(activities(cluster));
    }

    private static Response correct(String token, String cluster, String period, String ifMatch, Map<String, Object> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put(activities(cluster) + "/" + period);
    }

    private static org.hamcrest.Matcher<String> endsWith(String suffix) {
        return org.hamcrest.Matchers.endsWith(suffix);
    }
}
