package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import id.go.bekasikota.koperasi.registry.domain.Bentuk;
import id.go.bekasikota.koperasi.registry.domain.Cooperative;
import id.go.bekasikota.koperasi.registry.domain.CooperativeData;
import id.go.bekasikota.koperasi.registry.domain.Kelompok;
import id.go.bekasikota.koperasi.registry.service.CooperativeService;
import id.go.bekasikota.koperasi.testsupport.CooperativeImportMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeNumbers;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.SessionLocks;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static id.go.bekasikota.koperasi.testsupport.CooperativeImportMother.row;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * The cooperative number as the import's key: read as the register stores it, checked before
 * anything else of the row, and kept to one cooperative against a registration at the same moment.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class CooperativeImportNumberTests {

    private static final String NOT_DIGITS = "must be 6 to 20 digits";
    private static final String SCIENTIFIC = "must be 6 to 20 digits; it looks like a spreadsheet wrote the number in"
            + " scientific notation (such as 3.27501E+12), which drops its last digits: format the column as Text in the"
            + " workbook, check the numbers and save the file again";

    @Inject
    CooperativeService cooperatives;

    @Inject
    EntityManager entityManager;

    /** Spreadsheets and copies from web pages leave a no-break space after a number (U+00A0, U+2007, U+202F). */
    @Test
    void aNumberFollowedByANoBreakSpaceIsTheRegisteredNumber() {
        String first = CooperativeNumbers.unique();
        String second = CooperativeNumbers.unique();
        String third = CooperativeNumbers.unique();
        List<String> ids = importCsv(CooperativeImportMother.file(List.of(row(first, "Koperasi Satu"), row(second, "Koperasi Dua"),
                row(third, "Koperasi Tiga"))), "ALL_OR_NOTHING").then().statusCode(201).body("created", equalTo(3))
                .extract().path("rows.cooperativeId");

        String again = CooperativeImportMother.file(List.of(row(first + "\u00A0", "Koperasi Satu"),
                row(second + "\u2007", "Koperasi Dua Jaya"), row(third + "\u202F", "Koperasi Tiga"), row(first, "Koperasi Satu")));
        importCsv(again, "VALID_ROWS_ONLY").then().statusCode(201)
                .body("created", equalTo(0)).body("updated", equalTo(1)).body("unchanged", equalTo(2)).body("rejected", equalTo(1))
                .body("rows.row", equalTo(List.of(2, 3, 4, 5)))
                .body("rows.outcome", equalTo(List.of("UNCHANGED", "UPDATED", "UNCHANGED", "REJECTED")))
                .body("rows.cooperativeNumber", equalTo(List.of(first, second, third, first)))
                .body("rows[0].cooperativeId", equalTo(ids.get(0))).body("rows[1].cooperativeId", equalTo(ids.get(1)))
                .body("rows[2].cooperativeId", equalTo(ids.get(2)))
                .body("rows[1].changedFields", equalTo(List.of("name")))
                .body("rows[3].errors[0].field", equalTo("cooperativeNumber"))
                .body("rows[3].errors[0].message", equalTo("appears already in row 2"));

        for (String number : List.of(first, second, third)) {
            given().queryParam("cooperativeNumber", number).when().get("/api/v1/cooperatives").then().statusCode(200).body("items", hasSize(1));
        }
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives/" + ids.get(1)).then().body("name", equalTo("Koperasi Dua Jaya"));
    }

    /**
     * A registration of a number holds its lock until it commits; an import that looked the number up
     * meanwhile (and did not find it: not committed yet) waits for that lock, then finds the
     * cooperative and updates it. Without the lock it inserted the number a second time: a 500.
     */
    @Test
    void aNumberRegisteredWhileTheImportRunsIsUpdatedNotInsertedTwice() throws Exception {
        String number = CooperativeNumbers.unique();
        CooperativeData boneka = new CooperativeData(number, "Koperasi Boneka Bekasi", null, null, Jenis.PRODUSEN, Bentuk.PRIMER,
                Kelompok.COMMUNITY, "32401", "2020", null, null, "327507", null, LocalDate.of(2011, 3, 1), null, null,
                List.of(), List.of(), List.of());
        CountDownLatch registered = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        AtomicInteger registration = new AtomicInteger();
        ExecutorService office = Executors.newSingleThreadExecutor();
        Future<String> registeredId = office.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
            String id = cooperatives.register(boneka, Actor.officer("officer@dev")).cooperative().id.toString();
            registration.set(((Number) entityManager.createNativeQuery("select pg_backend_pid()").getSingleResult()).intValue());
            registered.countDown();
            commit.await(60, TimeUnit.SECONDS);
            return id;
        }));
        CompletableFuture<Response> imported;
        try {
            assertThat(registered.await(30, TimeUnit.SECONDS)).as("registered, not committed").isTrue();
            String csv = CooperativeImportMother.file(List.of(row(number, "Koperasi Karyawan Impor")));
            imported = CompletableFuture.supplyAsync(() -> importCsv(csv, "ALL_OR_NOTHING"));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> waitsForANumberLockOf(registration.get()));
        } finally {
            commit.countDown();
            office.shutdown();
        }
        String id = registeredId.get(30, TimeUnit.SECONDS);

        imported.get(60, TimeUnit.SECONDS).then().statusCode(201)
                .body("created", equalTo(0)).body("updated", equalTo(1))
                .body("rows[0].outcome", equalTo("UPDATED")).body("rows[0].cooperativeId", equalTo(id))
                .body("rows[0].changedFields", hasItem("name"));
        given().queryParam("cooperativeNumber", number).when().get("/api/v1/cooperatives").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(id)).body("items[0].name", equalTo("Koperasi Karyawan Impor"));
    }

    /**
     * A change committed while the import planned its rows (here held open until the import waits for its row) is
     * what the import updates: it reads the row again once it holds it. Planned from the row as it was, the update
     * met a newer version at the commit, and the whole import was refused (412) for a POST that sent no If-Match.
     */
    @Test
    void aChangeCommittedWhileTheImportPlannedIsKeptAndTheRowUpdatedOverIt() throws Exception {
        String number = CooperativeNumbers.unique();
        String id = importCsv(CooperativeImportMother.file(List.of(row(number, "Koperasi Lama"))), "ALL_OR_NOTHING").then()
                .statusCode(201).extract().path("rows[0].cooperativeId");
        CountDownLatch changed = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        AtomicInteger office = new AtomicInteger();
        ExecutorService clerk = Executors.newSingleThreadExecutor();
        Future<?> change = clerk.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
            // The phone is not a column of the file: the import keeps it.
            entityManager.find(Cooperative.class, UUID.fromString(id), LockModeType.PESSIMISTIC_WRITE).phone = "+62 21 5550000";
            entityManager.flush();
            office.set(((Number) entityManager.createNativeQuery("select pg_backend_pid()").getSingleResult()).intValue());
            changed.countDown();
            try {
                commit.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        CompletableFuture<Response> imported;
        try {
            assertThat(changed.await(30, TimeUnit.SECONDS)).as("changed, not committed").isTrue();
            String csv = CooperativeImportMother.file(List.of(row(number, "Koperasi Baru")));
            imported = CompletableFuture.supplyAsync(() -> importCsv(csv, "ALL_OR_NOTHING"));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> SessionLocks.blockedBy(office.get()));
        } finally {
            commit.countDown();
            clerk.shutdown();
        }
        change.get(30, TimeUnit.SECONDS);

        imported.get(60, TimeUnit.SECONDS).then().statusCode(201).body("updated", equalTo(1))
                .body("rows[0].outcome", equalTo("UPDATED")).body("rows[0].changedFields", equalTo(List.of("name")));
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives/" + id).then().statusCode(200)
                .body("name", equalTo("Koperasi Baru")).body("phone", equalTo("+62 21 5550000"));
    }


    /** Excel shows 3275010010001 as 3.27501E+12 in a narrow column and saves it so: every such row is told, none is a duplicate. */
    @Test
    void aNumberInScientificNotationIsSaidToBeOneBeforeAnyDuplicate() {
        String csv = CooperativeImportMother.file(List.of(row("3.27501E+12", "Koperasi Satu"), row("3.27501E+12", "Koperasi Dua"),
                row("32750", "Koperasi Tiga"), row("32750", "Koperasi Empat")));
        importCsv(csv, "VALID_ROWS_ONLY").then().statusCode(201).body("rejected", equalTo(4))
                .body("errorsByField", equalTo(Map.of("cooperativeNumber", 4)))
                .body("rows.cooperativeNumber", equalTo(List.of("3.27501E+12", "3.27501E+12", "32750", "32750")))
                .body("rows.errors.message", equalTo(List.of(List.of(SCIENTIFIC), List.of(SCIENTIFIC), List.of(NOT_DIGITS), List.of(NOT_DIGITS))));

        // Excel in the id-ID locale: semicolons, and a decimal comma.
        String indonesian = "cooperativeNumber;name;jenis;bentuk;kelompok;kecamatanCode;foundedOn\r\n"
                + "3,27501E+12;Koperasi Satu;JASA;PRIMER;KUD;327501;1998-07-12\r\n";
        importCsv(indonesian, "VALID_ROWS_ONLY").then().statusCode(201).body("rejected", equalTo(1))
                .body("rows[0].cooperativeNumber", equalTo("3,27501E+12")).body("rows[0].errors[0].message", equalTo(SCIENTIFIC));
    }

    /** Some session waits for an advisory lock of the cooperative numbers held by the registration's session. */
    private boolean waitsForANumberLockOf(int registration) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                        select count(*) from pg_stat_activity
                        where wait_event_type = 'Lock' and wait_event = 'advisory' and query like '%hashtext%'
                          and cast(:registration as int) = any(pg_blocking_pids(pid))""")
                .setParameter("registration", registration).getSingleResult()).longValue() > 0);
    }

    private static Response importCsv(String csv, String mode) {
        return given().auth().oauth2(Tokens.officer()).contentType("text/csv; charset=UTF-8").queryParam("mode", mode)
                .body(csv.getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/cooperative-imports");
    }
}
