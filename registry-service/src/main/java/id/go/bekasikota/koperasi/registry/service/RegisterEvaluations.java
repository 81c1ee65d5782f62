package id.go.bekasikota.koperasi.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Bulkhead;

import java.util.function.Supplier;

/**
 * Counting the whole register by the rules, for dates the tallies do not keep (the activation
 * dashboard of any other day, a trend reaching back before the kept year-ends): about half a second
 * a date at 100,000 cooperatives, and a request may name up to 31 dates. Anyone may ask for it, so
 * an instance runs {@value #AT_ONCE} such counts at a time for callers with a token (the office, other
 * systems) and {@value #AT_ONCE} more for callers without one: a public caller asking for date after date
 * holds only the public's turns, never the office's. Another one meanwhile is told at once to come back
 * (503 {@code unavailable}, {@code Retry-After: 5}), as a fifth loan document is: waiting would hold a
 * worker thread and a database connection. Dashboards of kept dates (today, this year's and the four
 * years' ends before) take no turn.
 */
@ApplicationScoped
public class RegisterEvaluations {

    public static final int AT_ONCE = 2;

    /** Runs the count when one of the turns of callers with a token is free; otherwise a {@code BulkheadException}, the 503. */
    @Bulkhead(AT_ONCE)
    public <T> T evaluate(Supplier<T> count) {
        return count.get();
    }

    /** Runs the count when one of the public's turns is free; otherwise a {@code BulkheadException}, the 503. */
    @Bulkhead(AT_ONCE)
    public <T> T evaluateForThePublic(Supplier<T> count) {
        return count.get();
    }
}
