package id.go.bekasikota.koperasi.gateway.health;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How the gateway's readiness shows why a service is not ready. */
class ServicesHealthTest {

    @Test
    void aServiceDownIsShownWithItsFailingChecksAndTheirData() {
        String financing = """
                {"status": "DOWN", "checks": [
                  {"name": "Database connections health check", "status": "UP", "data": {"<default>": "UP"}},
                  {"name": "event-consumers", "status": "DOWN",
                   "data": {"financing-service.cooperative-projection": 340, "ready-max-lag": 100}}]}""";

        assertEquals(": event-consumers {\"financing-service.cooperative-projection\":340,\"ready-max-lag\":100}",
                ServicesHealth.downChecks(financing));
    }

    @Test
    void aBodyThatIsNotAHealthReportAddsNothing() {
        assertEquals("", ServicesHealth.downChecks("<html>Bad gateway</html>"));
        assertEquals("", ServicesHealth.downChecks("{\"status\": \"DOWN\"}"));
    }
}
