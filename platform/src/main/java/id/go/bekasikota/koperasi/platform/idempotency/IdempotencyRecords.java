package id.go.bekasikota.koperasi.platform.idempotency;

import id.go.bekasikota.koperasi.platform.persistence.NamedLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The table {@code idempotency_record} of a service that takes {@code Idempotency-Key}s: each owner's keys with their
 * request hash and first answer. Each such service keeps the table in its own database, created by its own migration
 * (financing V1, notifications V3), with the same columns; {@code partner_id} holds the owner of the key, the partner
 * id in financing (partners only) and {@code PARTNER:<partner_id>} or {@code OFFICE:} in notifications.
 */
@ApplicationScoped
public class IdempotencyRecords {

    private final EntityManager entityManager;

    public IdempotencyRecords(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public record Stored(String requestHash, int status, String body) {
    }

    /**
     * Holds the key for the rest of the transaction, unless a request with it is being processed now
     * (another transaction holds it): false then, at once. Taken before {@link #claim}, so that a
     * claim never waits for another transaction's uncommitted one.
     */
    public boolean hold(String owner, String key) {
        return NamedLocks.tryLock(entityManager, "idempotency-key:" + owner + ":" + key);
    }

    /**
     * Claims the key for this request; false when it was claimed before (by a request that has
     * ended: {@link #hold} keeps two requests with one key from running at once).
     */
    public boolean claim(String owner, String key, String requestHash, Instant now) {
        return entityManager.createNativeQuery("""
                        insert into idempotency_record (partner_id, idempotency_key, request_hash, created_at)
                        values (:partner, :key, :hash, :now) on conflict do nothing""")
                .setParameter("partner", owner)
                .setParameter("key", key)
                .setParameter("hash", requestHash)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    public void complete(String owner, String key, int status, String body) {
        entityManager.createNativeQuery("""
                        update idempotency_record set response_status = :status, response_body = :body
                        where partner_id = :partner and idempotency_key = :key""")
                .setParameter("status", status)
                .setParameter("body", body)
                .setParameter("partner", owner)
                .setParameter("key", key)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public Optional<Stored> find(String owner, String key) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select request_hash, response_status, response_body from idempotency_record
                        where partner_id = :partner and idempotency_key = :key""")
                .setParameter("partner", owner)
                .setParameter("key", key)
                .getResultList();
        return rows.stream().findFirst()
                .map(r -> new Stored((String) r[0], ((Number) r[1]).intValue(), (String) r[2]));
    }

    /**
     * Whether this service's database has the table: the services that take no key (registry, awards) have none,
     * and their {@link IdempotencyPurge} does nothing.
     */
    public boolean tableExists() {
        return (Boolean) entityManager.createNativeQuery("select to_regclass('idempotency_record') is not null").getSingleResult();
    }

    public int purgeBefore(Instant cutoff) {
        return entityManager.createNativeQuery("delete from idempotency_record where created_at < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
