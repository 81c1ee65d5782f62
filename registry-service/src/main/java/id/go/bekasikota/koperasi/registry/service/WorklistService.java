package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.registry.config.ActivationConfig;
import id.go.bekasikota.koperasi.registry.domain.RegisterScope;
import id.go.bekasikota.koperasi.registry.domain.Worklist;
import id.go.bekasikota.koperasi.registry.domain.WorklistCandidate;
import id.go.bekasikota.koperasi.registry.repository.ActivationPlanningQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/** The office's worklist to the activation target: every inactive cooperative of a scope, ranked ({@link Worklist}). */
@ApplicationScoped
public class WorklistService {

    private final ActivationPlanningQueries queries;
    private final ActivationConfig config;
    private final Today today;

    public WorklistService(ActivationPlanningQueries queries, ActivationConfig config, Today today) {
        this.queries = queries;
        this.config = config;
        this.today = today;
    }

    public LocalDate today() {
        return today.date();
    }

    /** The whole worklist as of the date; the caller pages it. */
    @Transactional
    public Worklist worklist(LocalDate asOf, RegisterScope scope) {
        long registered = queries.registered(asOf, scope);
        List<WorklistCandidate> inactive = queries.inactive(asOf, scope);
        return Worklist.rank(asOf, today.date(), config.target(), registered, registered - inactive.size(), inactive);
    }
}
