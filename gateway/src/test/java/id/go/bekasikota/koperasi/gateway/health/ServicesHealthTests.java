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
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class ServicesHealthTests {

    private static final String SERVICES = "checks.find { it.name == 'services' }";

    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @TestHTTPResource(value = "/health/group/services", management = true)
    URL services;

    @TestHTTPResource(value = "/health/live", management = true)
    URL liveness;

    /** On the management interface (quarkus.management.*), never on the public port (RefusalTests). */
    @Test
    void theServicesGroupShowsTheReachabilityOfEachService() {
        // The standby service of the tests has nothing listening: the group is DOWN and names it.
        given().when().get(services)
                .then().statusCode(503)
                .body(SERVICES + ".status", equalTo("DOWN"))
                .body(SERVICES + ".data.registry", equalTo("UP"))
                .body(SERVICES + ".data.financing", equalTo("UP"))
                .body(SERVICES + ".data.awards", equalTo("UP"))
                .body(SERVICES + ".data.standby", equalTo("UNREACHABLE"))
                .body(SERVICES + ".data.registry-circuit", notNullValue());
    }

    @Test
    void aServiceDownDoesNotMakeTheGatewayUnready() {
        // The gateway answers for the services that are up (and 503 for the one that is not): taking it out of its
        // Service would refuse them all.
        given().when().get(readiness).then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'services' }", nullValue());
    }

    @Test
    void livenessDoesNotDependOnTheServices() {
        given().when().get(liveness).then().statusCode(200);
    }
}
