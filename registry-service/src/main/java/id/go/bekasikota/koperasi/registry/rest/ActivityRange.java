package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.platform.http.Params;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.registry.domain.ClusterActivityTotals;
import id.go.bekasikota.koperasi.registry.domain.ClusterActivityTotals.Granularity;
import id.go.bekasikota.koperasi.registry.service.ClusterActivityService;

import java.time.LocalDate;

/**
 * The range and step of a cluster activity trend from the query: {@code by} QUARTER (default) or
 * YEAR, {@code to} (default today), {@code from} (default the start of the quarter three quarters
 * back, or of the year four years back: four quarters or five years in all), taken back to the start
 * of its quarter or year, and {@code to} forward to the end of its own.
 */
record ActivityRange(Granularity by, LocalDate from, LocalDate to) {

    static ActivityRange of(String by, String from, String to, LocalDate today) {
        Granularity step = Params.enumValue("by", by, Granularity.class);
        Granularity chosen = step == null ? Granularity.QUARTER : step;
        LocalDate last = SearchParams.date("to", to, today);
        LocalDate thisStep = ClusterActivityTotals.bucketStart(last, chosen);
        LocalDate first = SearchParams.date("from", from, chosen == Granularity.QUARTER ? thisStep.minusMonths(9) : thisStep.minusYears(4));
        if (first.isAfter(last)) {
            throw ProblemException.invalid("from", Text.of("registry.param.not-after-to", last));
        }
        if (ClusterActivityTotals.bucketCount(chosen, first, last) > ClusterActivityService.MAX_BUCKETS) {
            throw ProblemException.invalid("from", Text.of("registry.param.trend-too-long."
                    + chosen.name().toLowerCase(java.util.Locale.ROOT), ClusterActivityService.MAX_BUCKETS));
        }
        // From the start of the step that holds from to the end of the one that holds to: the first and the last
        // quarter or year are whole, as their labels say (periods count by their first day, so a from inside
        // February would leave out January and February, and a to inside November a cluster's December while
        // another's whole fourth quarter counted).
        return new ActivityRange(chosen, ClusterActivityTotals.bucketStart(first, chosen), ClusterActivityTotals.bucketEnd(last, chosen));
    }
}
