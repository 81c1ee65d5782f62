package id.go.bekasikota.koperasi.registry.repository;

import id.go.bekasikota.koperasi.contracts.registry.StandingRules;

import java.time.LocalDate;

/**
 * The status rules of {@link StandingRules} as SQL conditions on one cooperative row, for the
 * worklist and the early warning, which ask "who is (in)active as of a date" without the grades
 * {@link StandingSql} also works out for every cooperative: an anti-join on the window's reports
 * instead of an aggregate over them. The dates (F, "new after") come from {@link StandingRules};
 * the property tests compare these conditions with the Java rules and with {@link StandingSql}.
 */
public final class PlanningSql {

    private PlanningSql() {
    }

    /** Founded on or before the date and not dissolved by then: counted in the denominator. */
    public static String registered(String cooperative, LocalDate asOf) {
        return "(%1$s.founded_on <= %2$s and (%1$s.dissolved_on is null or %1$s.dissolved_on > %2$s))"
                .formatted(cooperative, date(asOf));
    }

    /**
     * ACTIVE as of the date because it is new (founded after 31 December of F). With
     * {@link #activeByReport} it makes up every ACTIVE cooperative; the two are kept apart so that
     * each stays a join PostgreSQL can plan (an OR around an EXISTS cannot be).
     */
    public static String activeAsNew(String cooperative, LocalDate asOf) {
        return "(%s and %s)".formatted(registered(cooperative, asOf), isNew(cooperative, asOf));
    }

    /** ACTIVE as of the date because of a report for F or F-1 held by then (not new). */
    public static String activeByReport(String cooperative, LocalDate asOf) {
        return "(%s and not %s and %s)".formatted(registered(cooperative, asOf), isNew(cooperative, asOf), reportedRecently(cooperative, asOf));
    }

    /** INACTIVE as of the date: registered, not new, no report for F or F-1 held by then. */
    public static String inactive(String cooperative, LocalDate asOf) {
        return "(%s and not %s and not %s)".formatted(registered(cooperative, asOf), isNew(cooperative, asOf),
                reportedRecently(cooperative, asOf));
    }

    /** The latest financial year reported, its meeting held by the date (null: none). */
    public static String latestReportYear(String cooperative, LocalDate asOf) {
        return "(select max(r.financial_year) from annual_report r where r.cooperative_id = %s.id and r.current and r.meeting_date <= %s)"
                .formatted(cooperative, date(asOf));
    }

    /**
     * How many years of the window (F-2 to F) were reported, meetings held by the date. For an
     * inactive cooperative only F-2 can be among them.
     */
    public static String reportedWindowYears(String cooperative, LocalDate asOf) {
        int f = StandingRules.latestDueYear(asOf);
        return """
                (select count(distinct r.financial_year) from annual_report r where r.cooperative_id = %s.id and r.current
                 and r.financial_year between %d and %d and r.meeting_date <= %s)""".formatted(cooperative, f - 2, f, date(asOf));
    }

    /** A reactivation case open on the date. */
    public static String underReactivation(String cooperative, LocalDate asOf) {
        return """
                exists (select 1 from reactivation_case rc where rc.cooperative_id = %1$s.id and rc.opened_on <= %2$s
                        and (rc.closed_on is null or rc.closed_on > %2$s))""".formatted(cooperative, date(asOf));
    }

    /** The office's latest contact by the date: a case opened or a visit recorded (null: none). */
    public static String lastContact(String cooperative, LocalDate asOf) {
        return """
                (select max(greatest(rc.opened_on, (select max(v.visited_on) from reactivation_visit v
                                                    where v.case_id = rc.id and v.visited_on <= %2$s)))
                 from reactivation_case rc where rc.cooperative_id = %1$s.id and rc.opened_on <= %2$s)""".formatted(cooperative, date(asOf));
    }

    /**
     * INACTIVE today by the standing the daily evaluation published ({@code last_status}): exact
     * while the evaluation's date is today ({@code RegisterRevision.standingsEvaluatedOn}), since
     * every write re-evaluates its cooperative; with the founding date, as the rules count only
     * cooperatives founded by the date. Served by the index on {@code last_status}.
     */
    public static String inactiveAsPublished(String cooperative, LocalDate today) {
        return "(%1$s.last_status = 'INACTIVE' and %1$s.founded_on <= %2$s)".formatted(cooperative, date(today));
    }

    /**
     * The latest financial year reported as of today: the column every filing, amendment and
     * withdrawal keeps ({@code latest_report_year}, the latest current report), which as of today is
     * {@link #latestReportYear}, since no meeting is after the day its report was filed.
     */
    public static String latestReportYearToday(String cooperative) {
        return cooperative + ".latest_report_year";
    }

    /**
     * Per cooperative with a case opened by the date, a relation to left-join on
     * {@code cooperative_id}: {@code open}, a case open on the date ({@link #underReactivation}), and
     * {@code contact}, the office's latest contact by then ({@link #lastContact}). One pass over the
     * cases, where the two subqueries probed them for each cooperative ranked.
     */
    public static String reactivationFacts(LocalDate asOf) {
        return """
                (select rc.cooperative_id, bool_or(rc.closed_on is null or rc.closed_on > %1$s) as open,
                        max(greatest(rc.opened_on, (select max(v.visited_on) from reactivation_visit v
                                                    where v.case_id = rc.id and v.visited_on <= %1$s))) as contact
                 from reactivation_case rc where rc.opened_on <= %1$s group by rc.cooperative_id)""".formatted(date(asOf));
    }

    /**
     * The worklist's order ({@code Worklist.ORDER}) as an ORDER BY list over a cooperative and its
     * left-joined {@link #reactivationFacts}: a case open on the date first, then the latest contact,
     * then the latest report (none last), then the cooperative number (byte order, as Java compares
     * ASCII text; none last), then the id (PostgreSQL's byte order of a uuid, which is the order of
     * its text).
     *
     * @param latestReportYear the latest report year as of the date: {@link #latestReportYear}, or
     *                         {@link #latestReportYearToday} as of today
     */
    public static String worklistOrder(String cooperative, String facts, String latestReportYear) {
        return "coalesce(%2$s.open, false) desc, %2$s.contact desc nulls last, %3$s desc nulls last, ".formatted(cooperative, facts, latestReportYear)
                + byNumber(cooperative);
    }

    /**
     * By cooperative number compared byte by byte ("C", whatever the database's collation; none
     * last), then id: the early warning's order, and the worklist's last keys, as
     * {@code CooperativeRanking} compares them.
     */
    public static String byNumber(String cooperative) {
        return "%1$s.cooperative_number collate \"C\" nulls last, %1$s.id".formatted(cooperative);
    }

    private static String isNew(String cooperative, LocalDate asOf) {
        return "%s.founded_on > %s".formatted(cooperative, date(LocalDate.of(StandingRules.latestDueYear(asOf), 12, 31)));
    }

    private static String reportedRecently(String cooperative, LocalDate asOf) {
        int f = StandingRules.latestDueYear(asOf);
        return """
                exists (select 1 from annual_report r where r.cooperative_id = %s.id and r.current
                        and r.financial_year between %d and %d and r.meeting_date <= %s)""".formatted(cooperative, f - 1, f, date(asOf));
    }

    /** A date literal: written by us from a {@link LocalDate}, never from caller text. */
    private static String date(LocalDate date) {
        return "date '" + date + "'";
    }
}
