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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * The early warning: who is active today and inactive on a coming switch date unless they file.
 * Kept per register revision, as the worklist: as ids, the rows of a page read when it is served.
 */
@ApplicationScoped
public class AtRiskService {

    private static final int KEPT = 4;

    /** A page of the early warning: the list's figures and the page's cooperatives, read as it was served. */
    public record AtRiskPage(AtRiskList list, List<AtRiskCooperative> cooperatives) {
    }

    private record Key(LocalDate today, LocalDate switchOn) {
    }

    private final ActivationPlanningQueries queries;
    private final ActivationConfig config;
    private final Today today;
    private final RevisionCache<Key, AtRiskList> kept;

    public AtRiskService(ActivationPlanningQueries queries, ActivationConfig config, Today today, RegisterRevision revision) {
        this.queries = queries;
        this.config = config;
        this.today = today;
        this.kept = new RevisionCache<>(revision, KEPT);
    }

    public LocalDate today() {
        return today.date();
    }

    /** The first 1 July after today: the default switch date. */
    public LocalDate nextSwitch() {
        return ReportReminders.nextSwitch(today.date());
    }

    /** @param switchOn a date after today */
    @Transactional
    public AtRiskList atRisk(LocalDate switchOn) {
        LocalDate date = today.date();
        return kept.get(new Key(date, switchOn), () -> {
            long registered = queries.registered(switchOn, RegisterScope.WHOLE);
            long inactive = queries.inactiveCount(switchOn);
            return new AtRiskList(date, switchOn, config.target(), registered, registered - inactive, queries.atRiskRanked(date, switchOn));
        });
    }

    /** A page of the early warning, its rows read in the same transaction. */
    @Transactional
    public AtRiskPage page(LocalDate switchOn, PageRequest paging) {
        AtRiskList list = atRisk(switchOn);
        return new AtRiskPage(list, queries.atRisk(list.today(),
                list.cooperatives().ranks(paging.offset() + 1, paging.offset() + paging.size())));
    }
}
