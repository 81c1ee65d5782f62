package id.go.bekasikota.koperasi.platform.problem;

import id.go.bekasikota.koperasi.platform.i18n.Text;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A problem's texts stay within the lengths its schema states, whatever the caller sent. */
class ProblemLengthsTest {

    @Test
    void overLongTextsAreCutWithAnEllipsisAndShortOnesStay() {
        String path = "/api/v1/" + "a".repeat(9000);
        Problem problem = new Problem("t", "Title", 400, "d".repeat(2500), path,
                List.of(new Problem.FieldError("q".repeat(400), "m".repeat(1200))), Map.of());
        assertThat(problem.detail()).hasSize(2000).startsWith("ddd").endsWith("d\u2026");
        assertThat(problem.instance()).hasSize(8192).startsWith("/api/v1/aaa").endsWith("\u2026");
        assertThat(problem.errors().get(0).field()).hasSize(300);
        assertThat(problem.errors().get(0).message()).hasSize(1000);
        Problem shortOne = new Problem("t", "Title", 400, "d".repeat(2000), "/api/v1/x", List.of(), Map.of());
        assertThat(shortOne.detail()).isEqualTo("d".repeat(2000));
        assertThat(shortOne.instance()).isEqualTo("/api/v1/x");
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        // 1998 letters, then U+1F600 (two chars) at positions 1998-1999, then more: the cut keeps 1998 letters and the ellipsis
        String detail = "x".repeat(1998) + "\ud83d\ude00" + "y".repeat(10);
        assertThat(new Problem("t", "T", 400, detail, null, List.of(), Map.of()).detail()).isEqualTo("x".repeat(1998) + "\u2026");
    }

    @Test
    void eachReasonOfAProblemIsCut() {
        ProblemException violation = ProblemException.ruleViolation(Text.of("problem.validation.detail.one"),
                List.of("r".repeat(1001), "short"));
        @SuppressWarnings("unchecked")
        List<String> reasons = (List<String>) violation.toProblem("/api/v1/x").extensions().get("reasons");
        assertThat(reasons.get(0)).hasSize(1000).endsWith("\u2026");
        assertThat(reasons.get(1)).isEqualTo("short");
    }

    @Test
    void aProblemListsAtMostAThousandFieldErrorsAndReasons() {
        List<Problem.FieldError> errors = java.util.stream.IntStream.range(0, 1200)
                .mapToObj(i -> new Problem.FieldError("branches[" + i + "].name", "must not be blank")).toList();
        Problem invalid = new Problem("t", "T", 400, "1200 fields are not valid", "/api/v1/x", errors, Map.of());
        assertThat(invalid.errors()).hasSize(1000);
        assertThat(invalid.errors().get(999).field()).isEqualTo("branches[999].name");
        assertThat(invalid.detail()).isEqualTo("1200 fields are not valid");

        List<String> many = java.util.stream.IntStream.range(0, 1201).mapToObj(i -> "Reason " + i + ".").toList();
        @SuppressWarnings("unchecked")
        List<String> reasons = (List<String>) ProblemException.ruleViolation(Text.of("problem.validation.detail.one"), many)
                .toProblem("/api/v1/x").extensions().get("reasons");
        // 999 of the 1,201 kept, and one line for the other 202.
        assertThat(reasons).hasSize(1000);
        assertThat(reasons.get(998)).isEqualTo("Reason 998.");
        assertThat(reasons.get(999)).isEqualTo("... and 202 more.");

        List<String> exactly = java.util.stream.IntStream.range(0, 1000).mapToObj(i -> "Reason " + i + ".").toList();
        @SuppressWarnings("unchecked")
        List<String> all = (List<String>) ProblemException.ruleViolation(Text.of("problem.validation.detail.one"), exactly)
                .toProblem("/api/v1/x").extensions().get("reasons");
        assertThat(all).hasSize(1000).last().isEqualTo("Reason 999.");
    }
}
