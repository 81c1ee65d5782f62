package id.go.bekasikota.koperasi.financing.service;

import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.security.ActorRole;
import id.go.bekasikota.koperasi.financing.domain.Eligibility;
import id.go.bekasikota.koperasi.financing.domain.FinancingProgram;
import id.go.bekasikota.koperasi.financing.domain.LoanAction;
import id.go.bekasikota.koperasi.financing.domain.LoanApplication;
import id.go.bekasikota.koperasi.financing.domain.LoanApplicationState;
import id.go.bekasikota.koperasi.financing.domain.LoanDocument;
import id.go.bekasikota.koperasi.financing.rest.dto.DecisionRequest;
import id.go.bekasikota.koperasi.financing.rest.dto.DisbursementRequest;
import id.go.bekasikota.koperasi.financing.rest.dto.LoanApplicationPatch;
import id.go.bekasikota.koperasi.financing.rest.dto.LoanApplicationRequest;
import id.go.bekasikota.koperasi.platform.http.EntityTags;
import id.go.bekasikota.koperasi.platform.outbox.DomainEvent;
import id.go.bekasikota.koperasi.platform.outbox.EventOutbox;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.projection.CooperativeProjection;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Loan applications through their lifecycle: the cooperative (or an officer for it) prepares and
 * submits; the office verifies, returns, recommends or rejects and forwards; the partner decides
 * and disburses. Each step is one transaction: the state, its history line and its events in the
 * outbox are written together or not at all.
 *
 * <p>Who may see an application decides what "not found" means: an application the caller may
 * not see is answered as not found, so that ids of other cooperatives' or partners' applications
 * reveal nothing.
 */
@ApplicationScoped
public class LoanApplicationService {

    /** Actions of the office on an application. */
    private static final Set<LoanAction> OFFICE_ACTIONS = EnumSet.of(LoanAction.VERIFY, LoanAction.RETURN,
            LoanAction.RECOMMEND, LoanAction.REJECT, LoanAction.FORWARD);
    /** Actions of the applicant (or an officer on its behalf). */
    private static final Set<LoanAction> APPLICANT_ACTIONS = EnumSet.of(LoanAction.SUBMIT, LoanAction.WITHDRAW);
    /** Actions that must say why. */
    private static final Set<LoanAction> NEED_REASON = EnumSet.of(LoanAction.RETURN, LoanAction.REJECT);

    private final EventOutbox outbox;
    private final FinancingProgramService programs;
    private final EligibilityService eligibility;
    private final Today today;

    public LoanApplicationService(EventOutbox outbox, FinancingProgramService programs, EligibilityService eligibility,
                                  Today today) {
        this.outbox = outbox;
        this.programs = programs;
        this.eligibility = eligibility;
        this.today = today;
    }

    /** A new DRAFT for the caller's cooperative (a cooperative account) or the one named (an officer). */
    @Transactional
    public LoanApplication create(LoanApplicationRequest request, Actor actor) {
        UUID cooperativeId = applicantOf(request.cooperativeId(), actor);
        CooperativeProjection cooperative = CooperativeProjection.<CooperativeProjection>findByIdOptional(cooperativeId)
                .orElseThrow(() -> ProblemException.invalid("cooperativeId",
                        "is not a cooperative of the register (as known to this service)"));
        FinancingProgram program = programs.find(request.programId())
                .orElseThrow(() -> ProblemException.invalid("programId", "is not a financing program"));
        LoanApplication application = new LoanApplication();
        List<DomainEvent> events = application.open(cooperativeId, cooperative.name, program, request.amount(),
                request.tenorMonths(), request.purpose().strip(), actor, today.now());
        application.persist();
        outbox.append(events);
        return application;
    }

    /** Corrections while DRAFT or RETURNED; needs If-Match. */
    @Transactional
    public LoanApplication correct(UUID id, String ifMatch, LoanApplicationPatch patch, Actor actor) {
        LoanApplication application = lockVisible(id, actor);
        requireApplicantOrOffice(application, actor, "change the application");
        EntityTags.requireMatch(ifMatch, application.version);
        FinancingProgram program = null;
        if (patch.programId() != null && !patch.programId().equals(application.programId)) {
            program = programs.find(patch.programId())
                    .orElseThrow(() -> ProblemException.invalid("programId", "is not a financing program"));
        }
        application.correct(program, patch.amount(), patch.tenorMonths(),
                patch.purpose() == null ? null : patch.purpose().strip(), today.now());
        return application;
    }

    /**
     * One move of the state machine by the applicant or the office. Submission checks every
     * eligibility rule and the program's required documents and refuses (422) with all reasons.
     *
     * @param ifMatch optional: when given, the application must not have changed since it was read
     */
    @Transactional
    public LoanApplication act(UUID id, LoanAction action, String reason, String ifMatch, Actor actor) {
        LoanApplication application = lockVisible(id, actor);
        if (ifMatch != null) {
            EntityTags.requireMatch(ifMatch, application.version);
        }
        if (OFFICE_ACTIONS.contains(action)) {
            if (actor.role() != ActorRole.OFFICER) {
                throw ProblemException.forbidden("Only an officer may " + action.label() + " an application");
            }
        } else if (APPLICANT_ACTIONS.contains(action)) {
            requireApplicantOrOffice(application, actor, action.label() + " the application");
        } else {
            throw new IllegalArgumentException(action + " is not an action of the applicant or the office");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (NEED_REASON.contains(action) && why == null) {
            throw ProblemException.invalid("reason", "is required to " + action.label() + " an application");
        }
        action.from(application.state);
        if (action == LoanAction.SUBMIT) {
            requireEligible(application);
        }
        outbox.append(application.move(action, actor, why, today.now()));
        return application;
    }

    /** The partner's decision on an application forwarded to it. */
    @Transactional
    public LoanApplication decide(UUID id, DecisionRequest decision, Actor partner) {
        LoanApplication application = lockVisible(id, partner);
        requirePartner(application, partner);
        if (decision.decision() == DecisionRequest.Decision.DECLINE) {
            if (decision.reason() == null || decision.reason().isBlank()) {
                throw ProblemException.invalid("reason", "is required to decline an application");
            }
            if (decision.amount() != null || decision.annualRate() != null || decision.tenorMonths() != null) {
                throw ProblemException.invalid("decision", "a decline carries no amount, annualRate or tenorMonths");
            }
            outbox.append(application.move(LoanAction.DECLINE, partner, decision.reason().strip(), today.now()));
            return application;
        }
        LoanAction.APPROVE.from(application.state);
        FinancingProgram program = programs.require(application.programId);
        long amount = decision.amount() != null ? decision.amount() : application.requestedAmount;
        int tenor = decision.tenorMonths() != null ? decision.tenorMonths() : application.requestedTenorMonths;
        BigDecimal rate = decision.annualRate() != null ? decision.annualRate() : program.annualRate;
        List<Problem.FieldError> errors = new ArrayList<>();
        if (amount > application.requestedAmount) {
            errors.add(new Problem.FieldError("amount", "cannot be more than the " + application.requestedAmount + " asked"));
        }
        if (tenor > application.requestedTenorMonths) {
            errors.add(new Problem.FieldError("tenorMonths", "cannot be longer than the " + application.requestedTenorMonths
                    + " months asked"));
        }
        if (rate.compareTo(program.annualRate) > 0) {
            errors.add(new Problem.FieldError("annualRate", "cannot be above the program's rate of "
                    + program.annualRate.stripTrailingZeros().toPlainString()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String note = decision.reason() == null || decision.reason().isBlank() ? null : decision.reason().strip();
        outbox.append(application.approve(amount, rate, tenor, program.method, partner, note, today.now()));
        return application;
    }

    /** The partner paid the loan out: the schedule is generated from the approved terms. */
    @Transactional
    public LoanApplication disburse(UUID id, DisbursementRequest request, Actor partner) {
        LoanApplication application = lockVisible(id, partner);
        requirePartner(application, partner);
        LoanAction.DISBURSE.from(application.state);
        LocalDate decidedOn = LocalDate.ofInstant(application.decidedAt, today.zone());
        if (request.disbursedOn().isAfter(today.date())) {
            throw ProblemException.invalid("disbursedOn", "cannot be in the future (today is " + today.date() + ")");
        }
        if (request.disbursedOn().isBefore(decidedOn)) {
            throw ProblemException.invalid("disbursedOn", "cannot be before the approval on " + decidedOn);
        }
        outbox.append(application.disburse(request.disbursedOn(), request.partnerReference().strip(), partner, today.now()));
        return application;
    }

    /** An application the actor may see, or 404. */
    @Transactional
    public LoanApplication find(UUID id, Actor actor) {
        LoanApplication application = LoanApplication.findById(id);
        if (application == null || !application.visibleTo(actor)) {
            throw ProblemException.notFound("Loan application", id);
        }
        return application;
    }

    /** A page of applications, newest first. Cooperatives see only theirs; partners only those forwarded to them. */
    @Transactional
    public Page<LoanApplication> list(Actor actor, Filter filter, PageRequest paging) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        switch (actor.role()) {
            case OFFICER, AUDITOR, SYSTEM -> {
            }
            case COOPERATIVE -> {
                where.add("cooperativeId = :own");
                parameters.and("own", actor.cooperativeId());
            }
            case PARTNER -> {
                where.add("partnerId = :partner and forwardedAt is not null");
                parameters.and("partner", actor.partnerId());
            }
            default -> throw ProblemException.forbidden("Loan applications are for the office, cooperatives and partners");
        }
        if (filter.state() != null) {
            where.add("state = :state");
            parameters.and("state", filter.state());
        }
        if (filter.programId() != null) {
            where.add("programId = :program");
            parameters.and("program", filter.programId());
        }
        if (filter.cooperativeId() != null) {
            where.add("cooperativeId = :cooperative");
            parameters.and("cooperative", filter.cooperativeId());
        }
        if (filter.partnerId() != null) {
            where.add("partnerId = :partnerFilter");
            parameters.and("partnerFilter", filter.partnerId());
        }
        Sort sort = Sort.by("createdAt", Sort.Direction.Descending).and("id");
        var query = where.isEmpty() ? LoanApplication.<LoanApplication>findAll(sort)
                : LoanApplication.<LoanApplication>find(String.join(" and ", where), sort, parameters);
        List<LoanApplication> items = query.page(paging.page() - 1, paging.size()).list();
        return Page.of(items, paging, query.count());
    }

    /** What a list may be narrowed to. */
    public record Filter(LoanApplicationState state, UUID programId, UUID cooperativeId, String partnerId) {
    }

    LoanApplication lockVisible(UUID id, Actor actor) {
        LoanApplication application = LoanApplication.<LoanApplication>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(a -> a.visibleTo(actor))
                .orElseThrow(() -> ProblemException.notFound("Loan application", id));
        return application;
    }

    private void requireEligible(LoanApplication application) {
        CooperativeProjection cooperative = CooperativeProjection.<CooperativeProjection>findByIdOptional(application.cooperativeId)
                .orElseThrow(() -> new IllegalStateException("Cooperative " + application.cooperativeId + " left the projection"));
        FinancingProgram program = programs.require(application.programId);
        Eligibility result = eligibility.evaluate(cooperative, program, application, today.date());
        List<String> reasons = new ArrayList<>(result.reasons());
        Set<String> attached = new java.util.HashSet<>(LoanDocument.<LoanDocument>list("applicationId", application.id)
                .stream().map(d -> d.documentType).toList());
        program.requiredDocuments.stream().filter(type -> !attached.contains(type))
                .forEach(type -> reasons.add("The program requires a " + type + " document; none is attached."));
        if (!reasons.isEmpty()) {
            throw ProblemException.ruleViolation("The application cannot be submitted", reasons);
        }
    }

    private static UUID applicantOf(UUID requested, Actor actor) {
        return switch (actor.role()) {
            case COOPERATIVE -> {
                if (requested != null && !requested.equals(actor.cooperativeId())) {
                    throw ProblemException.forbidden("A cooperative applies only for itself");
                }
                yield actor.cooperativeId();
            }
            case OFFICER -> Optional.ofNullable(requested)
                    .orElseThrow(() -> ProblemException.invalid("cooperativeId", "is required when an officer applies for a cooperative"));
            default -> throw ProblemException.forbidden("Only a cooperative or an officer may apply");
        };
    }

    private static void requireApplicantOrOffice(LoanApplication application, Actor actor, String what) {
        if (actor.role() != ActorRole.OFFICER && !actor.isCooperative(application.cooperativeId)) {
            throw ProblemException.forbidden("Only the applicant cooperative or an officer may " + what);
        }
    }

    private static void requirePartner(LoanApplication application, Actor actor) {
        if (!actor.isPartner(application.partnerId)) {
            throw ProblemException.forbidden("Only the partner of the application's program may do this");
        }
    }
}
