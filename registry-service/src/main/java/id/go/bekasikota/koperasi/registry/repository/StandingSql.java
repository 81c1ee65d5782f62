package id.go.bekasikota.koperasi.registry.repository;

import id.go.bekasikota.koperasi.contracts.registry.StandingRules;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The rules of {@link StandingRules} as SQL, for questions about many cooperatives at once (the
 * dashboard, search by status or grade, dissolution candidates, the daily re-evaluation, the
 * export). The dates that matter (F, "new after", "C1 from") are computed by
 * {@link StandingRules} in Java and written into the query, so the window is defined once; the
 * tests compare this SQL with {@link StandingRules#evaluate} over generated registers.
 *
 * <p>{@link #with(List)} yields the common table expression {@code standing(point, as_of, id,
 * kecamatan_code, jenis, kelompok, status, grade, under_reactivation)}: one row per cooperative
 * founded on or before each point in time. Only current revisions of reports held by the date count.
 */
public final class StandingSql {

    private StandingSql() {
    }

    /** The {@code with ...} clause for the given dates (point numbers are the list indexes). */
    public static String with(List<LocalDate> points) {
        String values = IntStream.range(0, points.size()).mapToObj(i -> {
            LocalDate asOf = points.get(i);
            int f = StandingRules.latestDueYear(asOf);
            return "(" + i + ", " + date(asOf) + ", " + f + ", " + date(LocalDate.of(f, 12, 31)) + ", "
                    + date(asOf.minusYears(3)) + ")";
        }).collect(Collectors.joining(", "));
        return """
                with point (point, as_of, f, new_after, c1_from) as (values %s),
                reported as (
                    select p.point, r.cooperative_id,
                           count(distinct r.financial_year) as years,
                           bool_or(r.financial_year >= p.f - 1) as recent
                    from point p
                    join annual_report r on r.current and r.financial_year between p.f - 2 and p.f and r.meeting_date <= p.as_of
                    group by p.point, r.cooperative_id),
                standing as (
                    select p.point, p.as_of, c.id, c.kecamatan_code, c.jenis, c.kelompok,
                           case when c.dissolved_on is not null and c.dissolved_on <= p.as_of then 'DISSOLVED'
                                when c.founded_on > p.new_after or coalesce(rep.recent, false) then 'ACTIVE'
                                else 'INACTIVE' end as status,
                           case when c.founded_on > p.new_after then 'NEW'
                                when coalesce(rep.years, 0) = 3 then 'A'
                                when coalesce(rep.years, 0) = 2 then 'B'
                                when coalesce(rep.years, 0) = 1 and c.founded_on >= p.c1_from then 'C1'
                                when coalesce(rep.years, 0) = 1 then 'C2'
                                else 'D' end as grade,
                           exists (select 1 from reactivation_case rc
                                   where rc.cooperative_id = c.id and rc.opened_on <= p.as_of
                                     and (rc.closed_on is null or rc.closed_on > p.as_of)) as under_reactivation
                    from point p
                    join cooperative c on c.founded_on <= p.as_of
                    left join reported rep on rep.point = p.point and rep.cooperative_id = c.id)
                """.formatted(values);
    }

    public static String with(LocalDate asOf) {
        return with(List.of(asOf));
    }

    /** A date literal: written by us from a {@link LocalDate}, never from caller text. */
    private static String date(LocalDate date) {
        return "date '" + date + "'";
    }
}
