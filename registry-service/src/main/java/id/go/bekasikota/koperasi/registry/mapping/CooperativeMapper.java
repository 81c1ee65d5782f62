package id.go.bekasikota.koperasi.registry.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.contracts.registry.Standing;
import id.go.bekasikota.koperasi.platform.i18n.Languages;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import id.go.bekasikota.koperasi.platform.text.TrustedText;
import id.go.bekasikota.koperasi.registry.domain.CooperativeHistoryEntry;
import id.go.bekasikota.koperasi.registry.domain.ActivationStep;
import id.go.bekasikota.koperasi.registry.domain.AnnualReport;
import id.go.bekasikota.koperasi.registry.domain.AnnualReportFiling;
import id.go.bekasikota.koperasi.registry.domain.Cooperative;
import id.go.bekasikota.koperasi.registry.domain.CooperativeData;
import id.go.bekasikota.koperasi.registry.domain.CooperativeReplacement;
import id.go.bekasikota.koperasi.registry.domain.CooperativeWithStanding;
import id.go.bekasikota.koperasi.registry.domain.Dissolution;
import id.go.bekasikota.koperasi.registry.domain.Kecamatan;
import id.go.bekasikota.koperasi.registry.domain.ReactivationCase;
import id.go.bekasikota.koperasi.registry.domain.ReactivationVisit;
import id.go.bekasikota.koperasi.registry.rest.dto.AnnualReportRequest;
import id.go.bekasikota.koperasi.registry.rest.dto.AnnualReportView;
import id.go.bekasikota.koperasi.registry.rest.dto.BranchData;
import id.go.bekasikota.koperasi.registry.rest.dto.CooperativeHistoryView;
import id.go.bekasikota.koperasi.registry.rest.dto.CooperativeRequest;
import id.go.bekasikota.koperasi.registry.rest.dto.CooperativeView;
import id.go.bekasikota.koperasi.registry.rest.dto.DissolutionRequest;
import id.go.bekasikota.koperasi.registry.rest.dto.OfficeHolderData;
import id.go.bekasikota.koperasi.registry.rest.dto.ReactivationCaseView;
import id.go.bekasikota.koperasi.registry.rest.dto.StandingView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** API model <-> domain for cooperatives, their reports, standing and reactivation cases. */
@ApplicationScoped
public class CooperativeMapper {

    private final ObjectMapper objectMapper;
    private final Validator validator;
    private final Validator storedReports;

    public CooperativeMapper(ObjectMapper objectMapper, Validator validator, ValidatorFactory validators) {
        this.objectMapper = objectMapper;
        this.validator = validator;
        this.storedReports = validators.usingContext().messageInterpolator(inDefaultLanguage(validators.getMessageInterpolator()))
                .getValidator();
    }

    /**
     * Messages in {@link Languages#DEFAULT} whatever the request's {@code Accept-Language}: an import's
     * report is stored and read later by anyone, in English as its other messages (docs/CONVENTIONS.md).
     */
    private static MessageInterpolator inDefaultLanguage(MessageInterpolator interpolator) {
        return new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return interpolator.interpolate(template, context, Languages.DEFAULT);
            }

            @Override
            public String interpolate(String template, Context context, Locale locale) {
                return interpolator.interpolate(template, context, Languages.DEFAULT);
            }
        };
    }

    /** A row of the bulk import read as registered data, or the errors of its cells and fields. */
    public record CsvRow(CooperativeData data, List<Problem.FieldError> errors) {
    }

    /**
     * The request as registered data. Text arrives normalised by the request's annotations (NFC,
     * trimmed); what is left blank is no value, so that equal data compares equal; a list left out is none.
     */
    public CooperativeData toData(CooperativeRequest r) {
        return new CooperativeData(text(r.cooperativeNumber()), text(r.name()), text(r.legalEntityNumber()), r.legalEntityDate(),
                r.jenis(), r.bentuk(), r.kelompok(), text(r.kbliCode()), text(r.kbliEdition()), r.savingsLoanScope(),
                text(r.address()), text(r.kecamatanCode()), text(r.kelurahan()), r.foundedOn(), text(r.phone()), text(r.email()),
                r.board() == null ? null : r.board().stream().map(CooperativeMapper::person).toList(),
                r.supervisors() == null ? null : r.supervisors().stream().map(CooperativeMapper::person).toList(),
                r.branches() == null ? null : r.branches().stream()
                        .map(b -> new CooperativeData.BranchOffice(text(b.name()), text(b.address()), text(b.kecamatanCode()))).toList());
    }

    /** A full update: the data, and which of its lists the request named (those it left out stay as they are). */
    public CooperativeReplacement toReplacement(CooperativeRequest r) {
        return new CooperativeReplacement(toData(r), r.board() != null, r.supervisors() != null, r.branches() != null);
    }

    /** The registered data as a request: what a full update would send to change nothing. */
    public CooperativeRequest toRequest(CooperativeData d) {
        return new CooperativeRequest(d.cooperativeNumber(), d.name(), d.legalEntityNumber(), d.legalEntityDate(), d.jenis(), d.bentuk(),
                d.kelompok(), d.kbliCode(), d.kbliEdition(), d.savingsLoanScope(), d.address(), d.kecamatanCode(), d.kelurahan(),
                d.foundedOn(), d.phone(), d.email(), holders(d.board()), holders(d.supervisors()), branches(d.branches()));
    }

    /**
     * A JSON merge patch (RFC 7396) applied to the registered data, read and validated as the body
     * of a full update would be: a body that is not JSON, a value of the wrong type, an unknown or read-only field fails
     * reading (the problem mappers name the field), an invalid one validation.
     */
    public CooperativeData mergePatch(CooperativeData current, String mergePatch) throws JsonProcessingException {
        // Not JSON, or a member named twice: the problem mappers answer as for any body (line and column, or the field).
        JsonNode patch = objectMapper.readTree(mergePatch == null ? "" : mergePatch);
        if (patch == null || !patch.isObject()) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, Text.of("registry.patch.not-object"));
        }
        JsonNode merged = MergePatch.apply(objectMapper.valueToTree(toRequest(current)), patch);
        CooperativeRequest request = objectMapper.treeToValue(merged, CooperativeRequest.class);
        Set<ConstraintViolation<CooperativeRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return toData(request);
    }

    /**
     * A row of the bulk import over a base (the existing cooperative's data, or none), validated by
     * the API's bean validation: unreadable cells first, then the other fields at fault.
     */
    public CsvRow fromCsv(Map<String, String> cells, CooperativeData base) {
        Map<String, String> cellErrors = new LinkedHashMap<>();
        CooperativeRequest request = CooperativeCsv.read(cells, base == null ? null : toRequest(base), cellErrors);
        List<Problem.FieldError> errors = new ArrayList<>();
        cellErrors.forEach((field, message) -> errors.add(new Problem.FieldError(field, message)));
        storedReports.validate(request).stream()
                .map(v -> new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .filter(error -> !cellErrors.containsKey(error.field()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .forEach(errors::add);
        return errors.isEmpty() ? new CsvRow(toData(request), List.of()) : new CsvRow(null, List.copyOf(errors));
    }

    public AnnualReportFiling toFiling(AnnualReportRequest r) {
        return new AnnualReportFiling(r.financialYear(), r.meetingDate(), r.membersMale(), r.membersFemale(), r.employees(),
                r.ownCapital(), r.externalCapital(), r.assets(), r.turnover(), r.surplus());
    }

    public Dissolution toDissolution(DissolutionRequest r) {
        return new Dissolution(r.dissolvedOn(), r.legalBasis());
    }

    /** What a caller reads of a cooperative (DESIGN 7). */
    public enum Detail {
        /** Anyone: the public register, no contact data. */
        PUBLIC,
        /**
         * Another government system ({@code system}): the full register without the board and supervisors, the cooperative's own
         * contact data included (personal data where a small cooperative's phone is its chairman's: its reads are logged).
         */
        REGISTER,
        /** Officers, auditors and the cooperative itself: also the board, the supervisors and who recorded a dissolution. */
        FULL
    }

    public CooperativeView toView(CooperativeWithStanding found, Detail detail) {
        return toView(found, detail, true);
    }

    /**
     * A cooperative in a list (a search's page): as {@link #toView(CooperativeWithStanding, Detail)}, but never its board
     * and supervisors, whoever asks. Their names, personal NIKs and phones are read one cooperative at a time, not a
     * hundred a page (data minimisation, UU 27/2022): the office pages through the register to find, not to collect.
     */
    public CooperativeView toListView(CooperativeWithStanding found, Detail detail) {
        return toView(found, detail, false);
    }

    private CooperativeView toView(CooperativeWithStanding found, Detail detail, boolean holdersShown) {
        Cooperative c = found.cooperative();
        Standing standing = found.standing();
        CooperativeData data = c.data();
        boolean contact = detail != Detail.PUBLIC;
        boolean full = detail == Detail.FULL;
        boolean holders = full && holdersShown;
        return new CooperativeView(c.id, c.cooperativeNumber, c.name, c.legalEntityNumber, c.legalEntityDate,
                c.jenis.name(), c.bentuk.name(), c.kelompok.name(), c.kbliCode, c.kbliEdition,
                c.savingsLoanScope == null ? null : c.savingsLoanScope.name(), c.address, c.kecamatanCode,
                kecamatanName(c.kecamatanCode), c.kelurahan, c.foundedOn,
                contact ? c.phone : null, contact ? c.email : null,
                holders ? holders(data.board()) : null, holders ? holders(data.supervisors()) : null,
                branches(data.branches()), c.latestMembers, c.latestReportYear, c.latestAssets, c.dissolvedOn, c.dissolutionLegalBasis,
                full ? c.dissolvedBy : null, full ? c.dissolutionRecordedAt : null,
                standing.status().name(), standing.grade().name(), found.underReactivation(), c.createdAt, c.updatedAt, c.version);
    }

    public CooperativeHistoryView toView(CooperativeHistoryEntry e) {
        return new CooperativeHistoryView(e.cooperativeVersion, e.action, e.changedFields == null ? List.of() : List.of(e.changedFields),
                e.actor, e.actorRole, e.importId, e.occurredAt);
    }

    public AnnualReportView toView(AnnualReport r, UUID cooperativeId) {
        return new AnnualReportView(r.id, cooperativeId, r.financialYear, r.revision, r.current, r.meetingDate,
                r.membersMale, r.membersFemale, r.employees, r.ownCapital, r.externalCapital, r.assets, r.turnover,
                r.surplus, r.filedAt, r.filedBy);
    }

    public StandingView toView(UUID cooperativeId, Standing s, boolean underReactivation, java.util.Optional<ActivationStep> nextStep) {
        return new StandingView(cooperativeId, s.asOf(), s.latestDueYear(), s.status().name(), s.grade().name(),
                s.newCooperative(), s.dissolutionCandidate(), ReactivationCase.flags(s.status(), underReactivation),
                s.reportedWindowYears(), s.reasons(), nextStep.map(ActivationPlanningMapper::step).orElse(null));
    }

    public ReactivationCaseView toView(ReactivationCase c) {
        return new ReactivationCaseView(c.id, c.cooperativeId, c.status.name(), c.openedOn, c.openedBy, c.reason,
                c.closedOn, c.closedBy, c.outcome == null ? null : c.outcome.name(),
                c.latestVisits().stream().map(this::toView).toList(), c.visits.size(), c.version);
    }

    public ReactivationCaseView.Visit toView(ReactivationVisit v) {
        return new ReactivationCaseView.Visit(v.visitedOn, v.notes, v.nextSteps, v.recordedBy, v.recordedAt);
    }

    public static String kecamatanName(String code) {
        return Kecamatan.byCode(code).map(Kecamatan::displayName).orElse(null);
    }

    private static CooperativeData.Person person(OfficeHolderData p) {
        return new CooperativeData.Person(text(p.name()), text(p.position()), text(p.personalNik()), text(p.phone()));
    }

    private static List<OfficeHolderData> holders(List<CooperativeData.Person> people) {
        return people.stream().map(p -> new OfficeHolderData(p.name(), p.position(), p.personalNik(), p.phone())).toList();
    }

    private static List<BranchData> branches(List<CooperativeData.BranchOffice> offices) {
        return offices.stream().map(b -> new BranchData(b.name(), b.address(), b.kecamatanCode())).toList();
    }

    /** Text normalised (the annotations did it for the fields of JSON bodies that carry them); blank is no value. */
    public static String text(String value) {
        String normalised = TrustedText.normalise(value);
        return normalised == null || normalised.isEmpty() ? null : normalised;
    }
}
