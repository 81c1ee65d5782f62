package id.go.bekasikota.koperasi.financing.domain;

import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;

import java.util.List;

/**
 * How many documents one loan application may carry: a program requires at most 30 types
 * ({@code FinancingProgramView.requiredDocuments}), so {@value #MAX_PER_APPLICATION} leaves room for a second page
 * of a document and a few the office asks for, and keeps one application's files (5 MB each by default) within reason.
 * It also makes the application's document list a bounded one.
 */
public final class DocumentLimit {

    public static final int MAX_PER_APPLICATION = 50;

    private DocumentLimit() {
    }

    /**
     * Another document may be attached beside the {@code attached} ones; otherwise a 422 rule violation saying to remove
     * one first.
     */
    public static void requireRoomBeside(long attached) {
        if (attached >= MAX_PER_APPLICATION) {
            throw ProblemException.ruleViolation(Text.of("financing.document.too-many", MAX_PER_APPLICATION),
                    List.of("The application has " + attached + " documents; at most " + MAX_PER_APPLICATION
                            + " are accepted: remove one before attaching another."));
        }
    }
}
