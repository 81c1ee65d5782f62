package id.go.bekasikota.koperasi.systemtests;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import id.go.bekasikota.koperasi.systemtests.AccessPolicy.Access;
import id.go.bekasikota.koperasi.systemtests.ApiOperations.Operation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The hand-written policy is read strictly, and a document that disagrees with it is named. */
class AccessPolicyTest {

    private static final AccessPolicy POLICY = AccessPolicy.load();

    @Test
    void thePolicyListsEveryCallerForEachOperation() {
        assertThat(POLICY.size()).isGreaterThan(100);
        assertThat(POLICY.access(op("financing", "POST", "/api/v1/loan-applications/{id}/forward", false, Set.of("officer")), "partner"))
                .isEqualTo(Access.NO);
        assertThat(POLICY.access(op("financing", "GET", "/api/v1/partner/loan-applications/{id}", false, Set.of("partner")), "partner"))
                .isEqualTo(Access.OWN);
        assertThat(POLICY.access(op("registry", "GET", "/api/v1/cooperatives", true, Set.of()), "anonymous")).isEqualTo(Access.YES);
    }

    @Test
    void aPlantedWrongAnnotationIsNamed() {
        // An officer-only operation annotated {"officer", "partner"} by mistake, as its document would then say.
        Operation wrong = op("financing", "POST", "/api/v1/loan-applications/{id}/forward", false, Set.of("officer", "partner"));
        Operation right = op("financing", "POST", "/api/v1/loan-applications/{id}/recommend", false, Set.of("officer"));
        Operation madePublic = op("registry", "POST", "/api/v1/cooperatives", true, Set.of());

        List<String> differences = POLICY.differences(List.of(wrong, right, madePublic));

        assertThat(differences).contains(
                "financing POST /api/v1/loan-applications/{id}/forward: the document allows [officer, partner], the policy [officer]",
                "registry POST /api/v1/cooperatives: the document says public, the policy secured");
        assertThat(differences).noneMatch(d -> d.startsWith("financing POST /api/v1/loan-applications/{id}/recommend:"));
        // Every other row of the policy is missing from these three "documents".
        assertThat(differences).hasSize(2 + POLICY.size() - 3);
    }

    @Test
    void anUndocumentedOperationAndAnUnknownAccessAreRefused() {
        assertThat(POLICY.differences(List.of(op("awards", "DELETE", "/api/v1/award-programs/{id}", false, Set.of("officer")))))
                .contains("awards DELETE /api/v1/award-programs/{id}: in the OpenAPI document, not in the access policy");
        assertThatThrownBy(() -> AccessPolicy.parse(List.of(
                "| registry | GET | `/x` | yes | yes | maybe | yes | yes | yes | yes |")))
                .hasMessageContaining("unknown access 'maybe'");
        assertThatThrownBy(() -> AccessPolicy.parse(List.of(
                "| registry | GET | `/x` | own | yes | yes | yes | yes | yes | yes |")))
                .hasMessageContaining("anonymous callers own nothing");
    }

    private static Operation op(String service, String method, String path, boolean isPublic, Set<String> roles) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return new Operation(service, method, path, method.toLowerCase() + path, isPublic, roles,
                nodes.objectNode(), nodes.objectNode(), nodes.objectNode());
    }
}
