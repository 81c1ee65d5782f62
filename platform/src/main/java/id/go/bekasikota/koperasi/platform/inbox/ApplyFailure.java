package id.go.bekasikota.koperasi.platform.inbox;

import id.go.bekasikota.koperasi.platform.problem.ProblemMappers;

/**
 * What a consumer does when applying events failed: a failure that says nothing about the events is
 * tried again, only a refusal is a dead letter.
 * <ul>
 *   <li>{@link #DATABASE_DOWN}: the database is not there; tried again with back-off until it is, readiness DOWN
 *       meanwhile.</li>
 *   <li>{@link #CONTENTION}: PostgreSQL rolled the transaction back for another write at the same moment (a
 *       deadlock, a serialization failure): nothing was written and the same events are expected to pass; tried
 *       {@link #CONTENTION_ATTEMPTS} times in all.</li>
 *   <li>{@link #TIMED_OUT}: the transaction outlasted its timeout (waiting for other writes' locks, or a busy
 *       machine): nothing was written; tried {@link #TIMED_OUT_ATTEMPTS} times in all, since each attempt may take
 *       the whole timeout (a batch that times out twice is then applied one event at a time, and an event alone
 *       that times out twice is refused, rather than holding its partition for ever).</li>
 *   <li>{@link #REFUSED}: anything else, a handler's refusal or a broken constraint.</li>
 * </ul>
 */
enum ApplyFailure {
    DATABASE_DOWN, CONTENTION, TIMED_OUT, REFUSED;

    /** How many times in all events that met other writes are tried. */
    static final int CONTENTION_ATTEMPTS = 5;
    /** How many times in all events whose transaction timed out are tried. */
    static final int TIMED_OUT_ATTEMPTS = 2;

    static ApplyFailure of(Throwable e) {
        if (ProblemMappers.databaseUnavailable(e)) {
            return DATABASE_DOWN;
        }
        if (ProblemMappers.writesMet(e)) {
            return CONTENTION;
        }
        if (ProblemMappers.transactionTimedOut(e)) {
            return TIMED_OUT;
        }
        return REFUSED;
    }

    /** Whether the work is tried again after this failure of its {@code attempt}-th try (from 1). */
    boolean triedAgain(int attempt) {
        return switch (this) {
            case DATABASE_DOWN -> true;
            case CONTENTION -> attempt < CONTENTION_ATTEMPTS;
            case TIMED_OUT -> attempt < TIMED_OUT_ATTEMPTS;
            case REFUSED -> false;
        };
    }
}
