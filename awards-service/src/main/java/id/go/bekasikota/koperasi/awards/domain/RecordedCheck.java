package id.go.bekasikota.koperasi.awards.domain;

/**
 * An eligibility check as a nomination keeps it (the JSON of {@code nomination.eligibility}): the rule, its outcome and
 * its explanation in English as it read on the day of the nomination. The live checks ({@link AwardEligibility.Check})
 * are written in the language of each answer; a record of what was checked stays as it was written.
 */
public record RecordedCheck(AwardEligibilityRule rule, boolean passed, String detail) {

    public static RecordedCheck of(AwardEligibility.Check check) {
        return new RecordedCheck(check.rule(), check.passed(), check.detail());
    }
}
