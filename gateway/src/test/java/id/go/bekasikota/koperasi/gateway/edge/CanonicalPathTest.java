package id.go.bekasikota.koperasi.gateway.edge;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertTrue;

class CanonicalPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/v1/cooperatives", "/api/v1/cooperatives/", "/api/v1/cooperatives/3f0c5a52-1b8e-4d4e-9a53-2b8f4c1d7e90/standing",
            "/api/v1/loan-applications/%E2%9C%93/submit", "/api/v1/cooperatives/a%20b", "/api/v1/cooperatives/..x", "/api/v1/cooperatives/.well"})
    void canonicalPathsPass(String path) {
        assertTrue(CanonicalPath.problem(path).isEmpty(), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/cooperatives/../portfolio", "/api/v1/cooperatives/./42", "/api/v1/cooperatives/..",
            "/api/v1/cooperatives/%2e%2e/portfolio", "/api/v1/cooperatives/%2E%2e/portfolio", "/api/v1/cooperatives/.%2e/portfolio",
            "/api/v1//cooperatives", "//api/v1/cooperatives", "/api/v1/cooperatives%2f..%2fportfolio", "/api/v1/cooperatives%2F42",
            "/api/v1/cooperatives%5c42", "/api/v1/cooperatives\\42", "/api/v1/cooperatives/%00", "/api/v1/%63ooperatives",
            "/api/v1/cooperatives%2dexports", "/api/v1/cooperatives/%zz", "/api/v1/cooperatives/%4", "api/v1/cooperatives"})
    void everythingElseIsRefused(String path) {
        assertTrue(CanonicalPath.problem(path).isPresent(), path);
    }
}
