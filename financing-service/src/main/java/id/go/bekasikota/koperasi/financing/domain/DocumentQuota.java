package id.go.bekasikota.koperasi.financing.domain;

import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;

import java.util.List;

/**
 * How many bytes the documents of one loan application may take together
 * ({@code koperasi.financing.documents.max-total-size}, 50 MiB = 52,428,800 bytes by default), beside the
 * {@value DocumentLimit#MAX_PER_APPLICATION} documents ({@link DocumentLimit}) of at most 5 MiB each: 50 of 5 MiB
 * would be 250 MiB of one application in the database, times the drafts a cooperative may hold ({@link DraftLimit}).
 * A document that would take the application past its quota is refused (422, as the 51st document is) until one is
 * removed.
 *
 * @param maxBytesPerApplication at least 1
 */
public record DocumentQuota(long maxBytesPerApplication) {

    public DocumentQuota {
        if (maxBytesPerApplication < 1) {
            throw new IllegalArgumentException("An application must be able to carry a document: " + maxBytesPerApplication);
        }
    }

    /**
     * A document of {@code size} bytes may be attached beside the {@code stored} bytes of the application's other
     * documents: together at most the quota; otherwise a 422 rule violation naming the quota and what is stored.
     */
    public void requireRoomFor(long size, long stored) {
        if (stored + size > maxBytesPerApplication) {
            throw refusal(stored, "The application's documents take " + stored + " bytes; this one of " + size
                    + " bytes would bring them to " + (stored + size) + ", beyond the " + maxBytesPerApplication
                    + " bytes allowed per application: remove one before attaching another.");
        }
    }

    /**
     * Before a document's size is known (its body sent without a length, not read yet): some room is left beside the
     * {@code stored} bytes, for a document of at least one byte; otherwise the same 422.
     */
    public void requireRoomBeside(long stored) {
        if (stored >= maxBytesPerApplication) {
            throw refusal(stored, "The application's documents take " + stored + " bytes of the " + maxBytesPerApplication
                    + " bytes allowed per application; nothing more fits: remove one before attaching another.");
        }
    }

    private ProblemException refusal(long stored, String reason) {
        return ProblemException.ruleViolation(Text.of("financing.document.quota-full", maxBytesPerApplication, stored), List.of(reason));
    }
}
