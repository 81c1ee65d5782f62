package id.go.bekasikota.koperasi.registry.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Two facts about the register as a whole, kept transactionally in PostgreSQL so that every
 * instance agrees: its revision (one more with every write that can change a standing, a
 * dashboard figure or a list's order, each write noting the cooperatives it touched) and the date as of which every cooperative's published standing
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
    /** The cooperatives written beyond each lane's revision (:revision0 ... :revision15), at most :most of them. */
    private static final String WRITTEN_SINCE = "select distinct cooperative_id from register_write where "
            + IntStream.range(0, LANES).mapToObj(lane -> "(lane = " + lane + " and revision > :revision" + lane + ")")
            .collect(Collectors.joining(" or ")) + " limit :most";

    private final EntityManager entityManager;

    public RegisterRevision(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Moves the revision on, in the caller's transaction: the row of its lane ({@link #LANE}, so a
     * transaction that writes twice moves the same row), and notes which cooperatives the write
     * touched under the lane's new revision ({@code register_write}, V14), so that a list kept for an
     * earlier revision can take in this write alone ({@link #writtenSince}). Call it as the last
     * statement of a write: the row stays locked until the commit, which orders the write after a
     * kept date's building and after the lane's earlier writes.
     *
     * <p>The lane's advisory lock ({@link #LANE_LOCK}) is taken first, so the writes of a lane queue
     * in PostgreSQL's lock manager, woken one at a time, rather than all waiting on the row, all
     * woken at each commit.
     *
     * @param cooperatives the cooperatives the write touched
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bump(Collection<UUID> cooperatives) {
        entityManager.createNativeQuery("select 1 from pg_advisory_xact_lock(" + LANE_LOCK + " + " + LANE + ")").getSingleResult();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement moved = connection.prepareStatement("""
                    with moved as (update register_revision set revision = revision + 1 where id = 1 + %s returning id - 1 as lane, revision)
                    insert into register_write (lane, revision, cooperative_id)
                    select moved.lane, moved.revision, written.id from moved, unnest(?) as written (id)""".formatted(LANE))) {
                moved.setArray(1, connection.createArrayOf("uuid", cooperatives.toArray()));
                moved.executeUpdate();
            }
        });
    }

    /**
     * Waits for the writes in flight to commit and holds the next ones at their {@link #bump(Collection)}
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

    /**
     * Makes the caller's transaction read one snapshot of the register throughout (repeatable
     * read), so that the lanes' revisions it reads, the writes noted under them and the rows it
     * ranks agree. Call it as the transaction's first statement.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void readOneSnapshot() {
        entityManager.createNativeQuery("set transaction isolation level repeatable read").executeUpdate();
    }

    /** Each lane's revision as this transaction sees it, lane 0 first: the writes a reader sees. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public long[] lanes() {
        List<Object[]> rows = entityManager.createNativeQuery("select id - 1, revision from register_revision").getResultList();
        long[] lanes = new long[LANES];
        for (Object[] row : rows) {
            lanes[((Number) row[0]).intValue()] = ((Number) row[1]).longValue();
        }
        return lanes;
    }

    /**
     * The cooperatives touched by the writes this transaction sees beyond the lanes' revisions
     * given ({@link #lanes()} of an earlier transaction), if the register still notes them all and
     * they are at most {@code most}; empty otherwise (the writes noted under one of those revisions
     * were dropped, {@link #prune}, or too many cooperatives were written).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Optional<Set<UUID>> writtenSince(long[] lanes, int most) {
        List<Object[]> pruned = entityManager.createNativeQuery("select lane, through from register_write_pruned").getResultList();
        for (Object[] row : pruned) {
            if (lanes[((Number) row[0]).intValue()] < ((Number) row[1]).longValue()) {
                return Optional.empty();
            }
        }
        // One statement text for every call, the revisions bound: Hibernate keeps a plan for each text it is given.
        Query query = entityManager.createNativeQuery(WRITTEN_SINCE).setParameter("most", most + 1);
        for (int lane = 0; lane < LANES; lane++) {
            query.setParameter("revision" + lane, lanes[lane]);
        }
        List<UUID> written = query.getResultList();
        return written.size() > most ? Optional.empty() : Optional.of(Set.copyOf(written));
    }

    /**
     * Drops the notes of writes older than {@code kept} (by the database's clock, which stamped
     * them), in a transaction of its own, and raises each lane's mark of what is gone to the latest
     * revision dropped: a list kept for an earlier revision of that lane is then computed again in full.
     *
     * @return how many notes were dropped
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int prune(Duration kept) {
        Object dropped = entityManager.createNativeQuery("""
                        with dropped as (delete from register_write where written_at < now() - make_interval(secs => :kept)
                                         returning lane, revision),
                             marks as (update register_write_pruned p set through = greatest(p.through, d.through)
                                       from (select lane, max(revision) as through from dropped group by lane) d where p.lane = d.lane)
                        select count(*) from dropped""")
                .setParameter("kept", (double) kept.toSeconds())
                .getSingleResult();
        return ((Number) dropped).intValue();
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
