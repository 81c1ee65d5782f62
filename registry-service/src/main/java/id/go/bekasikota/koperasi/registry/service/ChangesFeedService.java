package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.registry.config.ChangesFeedConfig;
import id.go.bekasikota.koperasi.registry.domain.ChangeCursor;
import id.go.bekasikota.koperasi.registry.domain.Cooperative;
import id.go.bekasikota.koperasi.registry.domain.CooperativeWithStanding;
import id.go.bekasikota.koperasi.registry.domain.RegisterChange;
import id.go.bekasikota.koperasi.registry.domain.RegisterEntry;
import id.go.bekasikota.koperasi.registry.repository.CooperativeChanges;
import io.quarkus.narayana.jta.QuarkusTransaction;
import id.go.bekasikota.koperasi.platform.jobs.ScheduledWork;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The changes feed of the register: every write of a cooperative records the cooperative after
 * it ({@link #written}), readers page through the changes in commit order ({@link #after}).
 */
@ApplicationScoped
public class ChangesFeedService {

    private static final Logger LOG = Logger.getLogger(ChangesFeedService.class);
    private static final int CHUNK = 500;
    /** Changes one step of the compaction passes, in one transaction. */
    static final int COMPACTION_STEP = 5_000;
    /** Cooperatives one read of the walk for unrecorded ones checks. */
    static final int WINDOW = 10_000;
    /** Cooperatives a run of that walk checks when it finds nothing to record. */
    static final int WALK_PER_RUN = 100_000;

    private final CooperativeChanges changes;
    private final ChangesFeedConfig config;
    private final EntityManager entityManager;
    private final Today today;
    private final ScheduledWork scheduled;
    /** Where the walk for unrecorded cooperatives goes on: the last id it checked, null for the first. */
    private UUID walkedTo;

    public ChangesFeedService(CooperativeChanges changes, ChangesFeedConfig config, EntityManager entityManager, Today today, ScheduledWork scheduled) {
        this.scheduled = scheduled;
        this.changes = changes;
        this.config = config;
        this.entityManager = entityManager;
        this.today = today;
    }

    /**
     * Records the cooperatives a write changed, in the write's transaction: {@link #entries} then
     * {@link #append}. A write of the register goes through {@link RegisterWrites}, which reads the
     * entries before it takes the register's locks.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void written(Collection<Cooperative> cooperatives) {
        append(entries(cooperatives));
    }

    /**
     * The feed's entries of the cooperatives as this write leaves them: flushes the session (the
     * versions move on the flush, so the entries carry the versions the write commits) and reads
     * what the entries show besides the cooperative (an open reactivation case, the stored times).
     * Takes no lock beyond the write's own rows.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RegisterEntry> entries(Collection<Cooperative> cooperatives) {
        if (cooperatives.isEmpty()) {
            return List.of();
        }
        entityManager.flush();
        LocalDate date = today.date();
        Map<UUID, CooperativeChanges.Stored> stored = changes.stored(cooperatives.stream().map(c -> c.id).toList());
        return cooperatives.stream()
                .map(c -> {
                    CooperativeChanges.Stored row = stored.get(c.id);
                    return RegisterEntry.of(new CooperativeWithStanding(c, c.standing(date), row.underReactivation()))
                            .stamped(row.createdAt(), row.updatedAt());
                })
                .toList();
    }

    /**
     * Appends entries under one new position of the feed. Takes the feed's head row lock until the
     * commit (positions follow commit order): call it as the write's last statement.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(List<RegisterEntry> entries) {
        changes.append(entries);
    }

    /**
     * Up to {@code limit} changes after the cursor, in commit order. A cursor past the feed's head was never handed out by
     * this feed (a mirror's copy from another installation, or from before the register was restored from a backup):
     * a 400 naming {@code after}, not an empty page that would say "caught up" for ever while the feed moves on
     * beneath it.
     */
    @Transactional
    public List<RegisterChange> after(ChangeCursor cursor, int limit) {
        List<RegisterChange> page = changes.after(cursor, limit);
        if (page.isEmpty() && cursor.position() > 0) {
            long head = changes.head();
            if (cursor.position() > head) {
                throw ProblemException.invalid("after", Text.of("registry.changes.cursor-ahead", head));
            }
        }
        return page;
    }

    /** Records the cooperatives the feed does not hold yet, then drops the changes superseded by a change older than the retention. */
    @Scheduled(every = "${koperasi.changes.maintenance:1m}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "changes-feed-maintenance")
    void maintain() {
        scheduled.run("changes-feed-maintenance", () -> {
            int recorded = recordUnrecorded();
            // The real clock, not the office's: changed_at is stamped by the database's clock, and the office clock may run
            // at an offset (a rehearsal a year ahead would otherwise drop every superseded change within a minute).
            int dropped = compact(Instant.now().minus(config.retention()));
            if (recorded > 0 || dropped > 0) {
                LOG.infof("Changes feed: %d cooperatives recorded, %d superseded changes dropped", recorded, dropped);
            }
        });
    }

    /**
     * Drops every change superseded by a change older than {@code before}: takes the compaction along
     * the feed from where it stopped, {@value #COMPACTION_STEP} changes a transaction, until it meets
     * a change not older than {@code before}.
     *
     * @return how many changes were dropped
     */
    public int compact(Instant before) {
        int dropped = 0;
        while (true) {
            CooperativeChanges.Compaction step = QuarkusTransaction.requiringNew().call(() -> changes.compactStep(before, COMPACTION_STEP));
            dropped += step.dropped();
            if (step.passed() < COMPACTION_STEP) {
                return dropped;
            }
        }
    }

    /**
     * Records the cooperatives the feed does not hold, walking the register in the order of ids from
     * where the last run stopped: {@value #WINDOW} ids a read, at most {@value #WALK_PER_RUN} a run
     * unless the last window found some to record (a bulk load around the service is recorded in one
     * run), from the first id again once a run reached the last. Each window's finds are recorded
     * {@value #CHUNK} a transaction. A run used to check the whole register (an anti-join of the
     * register with the feed: 0.4 s on three processes at 1,000,000 cooperatives, every minute); a
     * cooperative copied around the service is now recorded within one walk of the register, a
     * run for each {@value #WALK_PER_RUN} cooperatives.
     *
     * @return how many were recorded
     */
    public int recordUnrecorded() {
        return recordUnrecorded(WINDOW, WALK_PER_RUN);
    }

    /** {@link #recordUnrecorded()} with the given window and walk per run. */
    public synchronized int recordUnrecorded(int window, int walkPerRun) {
        int recorded = 0;
        int walked = 0;
        while (true) {
            UUID from = walkedTo;
            CooperativeChanges.Window next = QuarkusTransaction.requiringNew().call(() -> changes.window(from, window));
            List<UUID> found = next.unrecorded();
            for (int i = 0; i < found.size(); i += CHUNK) {
                List<UUID> chunk = found.subList(i, Math.min(found.size(), i + CHUNK));
                QuarkusTransaction.requiringNew().run(() -> written(Cooperative.<Cooperative>list("id in ?1", chunk)));
            }
            recorded += found.size();
            walked += next.size();
            if (next.size() < window) {
                walkedTo = null;
                return recorded;
            }
            walkedTo = next.last();
            if (walked >= walkPerRun && found.isEmpty()) {
                return recorded;
            }
        }
    }
}
