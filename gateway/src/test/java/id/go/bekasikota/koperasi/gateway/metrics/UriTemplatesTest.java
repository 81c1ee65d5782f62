package id.go.bekasikota.koperasi.gateway.metrics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UriTemplatesTest {

    private final UriTemplates templates = new UriTemplates(List.of("/api/v1/cooperatives", "/api/v1/cooperative-imports",
            "/api/v1/partner", "/api/v1/loan-applications"));

    @ParameterizedTest
    @CsvSource({
            "/api/v1/cooperatives, /api/v1/cooperatives",
            "/api/v1/cooperatives/, /api/v1/cooperatives",
            "/api/v1/cooperatives/3f0c5a52-1b8e-4d4e-9a53-2b8f4c1d7e90, /api/v1/cooperatives/{id}",
            "/api/v1/cooperatives/42/annual-reports/2025, /api/v1/cooperatives/{id}/annual-reports/{id}",
            "/api/v1/cooperatives/KOP-3275-0042/standing, /api/v1/cooperatives/{id}/standing",
            "/api/v1/cooperatives/dissolution-candidates, /api/v1/cooperatives/dissolution-candidates",
            "/api/v1/cooperatives//42//members/, /api/v1/cooperatives/{id}/members",
            "/api/v1/cooperative-imports/a1b2, /api/v1/cooperative-imports/{id}",
            "/api/v1/partner/loan-applications/7/decision, /api/v1/partner/loan-applications/{id}/decision",
            "/api/v1/loan-applications/Koperasi_Maju/submit, /api/v1/loan-applications/{id}/submit",
            "/api/v1/loan-applications/%E2%9C%93/submit, /api/v1/loan-applications/{id}/submit",
            "/api/v1/cooperatives/a/b/c/d/e/f/g/h, /api/v1/cooperatives/a/b/c/d/e/f/**"})
    void idsBecomePlaceholdersAndNamesStay(String path, String template) {
        assertEquals(Optional.of(template), templates.template(path, true));
    }

    @ParameterizedTest
    @CsvSource({
            "/api/v1/cooperatives/42, /api/v1/cooperatives/{id}",
            "/api/v1/cooperatives/42/annual-reports, /api/v1/cooperatives/**",
            "/api/v1/cooperatives/anything-at-all/42, /api/v1/cooperatives/**",
            "/api/v1/partner, /api/v1/partner"})
    void namesTheServiceDidNotConfirmCollapse(String path, String template) {
        assertEquals(Optional.of(template), templates.template(path, false));
    }

    @Test
    void otherPathsHaveNoTemplate() {
        assertEquals(Optional.empty(), templates.template("/api/v1/cooperatives-archive/42", true));
        assertEquals(Optional.empty(), templates.template("/api/v1/nothing-here", true));
        assertEquals(Optional.empty(), templates.template("/q/metrics", true));
        assertEquals(Optional.empty(), templates.template("/", true));
    }
}
