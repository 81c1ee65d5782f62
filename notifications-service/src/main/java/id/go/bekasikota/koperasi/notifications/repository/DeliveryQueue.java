package id.go.bekasikota.koperasi.notifications.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The deliveries that are due, claimed with a lease so that several dispatchers (instances) share
 * them without sending one twice at the same time, and a crashed dispatcher's claims come back
 * when their lease ends.
 */
@ApplicationScoped
public class DeliveryQueue {

    private final EntityManager entityManager;

    public DeliveryQueue(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Claims up to {@code batch} due deliveries until {@code leaseUntil}: PENDING, due, not leased,
     * of an active subscription whose circuit is not open, and the first PENDING one of its
     * subscription and ordering key (the cooperative), so that those go out in order.
     *
     * @return the claimed ids, oldest first
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<UUID> claim(int batch, Instant now, Instant leaseUntil) {
        return entityManager.createNativeQuery("""
                        update delivery set leased_until = :until where id in (
                            select d.id from delivery d join subscription s on s.id = d.subscription_id
                            where d.state = 'PENDING' and d.next_attempt_at <= :now
                              and (d.leased_until is null or d.leased_until <= :now)
                              and s.active and (s.circuit_open_until is null or s.circuit_open_until <= :now)
                              and not exists (select 1 from delivery e where e.subscription_id = d.subscription_id
                                              and e.ordering_key = d.ordering_key and e.state = 'PENDING' and e.sequence < d.sequence)
                            order by d.sequence limit :batch
                            for update of d skip locked)
                        returning id""")
                .setParameter("until", Timestamp.from(leaseUntil))
                .setParameter("now", Timestamp.from(now))
                .setParameter("batch", batch)
                .getResultList();
    }

    /** Gives claimed deliveries back unsent (an endpoint being probed takes one at a time). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            entityManager.createNativeQuery("update delivery set leased_until = null where id in (:ids)")
                    .setParameter("ids", ids).executeUpdate();
        }
    }
}
