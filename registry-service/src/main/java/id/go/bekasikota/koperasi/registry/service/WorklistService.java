package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.registry.config.ActivationConfig;
import id.go.bekasikota.koperasi.registry.domain.RegisterScope;
import id.go.bekasikota.koperasi.registry.domain.Worklist;
import id.go.bekasikota.koperasi.registry.domain.WorklistCandidate;
import id.go.bekasikota.koperasi.registry.repository.ActivationPlanningQueries;
import id.go.bekasikota.koperasi.registry.repository.RegisterRevision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * The office's worklist to the activation target: every inactive cooperative of a scope, ranked
 * ({@link Worklist}). A few worklists are kept per register revision (the whole register's is
 * paged through and exported while nothing changes).
 */
@ApplicationScoped
public class WorklistService {

    /** Worklists kept; the whole register's holds one small record per inactive cooperative. */
    private static final int KEPT = 6;

    private record Key(LocalDate asOf, RegisterScope scope, LocalDate today) {
    }

    private final ActivationPlanningQueries queries;
    private final ActivationConfig config;
    private final Today today;
    private final RevisionCache<Key, Worklist> kept;

    public WorklistService(ActivationPlanningQueries queries, ActivationConfig config, Today today, RegisterRevision revision) {
        this.queries = queries;
        this.config = config;
        this.today = today;
        this.kept = new RevisionCache<>(revision, KEPT);
    }

    public LocalDate today() {
        return today.date();
    }

    /** The whole worklist as of the date; the caller pages it. */
    @Transactional
    public Worklist worklist(LocalDate asOf, RegisterScope scope) {
        LocalDate date = today.date();
        return kept.get(new Key(asOf, scope, date), () -> {
            long registered = queries.registered(asOf, scope);
            List<WorklistCandidate> inactive = queries.inactive(asOf, scope);
            return Worklist.rank(asOf, date, config.target(), registered, registered - inactive.size(), inactive);
        });
    }
}
