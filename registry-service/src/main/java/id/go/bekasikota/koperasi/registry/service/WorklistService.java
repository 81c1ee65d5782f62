package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.registry.config.ActivationConfig;
import id.go.bekasikota.koperasi.registry.domain.RankedCooperatives;
import id.go.bekasikota.koperasi.registry.domain.RegisterScope;
import id.go.bekasikota.koperasi.registry.domain.Worklist;
import id.go.bekasikota.koperasi.registry.domain.WorklistCandidate;
import id.go.bekasikota.koperasi.registry.repository.ActivationPlanningQueries;
import id.go.bekasikota.koperasi.registry.repository.RegisterRevision;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 */
@ApplicationScoped
public class WorklistService {

    /** Worklists kept: at most 16 bytes per inactive cooperative each (the whole national register's: about 10 MB). */
    private static final int KEPT = 6;
    /** A national register's whole worklist takes seconds; the default transaction timeout is one minute. */
    private static final int COMPUTATION_TIMEOUT_SECONDS = 120;

    /** A cooperative of the worklist at its rank (from 1). */
    public record Ranked(int rank, WorklistCandidate candidate) {
    }

    /** A page of a worklist: its steps, each a rank with the cooperative's row as the page was served. */
    public record WorklistPage(Worklist worklist, List<Ranked> steps) {
    }

    private record Key(LocalDate asOf, RegisterScope scope, LocalDate today) {
    }

    private final ActivationPlanningQueries queries;
    private final ActivationConfig config;
    private final Today today;
    private final RegisterRevision revision;
    private final FreshComputations<Key, Worklist> worklists;

    public WorklistService(ActivationPlanningQueries queries, ActivationConfig config, Today today, RegisterRevision revision) {
        this.queries = queries;
        this.config = config;
        this.today = today;
        this.revision = revision;
        this.worklists = FreshComputations.ofRegister(revision, this::compute, KEPT, COMPUTATION_TIMEOUT_SECONDS);
    }

    public LocalDate today() {
        return today.date();
    }

    /**
     * The whole worklist as of the date, as ranked ids, never older than the register's revision
     * this request sees; {@link #steps} reads the rows of its ranks. Not in the caller's transaction.
     */
    public Worklist worklist(LocalDate asOf, RegisterScope scope) {
        return worklists.get(new Key(asOf, scope, today.date()));
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
     * One computation, in a transaction of its own, once its turn has come. As of today, once the
     * daily evaluation has run for today, the inactive cooperatives are the published standings'.
     */
    private Worklist compute(Key key) {
        long registered = queries.registered(key.asOf(), key.scope());
        boolean published = key.asOf().equals(key.today()) && revision.standingsEvaluatedOn().filter(key.today()::equals).isPresent();
        RankedCooperatives inactive = published ? queries.inactiveRankedAsPublished(key.today(), key.scope())
                : queries.inactiveRanked(key.asOf(), key.scope());
        return Worklist.ranked(key.asOf(), key.today(), config.target(), registered, registered - inactive.size(), inactive);
    }
}
