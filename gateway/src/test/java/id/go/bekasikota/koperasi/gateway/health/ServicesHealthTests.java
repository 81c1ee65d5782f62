package id.go.bekasikota.koperasi.gateway.health;

import id.go.bekasikota.koperasi.gateway.UpstreamStubs;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class ServicesHealthTests {

    private static final String SERVICES = "checks.find { it.name == 'services' }";

    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @TestHTTPResource(value = "/health/live", management = true)
    URL liveness;

    /** On the management interface (quarkus.management.*), never on the public port (RefusalTests). */
    @Test
    void readinessShowsTheReachabilityOfEachService() {
        // The standby service of the tests has nothing listening: the gateway is not ready.
        given().when().get(readiness)
                .then().statusCode(503)
                .body(SERVICES + ".status", equalTo("DOWN"))
                .body(SERVICES + ".data.registry", equalTo("UP"))
                .body(SERVICES + ".data.financing", equalTo("UP"))
                .body(SERVICES + ".data.awards", equalTo("UP"))
                .body(SERVICES + ".data.standby", equalTo("UNREACHABLE"))
                .body(SERVICES + ".data.registry-circuit", notNullValue());
    }

    @Test
    void livenessDoesNotDependOnTheServices() {
        given().when().get(liveness).then().statusCode(200);
    }
}
