package id.go.bekasikota.koperasi.registry.mapping;

import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import id.go.bekasikota.koperasi.contracts.registry.RatGrade;
import id.go.bekasikota.koperasi.contracts.registry.StandingRules;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.InvalidField;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.registry.domain.ActivationMath;
import id.go.bekasikota.koperasi.registry.domain.ActivationStep;
import id.go.bekasikota.koperasi.registry.domain.AtRiskList;
import id.go.bekasikota.koperasi.registry.domain.RegisterScope;
import id.go.bekasikota.koperasi.registry.domain.Scenario;
import id.go.bekasikota.koperasi.registry.domain.ScenarioAction;
import id.go.bekasikota.koperasi.registry.domain.TallyCell;
import id.go.bekasikota.koperasi.registry.domain.Worklist;
import id.go.bekasikota.koperasi.registry.domain.WorklistCandidate;
import id.go.bekasikota.koperasi.registry.rest.dto.ActivationDashboardView;
import id.go.bekasikota.koperasi.registry.rest.dto.ActivationDashboardView.Figures;
import id.go.bekasikota.koperasi.registry.rest.dto.ActivationDashboardView.Group;
import id.go.bekasikota.koperasi.registry.rest.dto.ActivationStepView;
import id.go.bekasikota.koperasi.registry.rest.dto.AtRiskView;
import id.go.bekasikota.koperasi.registry.rest.dto.ScenarioRequest;
import id.go.bekasikota.koperasi.registry.rest.dto.ScenarioView;
import id.go.bekasikota.koperasi.registry.rest.dto.WorklistView;
import id.go.bekasikota.koperasi.registry.service.AtRiskService.AtRiskPage;
import id.go.bekasikota.koperasi.registry.service.WorklistService.Ranked;
import id.go.bekasikota.koperasi.registry.service.WorklistService.WorklistPage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The worklist, the early warning and scenarios between the API and the domain. */
public final class ActivationPlanningMapper {

    private ActivationPlanningMapper() {
    }

    /** A page of the worklist with the scope's figures. */
    public static WorklistView worklist(WorklistPage page, RegisterScope scope, PageRequest paging) {
        Worklist worklist = page.worklist();
        List<WorklistView.WorklistItemView> items = page.steps().stream().map(step -> item(worklist, step)).toList();
        return new WorklistView(worklist.asOf(), worklist.latestDueYear(), worklist.target(), scope(scope),
                worklist.registered(), worklist.active(), worklist.size(), worklist.ratio(), worklist.gap(), items,
                Page.of(items, paging, worklist.size()).page());
    }

    /** A step of the worklist: the cooperative at its rank. */
    public static WorklistView.WorklistItemView item(Worklist worklist, Ranked step) {
        WorklistCandidate c = step.candidate();
        return new WorklistView.WorklistItemView(step.rank(), c.id(), c.cooperativeNumber(), c.name(), c.kecamatanCode(),
                CooperativeMapper.kecamatanName(c.kecamatanCode()), c.jenis(), c.kelompok(), worklist.grade(c).name(),
                c.latestReportYear(), c.underReactivation(), c.lastContactOn(), step(worklist.step(c)),
                worklist.ratioAfter(step.rank()), worklist.gapAfter(step.rank()));
    }

    /** The scope as a list names it: the kecamatan's code, jenis and kelompok asked for, each absent when not. */
    private static WorklistView.Scope scope(RegisterScope scope) {
        return new WorklistView.Scope(scope.kecamatanCode(), scope.jenis() == null ? null : scope.jenis().name(),
                scope.kelompok() == null ? null : scope.kelompok().name());
    }

    public static AtRiskView atRisk(AtRiskPage page, RegisterScope scope, PageRequest paging) {
        AtRiskList list = page.list();
        int size = list.cooperatives().size();
        List<AtRiskView.AtRiskItemView> items = page.cooperatives().stream()
                .map(c -> new AtRiskView.AtRiskItemView(c.id(), c.cooperativeNumber(), c.name(), c.kecamatanCode(),
                        CooperativeMapper.kecamatanName(c.kecamatanCode()), c.jenis(), c.kelompok(), c.latestReportYear(),
                        c.underReactivation(), step(list.step(c))))
                .toList();
        return new AtRiskView(list.today(), list.switchOn(), StandingRules.latestDueYear(list.today()),
                StandingRules.latestDueYear(list.switchOn()), list.target(), scope(scope), size, list.registeredOnSwitch(),
                list.activeOnSwitch(), list.ratioOnSwitch(), list.gapOnSwitch(), items, Page.of(items, paging, size).page());
    }

    /**
     * The request's actions, each with exactly the fields of its type.
     *
     * @throws ProblemException validation (400) naming every missing or foreign field
     */
    public static List<ScenarioAction> actions(ScenarioRequest request, LocalDate asOf) {
        List<InvalidField> errors = new ArrayList<>();
        List<ScenarioAction> actions = new ArrayList<>();
        for (int i = 0; i < request.actions().size(); i++) {
            ScenarioRequest.Action a = request.actions().get(i);
            String at = "actions[" + i + "].";
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("cooperativeId", a.cooperativeId());
            fields.put("financialYear", a.financialYear());
            fields.put("meetingDate", a.meetingDate());
            fields.put("dissolvedOn", a.dissolvedOn());
            fields.put("count", a.count());
            fields.put("kecamatanCode", a.kecamatanCode());
            fields.put("jenis", a.jenis());
            fields.put("kelompok", a.kelompok());
            fields.put("foundedOn", a.foundedOn());
            List<String> required = switch (a.type()) {
                case FILE_REPORT -> List.of("cooperativeId", "financialYear", "meetingDate");
                case DISSOLVE -> List.of("cooperativeId", "dissolvedOn");
                case REGISTER -> List.of("count", "kecamatanCode", "jenis", "kelompok");
            };
            List<String> optional = a.type() == ScenarioRequest.Type.REGISTER ? List.of("foundedOn") : List.of();
            fields.forEach((field, value) -> {
                if (value == null && required.contains(field)) {
                    errors.add(InvalidField.of(at + field, "registry.planning.required-for", a.type()));
                } else if (value != null && !required.contains(field) && !optional.contains(field)) {
                    errors.add(InvalidField.of(at + field, "registry.planning.not-applicable", a.type()));
                }
            });
            if (errors.isEmpty()) {
                actions.add(switch (a.type()) {
                    case FILE_REPORT -> new ScenarioAction.FileReport(a.cooperativeId(), a.financialYear(), a.meetingDate());
                    case DISSOLVE -> new ScenarioAction.Dissolve(a.cooperativeId(), a.dissolvedOn());
                    case REGISTER -> new ScenarioAction.Register(a.count(), a.kecamatanCode(), a.jenis().name(), a.kelompok().name(),
                            a.foundedOn() == null ? asOf : a.foundedOn());
                });
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        return actions;
    }

    /** The real dashboard of the date, the figures the scenario's changes give, and the difference. */
    public static ScenarioView scenario(ActivationDashboardView real, Scenario.Outcome outcome, int actions) {
        Map<TallyCell, Long> changes = outcome.changes();
        BigDecimal target = real.target();
        Figures total = apply(real.total(), changes, cell -> true, target);
        return new ScenarioView(real.asOf(), real.latestDueYear(), real.target(), actions, outcome.cooperativesAffected(),
                outcome.cooperativesRegistered(), real.total(), total, difference(real.total(), total),
                compare(real.byKecamatan(), changes, TallyCell::kecamatanCode, target),
                compare(real.byJenis(), changes, TallyCell::jenis, target),
                compare(real.byKelompok(), changes, TallyCell::kelompok, target));
    }

    private static List<ScenarioView.GroupComparison> compare(List<Group> groups, Map<TallyCell, Long> changes,
                                                              Function<TallyCell, String> key, BigDecimal target) {
        return groups.stream().map(group -> {
            Figures scenario = apply(group.figures(), changes, cell -> key.apply(cell).equals(group.key()), target);
            return ScenarioView.GroupComparison.of(group, scenario, difference(group.figures(), scenario));
        }).toList();
    }

    /** The figures with the changes of the matching cells added, counted as the dashboard counts them. */
    private static Figures apply(Figures figures, Map<TallyCell, Long> changes, java.util.function.Predicate<TallyCell> in,
                                 BigDecimal target) {
        long registered = figures.registered();
        long active = figures.active();
        long inactive = figures.inactive();
        long fresh = figures.newCooperatives();
        long dissolved = figures.dissolved();
        long candidates = figures.dissolutionCandidates();
        long reactivating = figures.underReactivation();
        Map<String, Long> grades = new LinkedHashMap<>(figures.grades());
        for (Map.Entry<TallyCell, Long> change : changes.entrySet()) {
            TallyCell cell = change.getKey();
            long n = change.getValue();
            if (!in.test(cell)) {
                continue;
            }
            if (cell.status() == ActivityStatus.DISSOLVED) {
                dissolved += n;
                continue;
            }
            registered += n;
            grades.merge(cell.grade().name(), n, Long::sum);
            active += cell.status() == ActivityStatus.ACTIVE ? n : 0;
            inactive += cell.status() == ActivityStatus.INACTIVE ? n : 0;
            fresh += cell.grade() == RatGrade.NEW ? n : 0;
            candidates += cell.grade() == RatGrade.D ? n : 0;
            reactivating += cell.status() == ActivityStatus.INACTIVE && cell.underReactivation() ? n : 0;
        }
        return new Figures(registered, active, inactive, fresh, dissolved, candidates, reactivating,
                ActivationMath.ratio(target, active, registered), ActivationMath.gap(target, active, registered), grades);
    }

    private static Figures difference(Figures real, Figures scenario) {
        Map<String, Long> grades = new LinkedHashMap<>();
        scenario.grades().forEach((grade, count) -> grades.put(grade, count - real.grades().getOrDefault(grade, 0L)));
        return new Figures(scenario.registered() - real.registered(), scenario.active() - real.active(),
                scenario.inactive() - real.inactive(), scenario.newCooperatives() - real.newCooperatives(),
                scenario.dissolved() - real.dissolved(), scenario.dissolutionCandidates() - real.dissolutionCandidates(),
                scenario.underReactivation() - real.underReactivation(), scenario.ratio().subtract(real.ratio()),
                scenario.gap() - real.gap(), grades);
    }

    static ActivationStepView step(ActivationStep step) {
        return new ActivationStepView(step.financialYear(), step.meetingFrom(), step.meetingBy());
    }
}
