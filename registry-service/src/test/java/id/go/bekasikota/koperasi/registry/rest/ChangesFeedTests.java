package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.registry.domain.ChangeCursor;
import id.go.bekasikota.koperasi.registry.repository.CooperativeChanges;
import id.go.bekasikota.koperasi.registry.service.ChangesFeedService;
import id.go.bekasikota.koperasi.testsupport.LogCapture;
import id.go.bekasikota.koperasi.testsupport.AdjustableClock;
import id.go.bekasikota.koperasi.testsupport.AnnualReportMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeMother;
import id.go.bekasikota.koperasi.testsupport.DueYear;
import id.go.bekasikota.koperasi.testsupport.ReactivationCaseMother;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static id.go.bekasikota.koperasi.registry.support.RegistryApi.etag;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.file;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;

/** The changes feed: commit order under concurrent writers, the two views, polling with ETag and Retry-After, compaction. */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class ChangesFeedTests {

    private static final String FEED = "/api/v1/cooperative-changes";
    @Inject
    AdjustableClock clock;

    /** The latest due year on the office clock, by the rule written out for tests. */
    private int dueYear() {
        return DueYear.asOf(LocalDate.now(clock));
    }

    @Inject
    CooperativeChanges changes;
    @Inject
    ChangesFeedService feed;
    @Inject
    EntityManager entityManager;

    @Test
    void aPageOfContactDataReadIsLoggedAPublicPageIsNot() {
        String head = end();
        register(CooperativeMother.limaGarudaWithBoard());
        try (LogCapture log = LogCapture.of("koperasi.personal-data-reads")) {
            given().queryParam("after", head).when().get(FEED).then().statusCode(200);
            given().auth().oauth2(Tokens.system()).queryParam("after", head).queryParam("limit", 1).when().get(FEED).then().statusCode(200)
                    .body("items", org.hamcrest.Matchers.hasSize(1));
            assertThat(log.records()).extracting(r -> ((org.jboss.logmanager.ExtLogRecord) r).getFormattedMessage())
                    .containsExactly("ods-client@dev (system) read contact data of the 1 cooperatives on the changes-feed page after " + head);
        }
    }

    @Test
    void everyWriteIsAChangeInOrderWithTheCooperativeAfterIt() {
        String head = end();
        String id = register(CooperativeMother.limaGarudaWithBoard());
        given().auth().oauth2(Tokens.officer()).contentType(CooperativeResource.MERGE_PATCH).header("If-Match", etag(id))
                .body("{\"name\":\"Koperasi Lima Garuda Sejahtera\"}")
                .when().patch("/api/v1/cooperatives/" + id).then().statusCode(200);
        file(id, AnnualReportMother.report(dueYear()));

        List<Map<String, Object>> mine = readAll(head, null, Tokens.system()).stream()
                .filter(c -> id.equals(path(c, "cooperative.id"))).toList();
        assertThat(mine).hasSize(3);
        assertThat(mine).extracting(c -> path(c, "cooperative.name"))
                .containsExactly("Koperasi Lima Garuda", "Koperasi Lima Garuda Sejahtera", "Koperasi Lima Garuda Sejahtera");
        assertThat(mine).extracting(c -> ((Number) path(c, "cooperative.version")).longValue()).isSorted().doesNotHaveDuplicates();
        Map<String, Object> last = mine.get(2);
        JsonPath current = given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives/" + id).then().extract().jsonPath();
        assertThat(path(last, "cooperative.version")).isEqualTo(current.getInt("version"));
        assertThat(path(last, "cooperative.status")).isEqualTo("ACTIVE").isEqualTo(current.getString("status"));
        assertThat(path(last, "cooperative.latestReportYear")).isEqualTo(dueYear());
        assertThat(path(last, "cooperative.annualReports[0].financialYear")).isEqualTo(dueYear());
    }

    @Test
    void anEntryShowsWhetherAReactivationCaseWasOpenAfterItsWrite() {
        String head = end();
        String id = register(CooperativeMother.limaGaruda());
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(ReactivationCaseMother.reactivationCase())
                .when().post("/api/v1/cooperatives/" + id + "/reactivation-cases").then().statusCode(201);
        // The report makes it ACTIVE, which closes the case.
        file(id, AnnualReportMother.report(dueYear()));

        List<Map<String, Object>> mine = readAll(head, null, Tokens.system()).stream()
                .filter(c -> id.equals(path(c, "cooperative.id"))).toList();
        assertThat(mine).extracting(c -> path(c, "cooperative.status")).containsExactly("INACTIVE", "INACTIVE", "ACTIVE");
        assertThat(mine).extracting(c -> path(c, "cooperative.underReactivation")).containsExactly(false, true, false);
    }

    @Test
    void anEntryCarriesTheReportsTheStandingReadsFromItsDayOn() {
        LocalDate today = LocalDate.now(clock);
        int f = dueYear();
        int lastClosed = today.getYear() - 1;
        String head = end();
        String id = register(CooperativeMother.limaGaruda());
        // F-4 to F; before 1 July the year just closed (F+1) can be reported already, with a meeting this January.
        for (int year = f - 4; year <= f; year++) {
            file(id, AnnualReportMother.reportWithAssets(year, 1_000L * year));
        }
        List<Integer> expected = new ArrayList<>(List.of(f - 2, f - 1, f));
        if (lastClosed > f) {
            file(id, AnnualReportMother.report(lastClosed, today.getYear() + "-01-02"));
            expected.add(lastClosed);
        }

        List<Map<String, Object>> mine = readAll(head, null, Tokens.system()).stream()
                .filter(c -> id.equals(path(c, "cooperative.id"))).toList();
        Map<String, Object> last = mine.get(mine.size() - 1);
        assertThat(path(last, "cooperative.grade")).isEqualTo("A");
        assertThat((List<?>) path(last, "cooperative.annualReports")).hasSizeLessThanOrEqualTo(4);
        assertThat(((List<?>) path(last, "cooperative.annualReports")).stream().map(r -> ((Map<?, ?>) r).get("financialYear")).toList())
                .isEqualTo(expected);
        assertThat(path(last, "cooperative.annualReports[0].assets")).isEqualTo(1_000 * (f - 2));
        // The reports the entry leaves out are public and paged on the cooperative.
        given().when().get("/api/v1/cooperatives/" + id + "/annual-reports").then().statusCode(200)
                .body("page.totalItems", equalTo(expected.size() + 2)).body("items[0].financialYear", equalTo(f - 4));
    }

    @Test
    void anonymousCallersReadThePublicViewAndNobodyReadsPersonalData() {
        String head = end();
        String id = register(CooperativeMother.limaGarudaWithBoard());
        file(id, AnnualReportMother.report(dueYear()));

        // The public view may be kept by a cache (and revalidated); the full view, with contact data, never.
        String anonymous = given().queryParam("after", head).queryParam("limit", 1000).when().get(FEED).then().statusCode(200)
                .header("Cache-Control", "no-cache").extract().asString();
        String system = given().auth().oauth2(Tokens.system()).queryParam("after", head).queryParam("limit", 1000).when().get(FEED)
                .then().statusCode(200).header("Cache-Control", "no-store").extract().asString();
        String partner = given().auth().oauth2(Tokens.partner("bank-bjb")).queryParam("after", head).queryParam("limit", 1000).when().get(FEED)
                .then().statusCode(200).extract().asString();
        assertThat(anonymous).contains(id).doesNotContain("sekretariat@limagaruda.coop").doesNotContain("annualReports");
        assertThat(partner).isEqualTo(anonymous);
        assertThat(system).contains("sekretariat@limagaruda.coop").contains("+62 21 8801234").contains("annualReports");
        for (String page : List.of(anonymous, system)) {
            assertThat(page).doesNotContain("Siti Rahmawati").doesNotContain("3275014107800003").doesNotContain("+62 812 1234 5678")
                    .doesNotContain("board").doesNotContain("supervisors");
        }
    }

    @Test
    void aPollerAtTheEndGets304UntilSomethingCommits() {
        String head = end();
        Response atEnd = given().queryParam("after", head).when().get(FEED);
        atEnd.then().statusCode(200).header("Retry-After", "5").body("items.size()", equalTo(0))
                .body("next", equalTo(head)).body("hasMore", equalTo(false));
        String tag = atEnd.header("ETag");
        assertThat(tag).isNotBlank();
        given().queryParam("after", head).header("If-None-Match", tag).when().get(FEED)
                .then().statusCode(304).header("Retry-After", "5").header("ETag", tag);

        String id = register(CooperativeMother.limaGaruda());
        Response after = given().queryParam("after", head).header("If-None-Match", tag).when().get(FEED);
        after.then().statusCode(200).body("items.size()", equalTo(1)).body("items[0].cooperative.id", equalTo(id))
                .body("next", equalTo(after.path("items[0].cursor")));
        assertThat(after.header("ETag")).isNotEqualTo(tag);
    }

    @Test
    void aFullPageSaysMoreFollowAndHasNoRetryAfter() {
        String head = end();
        register(CooperativeMother.limaGaruda());
        register(CooperativeMother.limaGaruda());
        Response page = given().queryParam("after", head).queryParam("limit", 1).when().get(FEED);
        page.then().statusCode(200).body("items.size()", equalTo(1)).body("hasMore", equalTo(true));
        assertThat(page.header("Retry-After")).isNull();
    }

    @Test
    void aBadCursorOrLimitIsA400NamingTheParameter() {
        given().queryParam("after", "not-a-cursor").when().get(FEED).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("after"));
        for (String limit : List.of("0", "1001", "ten", "-5")) {
            given().queryParam("limit", limit).when().get(FEED).then().statusCode(400).body("errors[0].field", equalTo("limit"));
        }
    }

    /**
     * A cursor past the head (a mirror's copy from another installation, or from before a restore) would otherwise be
     * answered "caught up" for ever while the feed moves on beneath it.
     */
    @Test
    void aCursorPastTheEndOfTheFeedIsA400NamingItButTheEndItselfIsNot() {
        ChangeCursor end = ChangeCursor.decode(end()).orElseThrow();
        // The end itself and any ordinal at its position: caught up.
        given().queryParam("after", end.encode()).when().get(FEED).then().statusCode(200).body("items", hasSize(0));
        given().queryParam("after", new ChangeCursor(end.position(), end.ordinal() + 50).encode()).when().get(FEED)
                .then().statusCode(200).body("items", hasSize(0));
        for (ChangeCursor ahead : List.of(new ChangeCursor(end.position() + 1_000_000, 0), new ChangeCursor(999_999_999L, 0))) {
            given().header("Accept-Language", "en").queryParam("after", ahead.encode()).when().get(FEED).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("after"))
                    .body("errors[0].message", containsString("past the end of this feed"));
        }
    }

    /**
     * Writers commit concurrently while a reader polls from its cursor. If a change could become
     * visible behind a position the reader had passed (a sequence taken before the commit), the
     * reader would miss it: what it collected live must equal the feed read again at the end.
     */
    @Test
    void aReaderPollingDuringConcurrentWritesMissesNothing() throws Exception {
        String head = end();
        int writers = 4;
        int each = 12;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            CompletableFuture<List<String>> reader = CompletableFuture.supplyAsync(() -> {
                List<String> seen = new ArrayList<>();
                String cursor = head;
                boolean last = false;
                while (true) {
                    boolean stillWriting = writing.get();
                    JsonPath page = given().queryParam("after", cursor).queryParam("limit", 7).when().get(FEED)
                            .then().statusCode(200).extract().jsonPath();
                    seen.addAll(page.getList("items.cursor", String.class));
                    cursor = page.getString("next");
                    if (!page.getBoolean("hasMore") && last) {
                        return seen;
                    }
                    last = !stillWriting;
                }
            }, pool);
            List<CompletableFuture<List<String>>> writes = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                writes.add(CompletableFuture.supplyAsync(() -> {
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        String id = register(CooperativeMother.limaGaruda());
                        ids.add(id);
                        file(id, AnnualReportMother.report(dueYear()));
                    }
                    return ids;
                }, pool));
            }
            Set<String> written = new HashSet<>();
            for (CompletableFuture<List<String>> write : writes) {
                written.addAll(write.get());
            }
            writing.set(false);
            List<String> seenLive = reader.get();

            List<Map<String, Object>> again = readAll(head, null, null);
            assertThat(seenLive).as("the live reader's cursors, against the feed read afterwards")
                    .containsExactlyElementsOf(again.stream().map(c -> (String) c.get("cursor")).toList());
            Map<String, Long> changesPerWritten = again.stream().map(c -> (String) path(c, "cooperative.id"))
                    .filter(written::contains).collect(Collectors.groupingBy(id -> id, Collectors.counting()));
            assertThat(changesPerWritten).hasSize(writers * each);
            assertThat(changesPerWritten.values()).containsOnly(2L);
        } finally {
            writing.set(false);
            pool.shutdown();
        }
    }

    @Test
    void compactionKeepsTheLatestChangeOfEveryCooperativeAndTheMaintenanceRecordsTheMissing() {
        String head = end();
        String id = register(CooperativeMother.limaGaruda());
        file(id, AnnualReportMother.report(dueYear()));
        String other = register(CooperativeMother.limaGaruda());
        assertThat(mineAfter(head, id)).hasSize(2);

        int dropped = feed.compact(clock.instant().plus(1, ChronoUnit.DAYS));
        assertThat(dropped).isPositive();
        List<Map<String, Object>> kept = mineAfter(head, id);
        assertThat(kept).hasSize(1);
        assertThat(path(kept.get(0), "cooperative.latestReportYear")).isEqualTo(dueYear());
        assertThat(mineAfter(head, other)).hasSize(1);

        // A cooperative the feed does not hold (rows copied around the service) is recorded by the maintenance.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("delete from cooperative_change where cooperative_id = :id")
                .setParameter("id", UUID.fromString(other)).executeUpdate());
        assertThat(mineAfter(ChangeCursor.START.encode(), other)).isEmpty();
        assertThat(feed.recordUnrecorded()).isGreaterThanOrEqualTo(1);
        assertThat(mineAfter(head, other)).hasSize(1);
    }

    @Test
    void compactionStopsAtTheFirstChangeNotOlderThanTheRetentionAndGoesOnFromThereLater() {
        String head = end();
        String id = register(CooperativeMother.limaGaruda());
        file(id, AnnualReportMother.report(dueYear()));
        String other = register(CooperativeMother.limaGaruda());
        List<Map<String, Object>> mine = mineAfter(head, id);
        assertThat(mine).hasSize(2);
        Instant registeredAt = Instant.parse((String) mine.get(0).get("changedAt"));
        Instant filedAt = Instant.parse((String) mine.get(1).get("changedAt"));
        assertThat(filedAt).isAfter(registeredAt);

        // The filing is not older than the bound: the compaction passes the registration and stops before the filing.
        feed.compact(filedAt);
        assertThat(mineAfter(head, id)).hasSize(2);
        assertThat(compactedThrough()).isEqualTo(ChangeCursor.decode((String) mine.get(0).get("cursor")).orElseThrow());

        // A microsecond later the filing is older: it drops the registration it supersedes, and the
        // compaction stops before the other cooperative's registration, written after it.
        feed.compact(filedAt.plus(1, ChronoUnit.MICROS));
        List<Map<String, Object>> kept = mineAfter(head, id);
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).get("cursor")).isEqualTo(mine.get(1).get("cursor"));
        assertThat(compactedThrough()).isEqualTo(ChangeCursor.decode((String) mine.get(1).get("cursor")).orElseThrow());
        assertThat(mineAfter(head, other)).hasSize(1);
    }

    /** Where the compaction stands, as its table holds it. */
    private ChangeCursor compactedThrough() {
        Object[] row = (Object[]) QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select position, ordinal from cooperative_change_compaction where id = 1").getSingleResult());
        return new ChangeCursor(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
    }

    @Test
    void theMaintenanceWalksTheUnrecordedCooperativesOnceInTheOrderOfTheirIds() {
        List<UUID> copied = List.of(register(CooperativeMother.limaGaruda()), register(CooperativeMother.limaGaruda()),
                register(CooperativeMother.limaGaruda())).stream().map(UUID::fromString).toList();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("delete from cooperative_change where cooperative_id in (:ids)")
                .setParameter("ids", copied).executeUpdate());

        // Windows of two, each after the last id of the one before, as the maintenance reads them.
        List<UUID> walked = new ArrayList<>();
        List<UUID> unrecorded = new ArrayList<>();
        UUID after = null;
        while (true) {
            UUID from = after;
            CooperativeChanges.Window window = QuarkusTransaction.requiringNew().call(() -> changes.window(from, 2));
            unrecorded.addAll(window.unrecorded());
            if (window.size() > 0) {
                walked.add(window.last());
            }
            if (window.size() < 2) {
                break;
            }
            after = window.last();
        }
        assertThat(unrecorded).containsAll(copied).doesNotHaveDuplicates();
        assertThat(walked).doesNotHaveDuplicates();
        // PostgreSQL orders uuids by their bytes, as the lowercase text orders them.
        assertThat(walked.stream().map(UUID::toString).toList()).isSorted();

        assertThat(feed.recordUnrecorded()).isGreaterThanOrEqualTo(copied.size());
        assertThat(QuarkusTransaction.requiringNew().call(() -> changes.window(null, 1_000_000)).unrecorded()).doesNotContainAnyElementsOf(copied);
        copied.forEach(id -> assertThat(mineAfter(ChangeCursor.START.encode(), id.toString())).hasSize(1));
    }

    @Test
    void aRunOfTheWalkThatFindsNothingStopsAfterItsShareAndTheNextGoesOnFromThere() {
        for (int i = 0; i < 8; i++) {
            register(CooperativeMother.limaGaruda());
        }
        feed.recordUnrecorded(); // walks to the last id: the next run starts from the first
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select id from cooperative order by id", UUID.class).getResultList());
        UUID fourth = ids.get(3);
        UUID last = ids.get(ids.size() - 1);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("delete from cooperative_change where cooperative_id in (:ids)")
                .setParameter("ids", List.of(fourth, last)).executeUpdate());

        // Windows of two, a share of two: the first run checks the first two ids, finds nothing and stops.
        assertThat(feed.recordUnrecorded(2, 2)).isZero();
        assertThat(mineAfter(ChangeCursor.START.encode(), fourth.toString())).isEmpty();
        // The next checks the third and fourth, records the fourth, so reads one window more (fifth, sixth) and stops.
        assertThat(feed.recordUnrecorded(2, 2)).isEqualTo(1);
        assertThat(mineAfter(ChangeCursor.START.encode(), fourth.toString())).hasSize(1);
        assertThat(mineAfter(ChangeCursor.START.encode(), last.toString())).isEmpty();
        // A run with room for the rest reaches the last id, records it, and the one after starts from the first again.
        assertThat(feed.recordUnrecorded(2, ids.size())).isEqualTo(1);
        assertThat(mineAfter(ChangeCursor.START.encode(), last.toString())).hasSize(1);
        assertThat(feed.recordUnrecorded(2, 2)).isZero();
    }

    private static List<Map<String, Object>> mineAfter(String after, String id) {
        return readAll(after, null, Tokens.system()).stream().filter(c -> id.equals(path(c, "cooperative.id"))).toList();
    }

    /** The cursor at the end of the feed now. */
    private static String end() {
        String cursor = null;
        while (true) {
            RequestSpecification request = given().queryParam("limit", 1000);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            JsonPath page = request.when().get(FEED).then().statusCode(200).extract().jsonPath();
            cursor = page.getString("next");
            if (!page.getBoolean("hasMore")) {
                return cursor;
            }
        }
    }

    private static List<Map<String, Object>> readAll(String after, Integer limit, String token) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = after;
        while (true) {
            RequestSpecification request = given().queryParam("after", cursor).queryParam("limit", limit == null ? 1000 : limit);
            if (token != null) {
                request.auth().oauth2(token);
            }
            JsonPath page = request.when().get(FEED).then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("next");
            if (!page.getBoolean("hasMore")) {
                return all;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Object path(Map<String, Object> change, String path) {
        Object value = change;
        for (String part : path.split("\\.")) {
            if (part.endsWith("]")) {
                String name = part.substring(0, part.indexOf('['));
                int index = Integer.parseInt(part.substring(part.indexOf('[') + 1, part.length() - 1));
                value = ((List<Object>) ((Map<String, Object>) value).get(name)).get(index);
            } else {
                value = value == null ? null : ((Map<String, Object>) value).get(part);
            }
        }
        return value;
    }
}
