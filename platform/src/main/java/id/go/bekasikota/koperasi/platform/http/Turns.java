package id.go.bekasikota.koperasi.platform.http;

/**
 * How long a bulk operation that takes one request at a time ({@code @Bulkhead(1)}: an import, an ODS reconciliation,
 * each holding its file and rows in memory) lets a request wait for its turn before it answers 503 with
 * {@code Retry-After}: with {@code @Retry(retryOn = BulkheadException.class, delay = TURN_POLL_MILLIS,
 * jitter = TURN_JITTER_MILLIS, maxRetries = -1, maxDuration = BULK_WAIT_MILLIS)} (SmallRye Fault Tolerance), a request
 * that finds it busy tries again every 100-300 ms, its body not yet read, until there is room or its wait is over; the
 * wait stays below the gateway's timeout of their routes (120 s). Loan documents (four at a time) do not wait: a
 * fifth is told to retry at once.
 */
public final class Turns {

    /** How often a waiting request looks for room again. */
    public static final long TURN_POLL_MILLIS = 200;
    /** Spread, so that waiting requests do not all look at once. */
    public static final long TURN_JITTER_MILLIS = 100;
    /** The wait of a bulk operation (an import, an ODS reconciliation). */
    public static final long BULK_WAIT_MILLIS = 30_000;

    private Turns() {
    }
}
