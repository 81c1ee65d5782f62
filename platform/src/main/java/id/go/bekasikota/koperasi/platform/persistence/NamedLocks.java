package id.go.bekasikota.koperasi.platform.persistence;

import jakarta.persistence.EntityManager;

/**
 * A lock on a name for the rest of the transaction (PostgreSQL's {@code pg_advisory_xact_lock} on the
 * name's 64-bit {@code hashtextextended}), for a check that counts or looks up rows before it writes one: two requests at
 * once on the same name (a cooperative's drafts, an owner's webhook subscriptions, a cooperative number)
 * wait for each other, so that they cannot both take the last place or both pass a uniqueness check. The
 * lock is let go when the transaction ends; names of different purposes carry a prefix of their own
 * ({@code "loan-applications-in-preparation:<id>"}).
 */
public final class NamedLocks {

    private NamedLocks() {
    }

    /** Waits for, then holds until the transaction ends, the lock on {@code name}. */
    public static void lock(EntityManager entityManager, String name) {
        entityManager.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(:name, 0))")
                .setParameter("name", name).getSingleResult();
    }

    /**
     * Takes the lock on {@code name} until the transaction ends if no other transaction holds it, without
     * waiting: false while another holds it (a request that must be refused rather than queued behind it).
     */
    public static boolean tryLock(EntityManager entityManager, String name) {
        return (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(hashtextextended(:name, 0))")
                .setParameter("name", name).getSingleResult();
    }
}
