package id.go.bekasikota.koperasi.registry.repository;

import id.go.bekasikota.koperasi.platform.persistence.NamedLocks;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.List;

/**
 * The locks that keep a cooperative number to one cooperative: every write that gives a number (a
 * registration, an update that changes it, an import's new rows) holds its number's lock to the
 * commit and only then looks the number up, so two writes of one number wait for each other
 * instead of both passing the lookup and the second failing on the unique index (a 500).
 *
 * <p>A number's lock is one of {@value #BUCKETS} names, not a name of its own: PostgreSQL keeps
 * every advisory lock in one shared table of {@code max_locks_per_transaction} times
 * {@code max_connections} entries (6,400 by default), which an import creating 10,000 cooperatives
 * would overflow ("out of shared memory", for every session until it ends). An import holds at most
 * {@value #BUCKETS}; a registration whose number shares a lock with one an import is writing waits
 * for that import's commit.
 */
public final class CooperativeNumberLocks {

    static final int BUCKETS = 1024;

    private CooperativeNumberLocks() {
    }

    /** The name of a number's lock ({@link String#hashCode} is the same on every JVM, so on every instance). */
    public static String name(String number) {
        return "cooperative-numbers:" + Math.floorMod(number.hashCode(), BUCKETS);
    }

    /**
     * The names of the numbers' locks, each once, in the one order every writer of several takes
     * them in: two imports never each hold a lock the other waits for.
     */
    public static List<String> names(Collection<String> numbers) {
        return numbers.stream().map(CooperativeNumberLocks::name).distinct().sorted().toList();
    }

    /** Waits for, then holds until the transaction ends, the locks of the numbers. */
    public static void lock(EntityManager entityManager, Collection<String> numbers) {
        names(numbers).forEach(name -> NamedLocks.lock(entityManager, name));
    }
}
