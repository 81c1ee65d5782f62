package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.registry.config.ActivationConfig;
import id.go.bekasikota.koperasi.registry.domain.AtRiskCooperative;
import id.go.bekasikota.koperasi.registry.domain.AtRiskList;
import id.go.bekasikota.koperasi.registry.domain.CooperativeRanking;
import id.go.bekasikota.koperasi.registry.domain.RegisterScope;
import id.go.bekasikota.koperasi.registry.domain.ReportReminders;
import id.go.bekasikota.koperasi.registry.repository.ActivationPlanningQueries;
import id.go.bekasikota.koperasi.registry.repository.ActivationTallies;
import id.go.bekasikota.koperasi.registry.repository.RegisterRevision;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The early warning: who is active today and inactive on a coming switch date unless they file.
 * Kept per register revision and computed as the worklist is ({@link FreshComputations}, outside
 * the caller's transaction): as ids, the rows of a page read when it is served.
 *
 * <p>A list is kept with each cooperative's number ({@link CooperativeRanking}) and the lanes'
 * revisions it was read at; a request after writes takes in only the cooperatives written since
 * ({@link RegisterRevision#writtenSince}): whether a cooperative is at risk depends on its own facts
 * alone. The figures of the switch date come from the tally the writes keep for it
 * ({@link ActivationTallies#counted}; the next 1 July is a kept date), counted by the rules for another
 * date and for a caller whose transaction has written rows. Where the register no longer notes every write since, or too many were written, the list is
 * read again in full: at a national register that takes seconds.
 */
@ApplicationScoped
public class AtRiskService {

    private static final int KEPT = 4;
    /** A national register's list takes seconds; the default transaction timeout is one minute. */
    private static final int COMPUTATION_TIMEOUT_SECONDS = 120;
    /** The most cooperatives written since a kept list that are taken into it; beyond, it is read again in full. */
    static final int TAKEN_IN_AT_MOST = WorklistService.TAKEN_IN_AT_MOST;

    /** A page of the early warning: the list's figures and the page's cooperatives, read as it was served. */
    public record AtRiskPage(AtRiskList list, List<AtRiskCooperative> cooperatives) {
    }

    private record Key(LocalDate today, LocalDate switchOn, RegisterScope scope) {
    }

    /** A list as kept: with its cooperatives' numbers and the lanes' revisions it was read at, both null for a caller alone. */
    private record Kept(AtRiskList list, CooperativeRanking ranking, long[] lanes) {
    }

    private final ActivationPlanningQueries queries;
    private final ActivationConfig config;
    private final Today today;
    private final RegisterRevision revision;
    private final ActivationTallies tallies;
    private final FreshComputations<Key, Kept> lists;
    private final Counter takenIn;
    private final Counter readInFull;

    public AtRiskService(ActivationPlanningQueries queries, ActivationConfig config, Today today, RegisterRevision revision,
                         ActivationTallies tallies, MeterRegistry meters) {
        this.queries = queries;
        this.config = config;
        this.today = today;
        this.revision = revision;
        this.tallies = tallies;
        this.takenIn = computed(meters, "taken_in");
        this.readInFull = computed(meters, "full");
        this.lists = FreshComputations.ofRegister(revision, (key, earlier) -> compute(key, earlier, true),
                key -> compute(key, null, false), KEPT, COMPUTATION_TIMEOUT_SECONDS);
    }

    public LocalDate today() {
        return today.date();
    }

    /** The first 1 July after today: the default switch date. */
    public LocalDate nextSwitch() {
        return ReportReminders.nextSwitch(today.date());
    }

    /**
     * The scope's list, never older than the register's revision this request sees. Not in the caller's transaction.
     *
     * @param switchOn a date after today
     */
    public AtRiskList atRisk(LocalDate switchOn, RegisterScope scope) {
        return lists.get(new Key(today.date(), switchOn, scope)).list();
    }

    /** A page of the scope's early warning, its rows read when the page is served. */
    public AtRiskPage page(LocalDate switchOn, RegisterScope scope, PageRequest paging) {
        AtRiskList list = atRisk(switchOn, scope);
        return new AtRiskPage(list, QuarkusTransaction.joiningExisting().call(() -> queries.atRisk(list.today(),
                list.cooperatives().ranks(paging.offset() + 1, paging.offset() + paging.size()))));
    }

    /**
     * One computation, once its turn has come: for everyone in a transaction of its own that reads
     * one snapshot ({@code oneSnapshot}), from the list it replaces where it can; for a caller whose
     * transaction has written rows, in that transaction.
     */
    private Kept compute(Key key, Kept earlier, boolean oneSnapshot) {
        long[] lanes = oneSnapshot ? revision.lanes() : null;
        CooperativeRanking ranking = null;
        if (lanes != null && earlier != null && earlier.ranking() != null) {
            ranking = takeIn(key, earlier).orElse(null);
        }
        if (ranking != null) {
            takenIn.increment();
        } else {
            ranking = queries.atRiskRanked(key.today(), key.switchOn(), key.scope());
            readInFull.increment();
        }
        // A caller alone may have written rows around the service, which no tally counts: the rules count for it.
        ActivationTallies.Counted onSwitch = (oneSnapshot ? tallies.counted(key.switchOn(), key.scope()) : Optional.<ActivationTallies.Counted>empty())
                .orElseGet(() -> new ActivationTallies.Counted(queries.registered(key.switchOn(), key.scope()),
                        queries.inactiveCount(key.switchOn(), key.scope())));
        AtRiskList list = new AtRiskList(key.today(), key.switchOn(), config.target(), onSwitch.registered(),
                onSwitch.registered() - onSwitch.inactive(), ranking.cooperatives());
        boolean patchable = lanes != null && ranking.inOrder();
        return new Kept(list, patchable ? ranking : null, patchable ? lanes : null);
    }

    /** The earlier list with the cooperatives written since taken out and put back if at risk now, if the register still notes them all. */
    private Optional<CooperativeRanking> takeIn(Key key, Kept earlier) {
        Optional<Set<UUID>> written = revision.writtenSince(earlier.lanes(), TAKEN_IN_AT_MOST);
        if (written.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(written.get().isEmpty() ? earlier.ranking()
                : earlier.ranking().reranked(written.get(), queries.atRiskPlaces(key.today(), key.switchOn(), key.scope(), written.get())));
    }

    /** How many lists were computed each way: the operator's view of how often the whole register is read. */
    private static Counter computed(MeterRegistry meters, String way) {
        return Counter.builder("koperasi.at_risk.computations")
                .description("Early warning lists computed: taken_in (the writes since a kept one taken into it), full (the whole "
                        + "register read again)")
                .tag("way", way)
                .register(meters);
    }
}
