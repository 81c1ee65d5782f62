package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;

import java.util.List;

/**
 * How many revisions one period of a cluster's activity may have: its first recording and at most
 * {@value #MAX_CORRECTIONS} corrections, {@value #MAX_PER_PERIOD} in all. Every revision is kept with its
 * lines (up to 50 purchases, 50 products, 20 sales of 20 markets each and a note: some 75,000 characters),
 * is published as {@code cluster.activity-recorded} with them, and stays readable by anyone: without a bound
 * the host cooperative's account (or an officer's) could correct a period without end and fill the database,
 * the outbox and every subscriber's webhooks (OWASP API4, unrestricted resource consumption). Twenty is far
 * beyond what an honest period needs (a late invoice, a figure typed wrong); past it the figures are final,
 * and a mistake still in them is for the office to take up with the cluster. It also bounds the list of a
 * period's revisions.
 */
public final class ActivityRevisions {

    public static final int MAX_PER_PERIOD = 20;
    /** The first recording is revision 1, so the last correction accepted makes revision {@value #MAX_PER_PERIOD}. */
    public static final int MAX_CORRECTIONS = MAX_PER_PERIOD - 1;

    private ActivityRevisions() {
    }

    /**
     * The period whose current revision is {@code currentRevision} (so it has that many) may be corrected once
     * more; otherwise a 422 rule violation saying how often it was corrected and that its figures are final.
     * A period above the bound (recorded before it existed) is refused the same way.
     */
    public static void requireRoomAfter(ReportingPeriod period, int currentRevision) {
        if (currentRevision >= MAX_PER_PERIOD) {
            int corrections = currentRevision - 1;
            throw ProblemException.ruleViolation(
                    Text.of("registry.activity.revisions-exhausted", period.toString(), corrections, MAX_CORRECTIONS),
                    List.of("Period " + period + " has " + currentRevision + " revisions, its first recording and " + corrections
                            + " corrections; at most " + MAX_PER_PERIOD + " are kept, so its figures are final: contact the office"
                            + " if they are still wrong."));
        }
    }
}
