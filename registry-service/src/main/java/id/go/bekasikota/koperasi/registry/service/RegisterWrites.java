package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.registry.domain.Cooperative;
import id.go.bekasikota.koperasi.registry.domain.RegisterEntry;
import id.go.bekasikota.koperasi.registry.domain.StandingFacts;
import id.go.bekasikota.koperasi.registry.repository.ActivationTallies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The last step of every write of the register, in its transaction: the activation figures of the
 * kept dates ({@link ActivationTallies#written}) and the changes feed ({@link ChangesFeedService}).
 *
 * <p>Both take a row lock held until the commit, which orders the register's writes: the register's
 * revision row (a kept date is built while no write is in flight) and the feed's head row (positions
 * follow commit order). Writes queue on those locks, so what they hold them for bounds how many
 * writes a second the register takes. Everything that needs no lock is done first: the session's
 * flush (the cooperative's own row and indexes, its reports), the facts after the write and the
 * feed's reads. Under the locks remain the revision's update, the read of the kept dates, the
 * tallies' upsert and the feed's append.
 */
@ApplicationScoped
public class RegisterWrites {

    private final ActivationTallies tallies;
    private final ChangesFeedService changes;
    private final EntityManager entityManager;

    public RegisterWrites(ActivationTallies tallies, ChangesFeedService changes, EntityManager entityManager) {
        this.tallies = tallies;
        this.changes = changes;
        this.entityManager = entityManager;
    }

    /**
     * Records a write of one cooperative.
     *
     * @param before its facts before the write, null for a cooperative the write registered
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recorded(StandingFacts before, Cooperative cooperative) {
        entityManager.flush();
        StandingFacts after = before == null ? StandingFacts.of(cooperative, List.of()) : tallies.factsOf(cooperative);
        recorded(before == null ? List.of() : List.of(before), List.of(after), List.of(cooperative));
    }

    /**
     * Records a write of many cooperatives: how their activation cells moved, from {@code before}
     * (none for new ones) to {@code after}, and the feed's entries of {@code written}. The revision
     * moves with the cooperatives of {@code written} noted (a published standing may have changed,
     * and with it a list's order); with nothing written and no facts it does not move.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recorded(Collection<StandingFacts> before, Collection<StandingFacts> after, Collection<Cooperative> written) {
        entityManager.flush();
        List<RegisterEntry> entries = changes.entries(written);
        if (!before.isEmpty() || !after.isEmpty() || !written.isEmpty()) {
            tallies.written(written.stream().map(c -> c.id).toList(), before, after);
        }
        changes.append(entries);
    }

    /**
     * Records a visit to a cooperative under reactivation: nothing counted or published changes,
     * but the office's latest contact does, which the worklist ranks by; the revision moves so that
     * no worklist kept for an earlier one is served after the visit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void contacted(UUID cooperativeId) {
        entityManager.flush();
        tallies.written(List.of(cooperativeId), List.of(), List.of());
    }
}
