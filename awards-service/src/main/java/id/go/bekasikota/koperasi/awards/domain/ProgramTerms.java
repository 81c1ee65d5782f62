package id.go.bekasikota.koperasi.awards.domain;

import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import id.go.bekasikota.koperasi.contracts.registry.StandingRules;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * What an officer sets when creating or changing a program: year, category (with its jenis for
 * {@code OUTSTANDING_PER_JENIS}), level, nomination window, announcement date (12 July of the year,
 * Cooperative Day, when empty), self-nomination, number of winners and the scoring sheet.
 */
public record ProgramTerms(int year, String name, AwardCategory category, Jenis jenis, AwardLevel level,
                           LocalDate nominationsOpenOn, LocalDate nominationsCloseOn, LocalDate announcementOn,
                           boolean selfNomination, int winners, ScoringSheet sheet) {

    /** The announcement date: as given, else Cooperative Day (12 July) of the program's year. */
    public LocalDate announcement() {
        return announcementOn != null ? announcementOn : LocalDate.of(year, Month.JULY, 12);
    }

    /** Every cross-field rule the terms break, each naming its field; empty when they are usable. */
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (category.perJenis() && jenis == null) {
            violations.add(new Violation("jenis", "is required for a " + category + " program"));
        }
        if (!category.perJenis() && jenis != null) {
            violations.add(new Violation("jenis", "must be empty for a " + category + " program"));
        }
        if (nominationsCloseOn.isBefore(nominationsOpenOn)) {
            violations.add(new Violation("nominationsCloseOn", "must be on or after nominationsOpenOn"));
        } else if (StandingRules.latestDueYear(nominationsOpenOn) != StandingRules.latestDueYear(nominationsCloseOn)) {
            // One F for every nomination of a program: a nomination is judged on F as of its day, the ranking and the
            // award on F as of the window's close; a window across a 1 July would judge them on two different years.
            // F as of a date changes on the 1 July of F + 1 (DESIGN.md 3.1): the next after the opening, the last before the close.
            LocalDate changes = LocalDate.of(StandingRules.latestDueYear(nominationsOpenOn) + 2, Month.JULY, 1);
            LocalDate lastChange = LocalDate.of(StandingRules.latestDueYear(nominationsCloseOn) + 1, Month.JULY, 1);
            violations.add(new Violation("nominationsCloseOn", "must be before " + changes + " for a window opening on "
                    + nominationsOpenOn + ": the latest due financial year is " + StandingRules.latestDueYear(nominationsOpenOn)
                    + " there and " + StandingRules.latestDueYear(nominationsCloseOn) + " on " + nominationsCloseOn
                    + " (it changes on 1 July), and every nomination of a program is judged on one; close by "
                    + changes.minusDays(1) + ", or open on " + lastChange + " or later"));
        }
        if (announcement().isBefore(nominationsCloseOn)) {
            violations.add(new Violation(announcementOn != null ? "announcementOn" : "nominationsCloseOn",
                    "the announcement (" + announcement() + ") cannot come before the nomination window closes"));
        }
        violations.addAll(sheet.violations("scoringSheet"));
        return violations;
    }
}
