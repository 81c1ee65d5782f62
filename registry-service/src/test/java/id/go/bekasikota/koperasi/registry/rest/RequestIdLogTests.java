package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.registry.service.SnapshotPublicationService;
import id.go.bekasikota.koperasi.testsupport.LogCapture;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.awaitility.Awaitility;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A log line written while a request is served names the request (platform {@code RequestIds}): the caller's
 * {@code X-Request-Id}, which its answer carries too, is in the line's logging context, so the operator finds the
 * line of a failing request by the id the caller reports.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class RequestIdLogTests {

    @Test
    void aLineLoggedWhileServingARequestCarriesItsId() {
        String location;
        List<java.util.logging.LogRecord> records;
        try (LogCapture log = LogCapture.of(SnapshotPublicationService.class.getName())) {
            location = given().auth().oauth2(Tokens.officer()).header("X-Request-Id", "rid-publication-4711")
                    .when().post("/api/v1/admin/registry/snapshot-publications")
                    .then().statusCode(202).header("X-Request-Id", "rid-publication-4711").extract().header("Location");
            records = log.records();
        }
        // "Snapshot publication <id> requested by officer@dev: <n> cooperatives", logged by the request's worker thread.
        ExtLogRecord requested = records.stream().map(ExtLogRecord.class::cast)
                .filter(r -> r.getFormattedMessage().contains("requested by officer@dev"))
                .findFirst().orElseThrow(() -> new AssertionError("no line about the request among " + records.size()));
        assertThat(requested.getMdc("requestId")).isEqualTo("rid-publication-4711");
        // The publication runs on; the next test that starts one finds none running.
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> "COMPLETED".equals(
                given().auth().oauth2(Tokens.auditor()).get(location).then().statusCode(200).extract().path("state")));
    }
}
