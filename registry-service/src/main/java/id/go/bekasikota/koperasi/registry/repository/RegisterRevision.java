package id.go.bekasikota.koperasi.registry.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Two facts about the register as a whole, kept transactionally in PostgreSQL so that every
 * instance agrees: its revision (one more with every write that can change a standing or a
 * dashboard figure) and the date as of which every cooperative's published standing
 * ({@code last_status}, {@code last_grade}) was last evaluated.
 *
 * <p>The revision is the sum of one row per lane of writes (V10, {@value #LANES} lanes): a write
 * moves the row of its lane, the one of its transaction id, so concurrent writes seldom wait for
 * one another's commit, and the sum still grows by one with each committed write.
 */
@ApplicationScoped
public class RegisterRevision {

    /** Lanes of writes, each with its own row of the revision (V10's check) and of each tally cell. */
    public static final int LANES = 16;
    /** A write's lane, 0 to {@value #LANES} - 1, in SQL: the same for every statement of a transaction. */
    public static final String LANE = "txid_current() % " + LANES;

    /** "REVLANE" in ASCII, plus the lane: the advisory lock a write of that lane holds until its commit. */
    static final long LANE_LOCK = 5928239370016277760L;

    private final EntityManager entityManager;

    public RegisterRevision(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Moves the revision on, in the caller's transaction: the row of its lane ({@link #LANE}, so a
     * transaction that writes twice moves the same row). Call it as the last statement of a write:
     * the row stays locked until the commit, which orders the write after a kept date's building.
     *
     * <p>The lane's advisory lock ({@link #LANE_LOCK}) is taken first, so the writes of a lane queue
     * in PostgreSQL's lock manager, woken one at a time, rather than all waiting on the row, all
     * woken at each commit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bump() {
        entityManager.createNativeQuery("select 1 from pg_advisory_xact_lock(" + LANE_LOCK + " + " + LANE + ")").getSingleResult();
        entityManager.createNativeQuery("update register_revision set revision = revision + 1 where id = 1 + " + LANE).executeUpdate();
    }

    /**
     * Waits for the writes in flight to commit and holds the next ones at their {@link #bump()}
     * until this transaction ends, without moving the revision: locks every lane's row, in id order
     * (two holders queue, never deadlock).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void holdWrites() {
        entityManager.createNativeQuery("select id from register_revision order by id for update").getResultList();
    }

    /**
     * The revision as this transaction sees it, if the transaction has written nothing itself:
     * what it reads is then what every other reader of this revision may read.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.OptionalLong seenByAReader() {
        Object[] row = (Object[]) entityManager.createNativeQuery(
                        "select sum(revision)::bigint, txid_current_if_assigned() is null from register_revision")
                .getSingleResult();
        return Boolean.TRUE.equals(row[1]) ? java.util.OptionalLong.of(((Number) row[0]).longValue()) : java.util.OptionalLong.empty();
    }

    /** The date every published standing holds for, if the daily evaluation has run for it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<LocalDate> standingsEvaluatedOn() {
        Object value = entityManager.createNativeQuery("select evaluated_on from standing_evaluation where id = 1")
                .getSingleResult();
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void standingsEvaluated(LocalDate asOf) {
        entityManager.createNativeQuery("update standing_evaluation set evaluated_on = :asOf where id = 1")
                .setParameter("asOf", asOf).executeUpdate();
    }

    /**
     * A write re-evaluated a cooperative as of {@code today}. If the evaluation date is another
     * one (the clock went back, as only tests make it), the published standings are no longer
     * all of one date: the fast path is off until the next evaluation. On the evaluation date
     * itself (the normal case) this matches no row and locks nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void evaluatedOneOn(LocalDate today) {
        entityManager.createNativeQuery("update standing_evaluation set evaluated_on = null where id = 1 and evaluated_on <> :today")
                .setParameter("today", today).executeUpdate();
    }
}
