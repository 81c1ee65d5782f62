package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.InvalidField;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.registry.domain.Scenario;
import id.go.bekasikota.koperasi.registry.domain.ScenarioAction;
import id.go.bekasikota.koperasi.registry.domain.StandingFacts;
import id.go.bekasikota.koperasi.registry.repository.StandingFactsReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What-if scenarios: hypothetical actions evaluated in Java by the rules over the facts of the
 * cooperatives they name ({@link Scenario}); nothing is written. The figures they move are added to
 * the real dashboard's by the caller.
 */
@ApplicationScoped
public class ScenarioService {

    private final StandingFactsReader facts;
    private final Today today;

    public ScenarioService(StandingFactsReader facts, Today today) {
        this.facts = facts;
        this.today = today;
    }

    public LocalDate today() {
        return today.date();
    }

    /**
     * @throws ProblemException rule-violation (422) naming every unknown cooperative and impossible action
     */
    @Transactional
    public Scenario.Outcome evaluate(LocalDate asOf, List<ScenarioAction> actions) {
        List<UUID> named = actions.stream().map(ScenarioService::cooperativeOf).filter(java.util.Objects::nonNull).toList();
        Map<UUID, StandingFacts> register = facts.read(named);
        Scenario.Outcome outcome = Scenario.evaluate(asOf, register, actions);
        if (!outcome.possible()) {
            List<InvalidField> errors = outcome.refusals().stream()
                    .map(r -> new InvalidField("actions[" + r.action() + "]." + r.field(), Text.verbatim(r.reason()))).toList();
            List<String> reasons = outcome.refusals().stream().map(r -> "actions[" + r.action() + "]: " + r.reason()).toList();
            throw new ProblemException(ProblemType.RULE_VIOLATION, reasons.size() == 1 ? Text.of("registry.planning.refused.one")
                    : Text.of("registry.planning.refused.many", reasons.size()), errors, Map.of("reasons", reasons));
        }
        return outcome;
    }

    private static UUID cooperativeOf(ScenarioAction action) {
        if (action instanceof ScenarioAction.FileReport file) {
            return file.cooperativeId();
        }
        return action instanceof ScenarioAction.Dissolve dissolve ? dissolve.cooperativeId() : null;
    }
}
