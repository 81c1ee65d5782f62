package id.go.bekasikota.koperasi.notifications.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * The circuit of each endpoint, moved by the dispatcher's outcomes. Written in place, without
 * moving the subscription's version: the owner's ETag changes only with the owner's changes.
 */
@ApplicationScoped
public class EndpointCircuits {

    private final EntityManager entityManager;

    public EndpointCircuits(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void succeeded(UUID subscription) {
        entityManager.createNativeQuery("""
                        update subscription set consecutive_failures = 0, circuit_open_until = null
                        where id = :id and (consecutive_failures <> 0 or circuit_open_until is not null)""")
                .setParameter("id", subscription).executeUpdate();
    }

    /** One more failure in a row; at {@code threshold} the circuit opens until {@code openUntil}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void failed(UUID subscription, int threshold, Instant openUntil) {
        entityManager.createNativeQuery("""
                        update subscription set consecutive_failures = consecutive_failures + 1,
                            circuit_open_until = case when consecutive_failures + 1 >= :threshold then :until else circuit_open_until end
                        where id = :id""")
                .setParameter("threshold", threshold).setParameter("until", Timestamp.from(openUntil))
                .setParameter("id", subscription).executeUpdate();
    }

    /** The receiver answered 410 Gone: it wants no more (Standard Webhooks); its owner may turn it on again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void gone(UUID subscription) {
        entityManager.createNativeQuery("update subscription set active = false, version = version + 1 where id = :id")
                .setParameter("id", subscription).executeUpdate();
    }
}
