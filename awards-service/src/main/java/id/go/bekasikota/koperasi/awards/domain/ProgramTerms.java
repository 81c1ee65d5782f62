package id.go.bekasikota.koperasi.awards.domain;

import id.go.bekasikota.koperasi.contracts.registry.Jenis;

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
        }
        if (announcement().isBefore(nominationsCloseOn)) {
            violations.add(new Violation(announcementOn != null ? "announcementOn" : "nominationsCloseOn",
                    "the announcement (" + announcement() + ") cannot come before the nomination window closes"));
        }
        violations.addAll(sheet.violations("scoringSheet"));
        return violations;
    }
}
