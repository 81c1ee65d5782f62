package id.go.bekasikota.koperasi.financing.domain;

import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;

import java.util.List;

/**
 * How many applications one cooperative may hold in preparation at once: DRAFT, or RETURNED to it for corrections,
 * the states in which it attaches documents ({@code koperasi.financing.applications.max-in-preparation}, 20 by
 * default). Each of them may carry 50 documents ({@link DocumentLimit}) and their bytes ({@link DocumentQuota}):
 * without a bound, one cooperative account could open drafts without end and fill the service's database (OWASP
 * API4, unrestricted resource consumption). A submitted application no longer counts; one the office returns counts
 * again, and the return is never refused for it: the bound stops only the opening of another.
 *
 * @param maxPerCooperative at least 1
 */
public record DraftLimit(int maxPerCooperative) {

    public DraftLimit {
        if (maxPerCooperative < 1) {
            throw new IllegalArgumentException("A cooperative must be able to prepare an application: " + maxPerCooperative);
        }
    }

    /**
     * Another application may be opened beside the cooperative's {@code inPreparation} ones (DRAFT or RETURNED);
     * otherwise a 422 rule violation saying to submit or withdraw one first.
     */
    public void requireRoomBeside(long inPreparation) {
        if (inPreparation >= maxPerCooperative) {
            throw ProblemException.ruleViolation(Text.of("financing.application.too-many-in-preparation", maxPerCooperative),
                    List.of("The cooperative has " + inPreparation + " applications in DRAFT or RETURNED; at most " + maxPerCooperative
                            + " may be in preparation at once: submit or withdraw one before opening another."));
        }
    }
}
