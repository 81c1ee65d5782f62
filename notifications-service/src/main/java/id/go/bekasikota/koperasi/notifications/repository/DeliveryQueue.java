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
     * <p>Fairly: at most {@code perSubscription} of one subscription, its longest due first; and the
     * batch is filled by turns of the owners (a partner, the office): each owner's first, then each
     * one's second, and so on (an owner's own subscriptions taking turns too), the longest due first
     * within a turn. So a subscriber whose endpoints are slow or backed up never takes a whole batch
     * while others have deliveries due, however many subscriptions it keeps.
     *
     * <p>Only the first PENDING delivery of a subscription and ordering key is ever a candidate (one at a
     * time per key, in sequence order, whatever their due times), so ordering the candidates by due time
     * (then sequence) cannot let a later delivery of a key overtake an earlier one: a retry waiting for
     * its time holds the key's later deliveries behind it, as before.
     *
     * <p>The turns are counted over every candidate, so the rows are locked in a query level of their own
     * (PostgreSQL refuses {@code for update} in a query with window functions), where the state and the lease
     * are checked again on the row as locked. A candidate another dispatcher holds locked at that moment is
     * skipped, not replaced: that round claims fewer, the next one the rest.
     *
     * @return the claimed ids, in no particular order
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<UUID> claim(int batch, int perSubscription, Instant now, Instant leaseUntil) {
        return entityManager.createNativeQuery("""
                        update delivery set leased_until = :until where id in (
                            select l.id from delivery l
                            where l.id in (
                                    select t.id from (
                                        select c.id, c.next_attempt_at, c.sequence,
                                               row_number() over (partition by c.owner, c.partner_id
                                                                  order by c.turn, c.next_attempt_at, c.sequence) as owner_turn
                                        from (
                                            select d.id, d.next_attempt_at, d.sequence, s.owner, s.partner_id,
                                                   row_number() over (partition by d.subscription_id
                                                                      order by d.next_attempt_at, d.sequence) as turn
                                            from delivery d join subscription s on s.id = d.subscription_id
                                            where d.state = 'PENDING' and d.next_attempt_at <= :now
                                              and (d.leased_until is null or d.leased_until <= :now)
                                              and s.active and (s.circuit_open_until is null or s.circuit_open_until <= :now)
                                              and not exists (select 1 from delivery e where e.subscription_id = d.subscription_id
                                                              and e.ordering_key = d.ordering_key and e.state = 'PENDING' and e.sequence < d.sequence)
                                        ) c
                                        where c.turn <= :perSubscription
                                    ) t
                                    order by t.owner_turn, t.next_attempt_at, t.sequence limit :batch)
                              and l.state = 'PENDING' and (l.leased_until is null or l.leased_until <= :now)
                            for update of l skip locked)
                        returning id""")
                .setParameter("until", Timestamp.from(leaseUntil))
                .setParameter("now", Timestamp.from(now))
                .setParameter("perSubscription", perSubscription)
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
