package id.go.bekasikota.koperasi.awards.domain;

import java.time.LocalDate;

/**
 * The first and the last day a program's nominations were made on, withdrawn ones included: once there is one, the
 * program's window must keep containing them ({@link AwardProgram#change}).
 *
 * @param first null before any nomination
 * @param last  null before any nomination
 */
public record NominatedDays(LocalDate first, LocalDate last) {

    public static final NominatedDays NONE = new NominatedDays(null, null);

    public NominatedDays {
        if ((first == null) != (last == null) || first != null && last.isBefore(first)) {
            throw new IllegalArgumentException("nominated from " + first + " to " + last);
        }
    }

    public boolean any() {
        return first != null;
    }

    /** A window from {@code open} to {@code close} would leave out a day a nomination was made on. */
    public boolean leftOutBy(LocalDate open, LocalDate close) {
        return any() && (first.isBefore(open) || last.isAfter(close));
    }
}
