package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What-if: how hypothetical actions would move the activation figures as of a date, by the rules
 * ({@link StandingFacts#countedOn}, i.e. {@code StandingRules}) over the facts of the cooperatives
 * the actions name. Each affected cooperative leaves the cell it is counted in and enters the cell
 * its changed facts put it in; new cooperatives enter theirs. Added to the real figures of the date,
 * the changes give the figures the register would show had the actions been written.
 *
 * <p>Actions apply in order, as the API would take them, and are refused where the API would refuse
 * them or where they could not count as of the date: a report for a year not closed by the date,
 * a meeting before its year ended or after the date, a report before the founding year or for a
 * dissolved cooperative, a dissolution of a dissolved cooperative, before its founding or after the
 * date, a registration founded after the date. An open reactivation case that a report would close
 * changes no figure (the cooperative is then ACTIVE, and only inactive ones count as under reactivation).
 */
public final class Scenario {

    private Scenario() {
    }

    /** Why action number {@code action} (from 0) cannot be taken; {@code field} names what is at fault. */
    public record Refusal(int action, String field, String reason) {
    }

    /**
     * @param changes                 how many cooperatives each cell gains (negative: loses)
     * @param cooperativesAffected    existing cooperatives whose facts the actions change
     * @param cooperativesRegistered  new cooperatives the actions register
     * @param refusals                empty when every action can be taken
     */
    public record Outcome(LocalDate asOf, Map<TallyCell, Long> changes, int cooperativesAffected, long cooperativesRegistered,
                          List<Refusal> refusals) {

        public boolean possible() {
            return refusals.isEmpty();
        }
    }

    /**
     * @param register the current facts of (at least) every cooperative an action names; a missing
     *                 one is an unknown cooperative
     */
    public static Outcome evaluate(LocalDate asOf, Map<UUID, StandingFacts> register, List<ScenarioAction> actions) {
        Evaluation evaluation = new Evaluation(asOf, register);
        for (int i = 0; i < actions.size(); i++) {
            ScenarioAction action = actions.get(i);
            if (action instanceof ScenarioAction.FileReport file) {
                evaluation.file(i, file);
            } else if (action instanceof ScenarioAction.Dissolve dissolve) {
                evaluation.dissolve(i, dissolve);
            } else if (action instanceof ScenarioAction.Register add) {
                evaluation.register(i, add);
            }
        }
        return evaluation.outcome();
    }

    /** The facts as the actions so far left them. */
    private static final class Evaluation {

        private final LocalDate asOf;
        private final Map<UUID, StandingFacts> register;
        private final Map<UUID, StandingFacts> changed = new LinkedHashMap<>();
        private final Map<UUID, Integer> dissolvedBy = new HashMap<>();
        private final Map<StandingFacts, Long> registered = new LinkedHashMap<>();
        private final List<Refusal> refusals = new ArrayList<>();

        Evaluation(LocalDate asOf, Map<UUID, StandingFacts> register) {
            this.asOf = asOf;
            this.register = register;
        }

        void file(int index, ScenarioAction.FileReport file) {
            StandingFacts facts = current(index, file.cooperativeId());
            if (facts == null) {
                return;
            }
            int year = file.financialYear();
            List<Refusal> wrong = new ArrayList<>();
            if (facts.dissolvedOn() != null) {
                wrong.add(new Refusal(index, "cooperativeId", "cooperative " + file.cooperativeId() + " is dissolved"
                        + dissolution(file.cooperativeId(), facts) + ": it files no more reports"));
            }
            if (year < facts.foundedOn().getYear()) {
                wrong.add(new Refusal(index, "financialYear", "financial year " + year + " is before cooperative "
                        + file.cooperativeId() + " was founded (" + facts.foundedOn() + ")"));
            }
            if (year >= asOf.getYear()) {
                wrong.add(new Refusal(index, "financialYear", "financial year " + year + " has not closed by " + asOf));
            }
            if (!file.meetingDate().isAfter(LocalDate.of(year, 12, 31))) {
                wrong.add(new Refusal(index, "meetingDate", "meeting on " + file.meetingDate() + " is before the financial year "
                        + year + " ended"));
            }
            if (file.meetingDate().isAfter(asOf)) {
                wrong.add(new Refusal(index, "meetingDate", "meeting on " + file.meetingDate() + " is after " + asOf
                        + ": the report would not count as of it"));
            }
            if (wrong.isEmpty()) {
                changed.put(file.cooperativeId(), withReport(facts, year, file.meetingDate()));
            }
            refusals.addAll(wrong);
        }

        void dissolve(int index, ScenarioAction.Dissolve dissolve) {
            StandingFacts facts = current(index, dissolve.cooperativeId());
            if (facts == null) {
                return;
            }
            List<Refusal> wrong = new ArrayList<>();
            if (facts.dissolvedOn() != null) {
                wrong.add(new Refusal(index, "cooperativeId", "cooperative " + dissolve.cooperativeId() + " is dissolved already"
                        + dissolution(dissolve.cooperativeId(), facts)));
            }
            if (dissolve.dissolvedOn().isBefore(facts.foundedOn())) {
                wrong.add(new Refusal(index, "dissolvedOn", dissolve.dissolvedOn() + " is before cooperative "
                        + dissolve.cooperativeId() + " was founded (" + facts.foundedOn() + ")"));
            }
            if (dissolve.dissolvedOn().isAfter(asOf)) {
                wrong.add(new Refusal(index, "dissolvedOn", dissolve.dissolvedOn() + " is after " + asOf
                        + ": the dissolution would not count as of it"));
            }
            if (wrong.isEmpty()) {
                changed.put(dissolve.cooperativeId(), new StandingFacts(facts.kecamatanCode(), facts.jenis(), facts.kelompok(),
                        facts.foundedOn(), dissolve.dissolvedOn(), facts.reports(), facts.reactivationCases()));
                dissolvedBy.put(dissolve.cooperativeId(), index);
            }
            refusals.addAll(wrong);
        }

        void register(int index, ScenarioAction.Register add) {
            if (add.foundedOn().isAfter(asOf)) {
                refusals.add(new Refusal(index, "foundedOn", add.foundedOn() + " is after " + asOf
                        + ": the cooperatives would not be registered as of it"));
                return;
            }
            registered.merge(new StandingFacts(add.kecamatanCode(), add.jenis(), add.kelompok(), add.foundedOn(), null,
                    List.of(), List.of()), (long) add.count(), Long::sum);
        }

        Outcome outcome() {
            long newOnes = registered.values().stream().mapToLong(Long::longValue).sum();
            if (!refusals.isEmpty()) {
                return new Outcome(asOf, Map.of(), changed.size(), newOnes, List.copyOf(refusals));
            }
            Map<TallyCell, Long> changes = new HashMap<>();
            changed.forEach((id, after) -> {
                register.get(id).countedOn(asOf).ifPresent(cell -> changes.merge(cell, -1L, Long::sum));
                after.countedOn(asOf).ifPresent(cell -> changes.merge(cell, 1L, Long::sum));
            });
            registered.forEach((facts, count) -> facts.countedOn(asOf).ifPresent(cell -> changes.merge(cell, count, Long::sum)));
            changes.values().removeIf(count -> count == 0);
            return new Outcome(asOf, Map.copyOf(changes), changed.size(), newOnes, List.of());
        }

        /** The cooperative's facts as the earlier actions left them; null (and refused) when it is not in the register. */
        private StandingFacts current(int index, UUID id) {
            StandingFacts facts = changed.getOrDefault(id, register.get(id));
            if (facts == null) {
                refusals.add(new Refusal(index, "cooperativeId", "cooperative " + id + " is not in the register"));
            }
            return facts;
        }

        private String dissolution(UUID id, StandingFacts facts) {
            Integer byAction = dissolvedBy.get(id);
            return byAction == null ? " (on " + facts.dissolvedOn() + ")" : " (on " + facts.dissolvedOn() + ", by action " + byAction + ")";
        }
    }

    /** The facts with the year's report filed or corrected: only the meeting date and year count for the figures. */
    private static StandingFacts withReport(StandingFacts facts, int year, LocalDate meetingDate) {
        List<AnnualReportSummary> reports = new ArrayList<>(facts.reports().stream().filter(r -> r.financialYear() != year).toList());
        reports.add(new AnnualReportSummary(year, meetingDate, 0, 0, 0, 0, 0, 0, 0, 0));
        return new StandingFacts(facts.kecamatanCode(), facts.jenis(), facts.kelompok(), facts.foundedOn(), facts.dissolvedOn(),
                reports, facts.reactivationCases());
    }
}
