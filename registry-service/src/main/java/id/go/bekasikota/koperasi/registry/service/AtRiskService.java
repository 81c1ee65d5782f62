package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.registry.config.ActivationConfig;
import id.go.bekasikota.koperasi.registry.domain.AtRiskCooperative;
import id.go.bekasikota.koperasi.registry.domain.AtRiskList;
import id.go.bekasikota.koperasi.registry.domain.RegisterScope;
import id.go.bekasikota.koperasi.registry.domain.ReportReminders;
import id.go.bekasikota.koperasi.registry.repository.ActivationPlanningQueries;
import id.go.bekasikota.koperasi.registry.repository.RegisterRevision;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;

/**
 * The early warning: who is active today and inactive on a coming switch date unless they file.
 * Kept per register revision and computed as the worklist is ({@link FreshComputations}, outside
 * the caller's transaction): as ids, the rows of a page read when it is served.
 */
@ApplicationScoped
public class AtRiskService {

    private static final int KEPT = 4;
    /** A national register's list takes seconds; the default transaction timeout is one minute. */
    private static final int COMPUTATION_TIMEOUT_SECONDS = 120;

    /** A page of the early warning: the list's figures and the page's cooperatives, read as it was served. */
    public record AtRiskPage(AtRiskList list, List<AtRiskCooperative> cooperatives) {
    }

    private record Key(LocalDate today, LocalDate switchOn) {
    }

    private final ActivationPlanningQueries queries;
    private final ActivationConfig config;
    private final Today today;
    private final FreshComputations<Key, AtRiskList> lists;

    public AtRiskService(ActivationPlanningQueries queries, ActivationConfig config, Today today, RegisterRevision revision) {
        this.queries = queries;
        this.config = config;
        this.today = today;
        this.lists = FreshComputations.ofRegister(revision, this::compute, KEPT, COMPUTATION_TIMEOUT_SECONDS);
    }

    public LocalDate today() {
        return today.date();
    }

    /** The first 1 July after today: the default switch date. */
    public LocalDate nextSwitch() {
        return ReportReminders.nextSwitch(today.date());
    }

    /**
     * The list, never older than the register's revision this request sees. Not in the caller's transaction.
     *
     * @param switchOn a date after today
     */
    public AtRiskList atRisk(LocalDate switchOn) {
        return lists.get(new Key(today.date(), switchOn));
    }

    /** A page of the early warning, its rows read when the page is served. */
    public AtRiskPage page(LocalDate switchOn, PageRequest paging) {
        AtRiskList list = atRisk(switchOn);
        return new AtRiskPage(list, QuarkusTransaction.joiningExisting().call(() -> queries.atRisk(list.today(),
                list.cooperatives().ranks(paging.offset() + 1, paging.offset() + paging.size()))));
    }

    /** One computation, in a transaction of its own, once its turn has come. */
    private AtRiskList compute(Key key) {
        long registered = queries.registered(key.switchOn(), RegisterScope.WHOLE);
        long inactive = queries.inactiveCount(key.switchOn());
        return new AtRiskList(key.today(), key.switchOn(), config.target(), registered, registered - inactive,
                queries.atRiskRanked(key.today(), key.switchOn()));
    }
}
