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
 */
@ApplicationScoped
public class RegisterRevision {

    private final EntityManager entityManager;

    public RegisterRevision(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Moves the revision on, in the caller's transaction. Call it as the last statement of a
     * write: the row stays locked until the commit, which orders the register's writes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bump() {
        entityManager.createNativeQuery("update register_revision set revision = revision + 1 where id = 1").executeUpdate();
    }

    /**
     * Waits for the writes in flight to commit and holds the next ones at their {@link #bump()}
     * until this transaction ends, without moving the revision.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void holdWrites() {
        entityManager.createNativeQuery("select revision from register_revision where id = 1 for update").getSingleResult();
    }

    /**
     * The revision as this transaction sees it, if the transaction has written nothing itself:
     * what it reads is then what every other reader of this revision may read.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.OptionalLong seenByAReader() {
        Object[] row = (Object[]) entityManager.createNativeQuery(
                        "select revision, txid_current_if_assigned() is null from register_revision where id = 1")
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
