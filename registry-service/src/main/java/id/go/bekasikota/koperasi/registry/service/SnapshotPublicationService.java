package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.outbox.DomainEvent;
import id.go.bekasikota.koperasi.platform.outbox.EventOutbox;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.registry.domain.Cooperative;
import id.go.bekasikota.koperasi.registry.domain.SnapshotPublication;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Publishes every cooperative's snapshot on the compacted topic {@code registry.cooperative-snapshot.v1},
 * once, for the register written before the topic existed (from then on every event brings its
 * own snapshot record: migration V8's trigger). Runs in the background in batches, each one
 * transaction that writes the batch's snapshots into the outbox.
 *
 * <p>Each batch holds the advisory lock that every registry event's snapshot record takes
 * shared: it waits for the writes in flight and holds new ones for the batch's few hundred
 * milliseconds, so a snapshot read here is never older than one a write has put in the outbox
 * ahead of it. Publishing a snapshot twice is harmless: consumers keep the highest version.
 */
@ApplicationScoped
public class SnapshotPublicationService {

    /** "SNAPSHOT" in ASCII: the key migration V8's trigger takes shared. */
    static final long SNAPSHOT_LOCK = 6002807166581886804L;
    private static final int BATCH = 500;
    /** A RUNNING publication silent for longer than this was cut off (its instance stopped). */
    private static final Duration SILENCE = Duration.ofMinutes(2);
    private static final Logger LOG = Logger.getLogger(SnapshotPublicationService.class);

    private final EventOutbox outbox;
    private final EntityManager entityManager;
    private final Today today;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "snapshot-publication");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean stopping;

    public SnapshotPublicationService(EventOutbox outbox, EntityManager entityManager, Today today) {
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.today = today;
    }

    /** Starts a publication; 409 while one runs. Audited: who and when are kept, and logged. */
    public SnapshotPublication request(String actor) {
        SnapshotPublication started;
        try {
            started = QuarkusTransaction.requiringNew().call(() -> {
                for (SnapshotPublication running : SnapshotPublication.<SnapshotPublication>list("state", SnapshotPublication.State.RUNNING)) {
                    if (!running.cutOff(today.now(), SILENCE)) {
                        throw ProblemException.conflict(Text.of("registry.publication.running",
                                running.id, running.requestedBy, running.published, running.total), running.id);
                    }
                    running.failed("cut off: no progress since " + running.heartbeatAt, today.now());
                }
                SnapshotPublication publication = SnapshotPublication.start(actor, today.now(), (int) Cooperative.count());
                publication.persistAndFlush();
                return publication;
            });
        } catch (PersistenceException e) {
            // Another instance started one between the check and the insert (unique index on the RUNNING one).
            throw ProblemException.conflict(Text.of("registry.publication.running-every"));
        }
        LOG.infof("Snapshot publication %s requested by %s: %d cooperatives", started.id, actor, started.total);
        UUID id = started.id;
        worker.execute(() -> run(id));
        return started;
    }

    @Transactional
    public Optional<SnapshotPublication> find(UUID id) {
        return SnapshotPublication.findByIdOptional(id);
    }

    @Transactional
    public Page<SnapshotPublication> list(PageRequest paging) {
        var query = SnapshotPublication.<SnapshotPublication>findAll(Sort.descending("requestedAt").and("id"));
        return Page.of(query.page(paging.page() - 1, paging.size()).list(), paging, query.count());
    }

    private void run(UUID id) {
        try {
            UUID after = null;
            while (!stopping) {
                UUID from = after;
                after = QuarkusTransaction.requiringNew().call(() -> publishBatch(id, from));
                if (after == null) {
                    break;
                }
            }
            boolean stopped = stopping;
            QuarkusTransaction.requiringNew().run(() -> {
                SnapshotPublication publication = SnapshotPublication.findById(id);
                if (stopped) {
                    publication.failed("the service stopped before the end; ask again (a snapshot published twice is harmless)", today.now());
                } else {
                    publication.completed(today.now());
                }
            });
            LOG.infof("Snapshot publication %s %s", id, stopped ? "stopped by the shutdown" : "completed");
        } catch (RuntimeException e) {
            LOG.errorf(e, "Snapshot publication %s failed", id);
            QuarkusTransaction.requiringNew().run(() ->
                    SnapshotPublication.<SnapshotPublication>findById(id).failed(String.valueOf(e.getMessage()), today.now()));
        }
    }

    /** Publishes the snapshots of the next batch after {@code after} (by id); returns the batch's last id, null at the end. */
    private UUID publishBatch(UUID id, UUID after) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(:key)").setParameter("key", SNAPSHOT_LOCK).getSingleResult();
        List<Cooperative> batch = (after == null ? Cooperative.<Cooperative>find("order by id")
                : Cooperative.<Cooperative>find("id > ?1 order by id", after)).page(0, BATCH).list();
        if (batch.isEmpty()) {
            return null;
        }
        outbox.append(batch.stream().map(SnapshotPublicationService::snapshotEvent).toList());
        SnapshotPublication.<SnapshotPublication>findById(id).progressed(batch.size(), today.now());
        return batch.get(batch.size() - 1).id;
    }

    private static DomainEvent snapshotEvent(Cooperative cooperative) {
        String id = cooperative.id.toString();
        return new DomainEvent(Topics.REGISTRY_COOPERATIVE_SNAPSHOT, EventTypes.COOPERATIVE_SNAPSHOT, Cooperative.AGGREGATE, id,
                cooperative.version, id, cooperative.snapshot(cooperative.version));
    }

    /** The shutdown comes before the pool closes: the batch in progress finishes, the publication is marked stopped. */
    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Snapshot publication still busy at shutdown; it will show as cut off");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void shutdownWorker() {
        worker.shutdownNow();
    }
}
