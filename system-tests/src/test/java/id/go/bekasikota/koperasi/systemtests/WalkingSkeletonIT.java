package id.go.bekasikota.koperasi.systemtests;

import id.go.bekasikota.koperasi.testsupport.CooperativeNumbers;
import id.go.bekasikota.koperasi.stack.LocalSuite;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.restassured.http.ContentType;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The walking skeleton end to end: a cooperative registered through the gateway is stored by the
 * registry, published on Kafka and present in the financing and awards projections.
 */
@ExtendWith(SuiteExtension.class)
class WalkingSkeletonIT {

    @Test
    void aCooperativeRegisteredThroughTheGatewayReachesEveryProjection(LocalSuite suite) {
        // The first event after start-up also waits for the consumer groups to settle.
        UUID warmUp = register("Koperasi Pemanasan");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                Projections.cooperativeName(suite, "financing", warmUp).isPresent()
                        && Projections.cooperativeName(suite, "awards", warmUp).isPresent());

        UUID id = register("Koperasi Makmur Mandiri");
        given().when().get("/api/v1/cooperatives/" + id)
                .then().statusCode(200).body("name", equalTo("Koperasi Makmur Mandiri"));
        for (String service : List.of("financing", "awards")) {
            assertThat(Awaitility.await().atMost(Duration.ofSeconds(5)).until(() ->
                    Projections.cooperativeName(suite, service, id), Optional::isPresent)).contains("Koperasi Makmur Mandiri");
        }

        // Commit to both projections, measured over several cooperatives: within a second.
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            UUID next = register("Koperasi Skeleton " + i);
            long started = System.nanoTime();
            Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(10)).until(() ->
                    Projections.cooperativeName(suite, "financing", next).isPresent()
                            && Projections.cooperativeName(suite, "awards", next).isPresent());
            millis.add((System.nanoTime() - started) / 1_000_000);
        }
        Collections.sort(millis);
        System.out.println("[system-tests] registry commit to both projections (ms, sorted): " + millis);
        assertThat(millis.get(millis.size() / 2)).as("median propagation").isLessThan(1000);
    }

    private static UUID register(String name) {
        Map<String, Object> body = Map.of(
                "cooperativeNumber", CooperativeNumbers.unique(),
                "name", name,
                "jenis", "SIMPAN_PINJAM",
                "bentuk", "PRIMER",
                "kelompok", "COMMUNITY",
                "savingsLoanScope", "CLOSED_LOOP",
                "kecamatanCode", "327503",
                "foundedOn", "1997-05-20");
        String id = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cooperatives")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }
}
