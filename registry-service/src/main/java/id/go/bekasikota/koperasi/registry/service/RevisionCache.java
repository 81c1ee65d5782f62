package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.registry.repository.RegisterRevision;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers computed from the register, kept while its revision has not moved (as the dashboard's
 * cache): every write moves the revision in its own transaction, so a kept answer is never older
 * than what a reader could see. Each instance keeps its own; a transaction that has written rows
 * itself neither reads nor fills it. Call inside the transaction that computes.
 */
final class RevisionCache<K, V> {

    private record Kept<V>(long revision, V value) {
    }

    private final RegisterRevision revision;
    private final int capacity;
    private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();

    RevisionCache(RegisterRevision revision, int capacity) {
        this.revision = revision;
        this.capacity = capacity;
    }

    V get(K key, Supplier<V> compute) {
        OptionalLong seen = revision.seenByAReader();
        if (seen.isEmpty()) {
            return compute.get();
        }
        long current = seen.getAsLong();
        Kept<V> found = kept.get(key);
        if (found != null && found.revision() == current) {
            return found.value();
        }
        V value = compute.get();
        if (kept.size() >= capacity) {
            kept.clear();
        }
        kept.merge(key, new Kept<>(current, value), (old, fresh) -> old.revision() > fresh.revision() ? old : fresh);
        return value;
    }
}
