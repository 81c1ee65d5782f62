package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import id.go.bekasikota.koperasi.platform.outbox.DomainEvent;
import id.go.bekasikota.koperasi.platform.outbox.EventOutbox;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.registry.domain.Cooperative;
import id.go.bekasikota.koperasi.registry.domain.RankedCooperatives;
import id.go.bekasikota.koperasi.registry.domain.ReactivationCase;
import id.go.bekasikota.koperasi.registry.domain.StandingEvaluation;
import id.go.bekasikota.koperasi.registry.domain.StandingFacts;
import id.go.bekasikota.koperasi.registry.repository.ActivationTallies;
import id.go.bekasikota.koperasi.registry.repository.RankedIds;
import id.go.bekasikota.koperasi.registry.repository.RegisterRevision;
import id.go.bekasikota.koperasi.registry.repository.StandingSql;
import io.quarkus.narayana.jta.QuarkusTransaction;
import id.go.bekasikota.koperasi.platform.jobs.ScheduledWork;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps the published status and grade in step with the rules: after every change of a
 * cooperative, and every day for all of them (the 1 July switch of the due year changes
 * standings without any write). Each cooperative row holds the status and grade last
 * published; a difference is published as {@code status-changed} / {@code grade-changed}.
 */
@ApplicationScoped
public class StandingService {

    private static final Logger LOG = Logger.getLogger(StandingService.class);
    private static final int CHUNK = 200;
    /** Who closes a reactivation case found settled by the daily evaluation. */
    private static final Actor EVALUATION = Actor.system("standing-evaluation");

    private final EntityManager entityManager;
    private final EventOutbox outbox;
    private final Today today;
    private final RegisterRevision revision;
    private final ActivationTallies tallies;
    private final RegisterWrites writes;
    private final ScheduledWork scheduled;

    public StandingService(EntityManager entityManager, EventOutbox outbox, Today today, RegisterRevision revision,
                           ActivationTallies tallies, RegisterWrites writes, ScheduledWork scheduled) {
        this.scheduled = scheduled;
        this.tallies = tallies;
        this.writes = writes;
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.today = today;
        this.revision = revision;
    }

    /** Result of one cooperative's re-evaluation: its events and whether a reactivation case closed. */
    public record Change(List<DomainEvent> events, boolean caseClosed) {
    }

    /**
     * Compares the cooperative's standing as of today with the published one (inside the
     * caller's transaction) and closes an open reactivation case once the cooperative is ACTIVE
     * again or dissolved.
     *
     * @param aggregateVersion the version the cooperative row has when the transaction commits
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Change afterChange(Cooperative cooperative, long aggregateVersion, Actor actor) {
        LocalDate date = today.date();
        List<DomainEvent> events = cooperative.publishStandingChanges(date, aggregateVersion);
        revision.evaluatedOneOn(date);
        ActivityStatus status = ActivityStatus.valueOf(cooperative.lastStatus);
        boolean closed = status != ActivityStatus.INACTIVE && ReactivationCase.openFor(cooperative.id)
                .map(open -> open.closeIfSettled(status, date, actor, today.now())).orElse(false);
        return new Change(events, closed);
    }

    /** Every day shortly after midnight, office time. Two instances publish nothing twice: rows are locked and compared again. */
    @Scheduled(cron = "${koperasi.standing.evaluation-cron:0 5 0 * * ?}", timeZone = "Asia/Jakarta",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "standing-evaluation")
    void daily() {
        scheduled.run("standing-evaluation", () -> {
            StandingEvaluation result = evaluateAll();
            LOG.infof("Standing evaluation as of %s: %d cooperatives changed (%d status, %d grade changes)",
                    result.asOf(), result.changedCooperatives(), result.statusChanges(), result.gradeChanges());
        });
    }

    /**
     * The daily evaluation made up when it did not run for today: the service was down or restarting at its hour
     * (the 1 July switch's status changes, their events and webhooks, would otherwise wait for the next night), or the
     * office's day began after the last one (a rehearsal's office clock). Finds nothing to do most of the time.
     */
    @Scheduled(every = "${koperasi.standing.catch-up:10m}", delayed = "${koperasi.standing.catch-up-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "standing-catch-up")
    void catchUpScheduled() {
        scheduled.run("standing-catch-up", () -> catchUp().ifPresent(result -> LOG.infof(
                "Standing evaluation as of %s made up: %d cooperatives changed (%d status, %d grade changes)",
                result.asOf(), result.changedCooperatives(), result.statusChanges(), result.gradeChanges())));
    }

    /** Evaluates every cooperative as of today if the daily evaluation has not run for today; empty when it has. */
    public Optional<StandingEvaluation> catchUp() {
        LocalDate date = today.date();
        Optional<LocalDate> evaluated = QuarkusTransaction.requiringNew().call(revision::standingsEvaluatedOn);
        return evaluated.isPresent() && !evaluated.get().isBefore(date) ? Optional.empty() : Optional.of(evaluateAll());
    }

    /** Re-evaluates every cooperative as of today and publishes the changes. */
    public StandingEvaluation evaluateAll() {
        LocalDate date = today.date();
        RankedCooperatives candidates = QuarkusTransaction.requiringNew().call(() -> changedSince(date));
        int changed = 0;
        int statusChanges = 0;
        int gradeChanges = 0;
        int closed = 0;
        for (int from = 1; from <= candidates.size(); from += CHUNK) {
            List<UUID> chunk = candidates.ranks(from, from + CHUNK - 1);
            int[] counts = QuarkusTransaction.requiringNew().call(() -> evaluate(chunk));
            changed += counts[0];
            statusChanges += counts[1];
            gradeChanges += counts[2];
            closed += counts[3];
        }
        // Every published standing now holds for today: searches as of today may read them.
        QuarkusTransaction.requiringNew().run(() -> revision.standingsEvaluated(date));
        // The dashboard's dates move with the day; rebuilding them all also corrects rows written around the service.
        tallies.keep(date, true);
        return new StandingEvaluation(date, changed, statusChanges, gradeChanges, closed);
    }

    /**
     * Builds the dashboard's kept dates that are missing, e.g. after a start or when the day moved
     * before the daily evaluation ran. Finds nothing to do most of the time.
     */
    @Scheduled(every = "${koperasi.activation.tally-check:10m}", delayed = "${koperasi.activation.tally-check-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "activation-tallies")
    void keepTallies() {
        // Cut off by a shutdown, the figures not built are built by the next start's check.
        scheduled.run("activation-tallies", () -> {
            List<LocalDate> built = tallies.keep(today.date(), false);
            if (!built.isEmpty()) {
                LOG.infof("Activation figures built for %s", built);
            }
        });
    }

    private int[] evaluate(List<UUID> ids) {
        int[] counts = new int[4];
        List<StandingFacts> before = new ArrayList<>();
        List<StandingFacts> after = new ArrayList<>();
        List<Cooperative> changed = new ArrayList<>();
        for (UUID id : ids) {
            Cooperative cooperative = entityManager.find(Cooperative.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (cooperative == null) {
                continue;
            }
            StandingFacts facts = tallies.factsOf(cooperative);
            // Nothing registered changes, so the version stays: the events carry the current one.
            Change change = afterChange(cooperative, cooperative.version, EVALUATION);
            if (change.caseClosed()) {
                before.add(facts);
                after.add(tallies.factsOf(cooperative));
            }
            if (!change.events().isEmpty()) {
                counts[0]++;
            }
            if (!change.events().isEmpty() || change.caseClosed()) {
                changed.add(cooperative);
            }
            for (DomainEvent event : change.events()) {
                counts[event.type().equals(EventTypes.COOPERATIVE_STATUS_CHANGED) ? 1 : 2]++;
            }
            counts[3] += change.caseClosed() ? 1 : 0;
            outbox.append(change.events());
        }
        writes.recorded(before, after, changed);
        return counts;
    }

    /**
     * The cooperatives whose standing as of the date (by the SQL form of the rules) differs from
     * the published one, by id; held as ids alone (after a bulk load, all million of a national
     * register may differ).
     */
    private RankedCooperatives changedSince(LocalDate asOf) {
        return RankedIds.read(entityManager.createNativeQuery(StandingSql.with(asOf) + """
                select c.id from standing s join cooperative c on c.id = s.id
                where s.status <> c.last_status or (s.status <> 'DISSOLVED' and s.grade <> c.last_grade)
                order by c.id"""));
    }
}
