package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.platform.jobs.ScheduledWork;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.registry.config.ActivationConfig;
import id.go.bekasikota.koperasi.registry.domain.CooperativeRanking;
import id.go.bekasikota.koperasi.registry.domain.RankedCooperatives;
import id.go.bekasikota.koperasi.registry.domain.RegisterScope;
import id.go.bekasikota.koperasi.registry.domain.Worklist;
import id.go.bekasikota.koperasi.registry.domain.WorklistCandidate;
import id.go.bekasikota.koperasi.registry.repository.ActivationTallies;
import id.go.bekasikota.koperasi.registry.repository.ActivationPlanningQueries;
import id.go.bekasikota.koperasi.registry.repository.RegisterRevision;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The office's worklist to the activation target: every inactive cooperative of a scope, ranked
 * ({@link Worklist}). A few worklists are kept per register revision (the whole register's is
 * paged through and exported while nothing changes); each holds its ranking as ids alone, and
 * the rows of a page are read when it is served.
 *
 * <p>A worklist is computed outside the caller's transaction, one at a time, and per scope and date
 * at most one waits for its turn however many ask while writes move the revision
 * ({@link FreshComputations}): at a national register a computation takes seconds (about 6 s for
 * the whole register's), and every request after a write used to compute one of its own, holding a
 * database connection all along.
 *
 * <p>As of today, once the daily evaluation has run for today, a worklist is ranked from the published
 * standings and kept with what each cooperative is ranked by ({@link CooperativeRanking}); a request after
 * writes then takes in only the cooperatives written since ({@link RegisterRevision#writtenSince}),
 * re-ranked by the same facts, and counts the scope from the tally the writes keep for today
 * ({@link ActivationTallies#counted}), all from one snapshot of the register. Where the register no
 * longer notes every write since, too many were written, or the tally does not count the ranking's
 * cooperatives (rows written around the service), the worklist is ranked again in full.
 */
@ApplicationScoped
public class WorklistService {

    /** Worklists kept: each about 28 bytes and the number's digits per inactive cooperative (the whole national register's: about 15 MB). */
    private static final int KEPT = 6;
    /** A national register's whole worklist takes seconds; the default transaction timeout is one minute. */
    private static final int COMPUTATION_TIMEOUT_SECONDS = 120;
    /** The most cooperatives written since a kept worklist that are taken into it; beyond, it is ranked again in full. */
    static final int TAKEN_IN_AT_MOST = 10_000;

    /** A cooperative of the worklist at its rank (from 1). */
    public record Ranked(int rank, WorklistCandidate candidate) {
    }

    /** A page of a worklist: its steps, each a rank with the cooperative's row as the page was served. */
    public record WorklistPage(Worklist worklist, List<Ranked> steps) {
    }

    private record Key(LocalDate asOf, RegisterScope scope, LocalDate today) {
    }

    /**
     * A worklist as kept: with its ranking's facts and the lanes' revisions it was read at when it can
     * take in later writes, both null when it cannot (ranked by the rules, or for a caller alone).
     */
    private record Kept(Worklist worklist, CooperativeRanking ranking, long[] lanes) {
    }

    private final ActivationPlanningQueries queries;
    private final ActivationConfig config;
    private final Today today;
    private final RegisterRevision revision;
    private final ActivationTallies tallies;
    private final ScheduledWork scheduled;
    private final FreshComputations<Key, Kept> worklists;
    private final Counter takenIn;
    private final Counter rankedFromPublished;
    private final Counter rankedByRules;

    public WorklistService(ActivationPlanningQueries queries, ActivationConfig config, Today today, RegisterRevision revision,
                           ActivationTallies tallies, ScheduledWork scheduled, MeterRegistry meters) {
        this.queries = queries;
        this.config = config;
        this.today = today;
        this.revision = revision;
        this.tallies = tallies;
        this.scheduled = scheduled;
        this.takenIn = computed(meters, "taken_in");
        this.rankedFromPublished = computed(meters, "published");
        this.rankedByRules = computed(meters, "rules");
        this.worklists = FreshComputations.ofRegister(revision, (key, earlier) -> compute(key, earlier, true),
                key -> compute(key, null, false), KEPT, COMPUTATION_TIMEOUT_SECONDS);
    }

    public LocalDate today() {
        return today.date();
    }

    /**
     * The whole worklist as of the date, as ranked ids, never older than the register's revision
     * this request sees; {@link #steps} reads the rows of its ranks. Not in the caller's transaction.
     */
    public Worklist worklist(LocalDate asOf, RegisterScope scope) {
        return worklists.get(new Key(asOf, scope, today.date())).worklist();
    }

    /** A page of the worklist as of the date, its rows read when the page is served. */
    public WorklistPage page(LocalDate asOf, RegisterScope scope, PageRequest paging) {
        Worklist worklist = worklist(asOf, scope);
        return new WorklistPage(worklist, QuarkusTransaction.joiningExisting()
                .call(() -> steps(worklist, paging.offset() + 1, paging.offset() + paging.size())));
    }

    /**
     * The rows of the worklist's ranks {@code fromRank} to {@code toRank} (inclusive, at most
     * {@value ActivationPlanningQueries#DETAILS_AT_ONCE}), as of its date; ranks past the end are left out.
     */
    @Transactional
    public List<Ranked> steps(Worklist worklist, int fromRank, int toRank) {
        List<UUID> ids = worklist.ranked().ranks(fromRank, toRank);
        Map<UUID, WorklistCandidate> rows = queries.candidates(worklist.asOf(), ids);
        List<Ranked> steps = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            WorklistCandidate row = rows.get(ids.get(i));
            // Cooperatives are never deleted; a row written around the service may be: its rank stays empty.
            if (row != null) {
                steps.add(new Ranked(fromRank + i, row));
            }
        }
        return steps;
    }

    /**
     * Drops the notes of writes older than {@link ActivationConfig#writeNotesKept()}: a worklist kept
     * from before then is ranked again in full.
     */
    @Scheduled(every = "${koperasi.activation.write-notes-pruning:1m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "register-write-notes")
    void pruneWriteNotes() {
        scheduled.run("register-write-notes", () -> revision.prune(config.writeNotesKept()));
    }

    /**
     * One computation, once its turn has come: for everyone in a transaction of its own that reads
     * one snapshot ({@code oneSnapshot}), from the worklist it replaces where it can; for a caller
     * whose transaction has written rows, in that transaction. As of today, once the daily evaluation
     * has run for today, the inactive cooperatives are the published standings'.
     */
    private Kept compute(Key key, Kept earlier, boolean oneSnapshot) {
        boolean published = key.asOf().equals(key.today()) && revision.standingsEvaluatedOn().filter(key.today()::equals).isPresent();
        if (!published) {
            long registered = queries.registered(key.asOf(), key.scope());
            Kept ranked = new Kept(worklist(key, registered, queries.inactiveRanked(key.asOf(), key.scope())), null, null);
            rankedByRules.increment();
            return ranked;
        }
        long[] lanes = oneSnapshot ? revision.lanes() : null;
        Optional<ActivationTallies.Counted> counted = tallies.counted(key.today(), key.scope());
        if (lanes != null && earlier != null && earlier.ranking() != null && counted.isPresent()) {
            Optional<Kept> taken = takeIn(key, earlier, lanes, counted.get());
            if (taken.isPresent()) {
                takenIn.increment();
                return taken.get();
            }
        }
        CooperativeRanking ranking = queries.inactiveRankedAsPublished(key.today(), key.scope());
        long registered = counted.filter(c -> c.inactive() == ranking.size()).map(ActivationTallies.Counted::registered)
                .orElseGet(() -> queries.registered(key.asOf(), key.scope()));
        boolean keepsFacts = lanes != null && ranking.inOrder();
        rankedFromPublished.increment();
        return new Kept(worklist(key, registered, ranking.cooperatives()), keepsFacts ? ranking : null, keepsFacts ? lanes : null);
    }

    /** The earlier worklist with the cooperatives written since re-ranked, if the register still notes them all and the tally agrees. */
    private Optional<Kept> takeIn(Key key, Kept earlier, long[] lanes, ActivationTallies.Counted counted) {
        Optional<Set<UUID>> written = revision.writtenSince(earlier.lanes(), TAKEN_IN_AT_MOST);
        if (written.isEmpty()) {
            return Optional.empty();
        }
        CooperativeRanking ranking = written.get().isEmpty() ? earlier.ranking()
                : earlier.ranking().reranked(written.get(), queries.inactivePlacesAsPublished(key.today(), key.scope(), written.get()));
        if (ranking.size() != counted.inactive()) {
            return Optional.empty();
        }
        return Optional.of(new Kept(worklist(key, counted.registered(), ranking.cooperatives()), ranking, lanes));
    }

    /** How many worklists were computed each way: the operator's view of how often the whole scope is ranked. */
    private static Counter computed(MeterRegistry meters, String way) {
        return Counter.builder("koperasi.worklist.computations")
                .description("Worklists computed: taken_in (the writes since a kept one re-ranked into it), published (the scope "
                        + "ranked in full from today's published standings), rules (ranked in full by the rules, as of another date "
                        + "or before the day's evaluation)")
                .tag("way", way)
                .register(meters);
    }

    private Worklist worklist(Key key, long registered, RankedCooperatives inactive) {
        return Worklist.ranked(key.asOf(), key.today(), config.target(), registered, registered - inactive.size(), inactive);
    }
}
