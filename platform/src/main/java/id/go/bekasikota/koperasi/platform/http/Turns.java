package id.go.bekasikota.koperasi.platform.http;

/**
 * How long an operation that takes only a few requests at once ({@code @Bulkhead(n)}: each holds megabytes while it
 * runs) lets a request wait for its turn before it answers 503 with {@code Retry-After}: with
 * {@code @Retry(retryOn = BulkheadException.class, delay = TURN_POLL_MILLIS, jitter = TURN_JITTER_MILLIS, maxRetries = -1,
 * maxDuration = ...)} (SmallRye Fault Tolerance), a request that finds the operation full tries again every 100-300 ms,
 * its body not yet read, until there is room or its wait is over. The wait stays below the gateway's timeout of the route
 * (10 s for loan documents, 120 s for imports and ODS reconciliations), which counts the service's silence.
 */
public final class Turns {

    /** How often a waiting request looks for room again. */
    public static final long TURN_POLL_MILLIS = 200;
    /** Spread, so that waiting requests do not all look at once. */
    public static final long TURN_JITTER_MILLIS = 100;
    /** The wait of a file (a loan document's upload or download). */
    public static final long FILE_WAIT_MILLIS = 5_000;
    /** The wait of a bulk operation (an import, an ODS reconciliation). */
    public static final long BULK_WAIT_MILLIS = 30_000;

    private Turns() {
    }
}
