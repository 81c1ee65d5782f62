package id.go.bekasikota.koperasi.financing.service;

import id.go.bekasikota.koperasi.financing.config.FinancingConfig;
import id.go.bekasikota.koperasi.financing.domain.Disbursement;
import id.go.bekasikota.koperasi.financing.domain.DraftLimit;
import id.go.bekasikota.koperasi.financing.domain.Eligibility;
import id.go.bekasikota.koperasi.financing.domain.FinancingProgram;
import id.go.bekasikota.koperasi.financing.domain.LoanAction;
import id.go.bekasikota.koperasi.financing.domain.LoanApplication;
import id.go.bekasikota.koperasi.financing.domain.LoanApplicationState;
import id.go.bekasikota.koperasi.financing.domain.LoanCorrection;
import id.go.bekasikota.koperasi.financing.domain.LoanDecision;
import id.go.bekasikota.koperasi.financing.domain.LoanDocument;
import id.go.bekasikota.koperasi.financing.domain.LoanProposal;
import id.go.bekasikota.koperasi.financing.domain.LoanStateChange;
import id.go.bekasikota.koperasi.financing.domain.Subjects;
import id.go.bekasikota.koperasi.platform.http.EntityTags;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.outbox.DomainEvent;
import id.go.bekasikota.koperasi.platform.outbox.EventOutbox;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.persistence.NamedLocks;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.security.ActorRole;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.projection.CooperativeProjection;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Loan applications through their lifecycle: the cooperative (or an officer for it) prepares and
 * submits; the office verifies, returns, recommends or rejects and forwards; the partner decides
 * and disburses. Each step is one transaction: the aggregate decides (who may act, the state
 * machine, eligibility, limits), and its state, history line and events in the outbox are
 * written together or not at all. What a write returns carries its new version (its ETag).
 *
 * <p>Who may see an application decides what "not found" means: an application the caller may
 * not see is answered as not found, so that ids of other cooperatives' or partners' applications
 * reveal nothing.
 */
@ApplicationScoped
public class LoanApplicationService {

    private final EventOutbox outbox;
    private final FinancingProgramService programs;
    private final EligibilityService eligibility;
    private final FinancingConfig config;
    private final Today today;

    /** The states in which an application counts against {@link DraftLimit}: the cooperative prepares it. */
    private static final List<LoanApplicationState> IN_PREPARATION = List.of(LoanApplicationState.DRAFT, LoanApplicationState.RETURNED);

    public LoanApplicationService(EventOutbox outbox, FinancingProgramService programs, EligibilityService eligibility,
                                  FinancingConfig config, Today today) {
        this.outbox = outbox;
        this.programs = programs;
        this.eligibility = eligibility;
        this.config = config;
        this.today = today;
    }

    /**
     * A new DRAFT for the caller's cooperative (a cooperative account) or the one named (an officer), under a program
     * open today (the aggregate refuses another, 422), while the cooperative holds fewer than its limit of applications
     * in preparation ({@link DraftLimit}, 422).
     */
    @Transactional
    public LoanApplication create(LoanProposal proposal, Actor actor) {
        UUID cooperativeId = LoanApplication.applicantFor(proposal.cooperativeId(), actor);
        CooperativeProjection cooperative = CooperativeProjection.<CooperativeProjection>findByIdOptional(cooperativeId)
                .orElseThrow(() -> ProblemException.invalid("cooperativeId", Text.of("financing.field.not-a-cooperative")));
        FinancingProgram program = programs.findToApplyUnder(proposal.programId())
                .orElseThrow(() -> ProblemException.invalid("programId", Text.of("financing.field.not-a-program")));
        // A dissolved cooperative is told so before it is told about its drafts.
        LoanApplication.requireNotDissolved(cooperative.dissolvedOn, today.now());
        requireRoomForDraft(cooperativeId);
        LoanApplication application = new LoanApplication();
        List<DomainEvent> events = application.open(cooperativeId, cooperative.name, cooperative.dissolvedOn, program, proposal, actor, today.now());
        application.persist();
        outbox.append(events);
        return flushed(application);
    }

    /** Corrections while DRAFT or RETURNED; needs If-Match. */
    @Transactional
    public LoanApplication correct(UUID id, String ifMatch, LoanCorrection correction, Actor actor) {
        LoanApplication application = lockVisible(id, actor);
        EntityTags.requireMatch(ifMatch, application.version);
        FinancingProgram program = null;
        if (correction.programId() != null && !correction.programId().equals(application.programId)) {
            program = programs.findToApplyUnder(correction.programId())
                    .orElseThrow(() -> ProblemException.invalid("programId", Text.of("financing.field.not-a-program")));
        }
        application.correct(program, correction, actor, today.now());
        return flushed(application);
    }

    /**
     * One action of the applicant or the office. Submission is checked against every eligibility
     * rule and the program's required documents, a recommendation against the program's limits.
     *
     * @param ifMatch optional: when given, the application must not have changed since it was read
     */
    @Transactional
    public LoanApplication act(UUID id, LoanAction action, String reason, String ifMatch, Actor actor) {
        LoanApplication application = lockVisible(id, actor);
        if (ifMatch != null) {
            EntityTags.requireMatch(ifMatch, application.version);
        } else {
            EntityTags.requireNoneMatchOfThisRequest(application.version);
        }
        Instant now = today.now();
        List<DomainEvent> events = switch (action) {
            case SUBMIT -> submit(application, actor, reason, now);
            case RECOMMEND -> recommend(application, actor, reason, now);
            default -> application.move(action, actor, reason, now);
        };
        outbox.append(events);
        return flushed(application);
    }

    /** The partner's decision on an application forwarded to it. */
    @Transactional
    public LoanApplication decide(UUID id, LoanDecision decision, Actor partner) {
        LoanApplication application = lockVisible(id, partner);
        outbox.append(application.decide(programs.require(application.programId), decision, partner, today.now()));
        return flushed(application);
    }

    /** The partner paid the loan out: the schedule is generated from the approved terms. */
    @Transactional
    public LoanApplication disburse(UUID id, Disbursement disbursement, Actor partner) {
        LoanApplication application = lockVisible(id, partner);
        outbox.append(application.disburse(disbursement, partner, today.date(), today.now()));
        return flushed(application);
    }

    /** An application the actor may see, or 404. */
    @Transactional
    public LoanApplication find(UUID id, Actor actor) {
        LoanApplication application = LoanApplication.findById(id);
        if (application == null || !application.visibleTo(actor)) {
            throw ProblemException.notFound(Subjects.APPLICATION, id);
        }
        return application;
    }

    /**
     * Every action on an application the actor may see, in order. A partner sees the application's
     * history from its forwarding on: what the office and the cooperative did before (returns,
     * verification notes) is theirs, as the application's documents before submission are.
     */
    @Transactional
    public Page<LoanStateChange> history(UUID id, Actor actor, PageRequest paging) {
        LoanApplication application = find(id, actor);
        PanacheQuery<LoanStateChange> query = actor.role() == ActorRole.PARTNER
                ? LoanStateChange.find("application.id = ?1 and id >= (select min(f.id) from LoanStateChange f "
                        + "where f.application.id = ?1 and f.action = ?2)", Sort.by("id"), application.id, LoanAction.FORWARD)
                : LoanStateChange.find("application.id", Sort.by("id"), application.id);
        return Page.of(query.page(paging.page() - 1, paging.size()).list(), paging, query.count());
    }

    /**
     * A page of applications, newest first (for a partner, the most recently forwarded first). Cooperatives see
     * only theirs; partners only those forwarded to them.
     */
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
            default -> throw ProblemException.forbidden(Text.of("financing.forbidden.applications"));
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
        // A bank works through what reached it last: an application drafted long ago and forwarded today comes first.
        Sort sort = actor.role() == ActorRole.PARTNER ? Sort.by("forwardedAt", Sort.Direction.Descending).and("id")
                : Sort.by("createdAt", Sort.Direction.Descending).and("id");
        var query = where.isEmpty() ? LoanApplication.<LoanApplication>findAll(sort)
                : LoanApplication.<LoanApplication>find(String.join(" and ", where), sort, parameters);
        List<LoanApplication> items = query.page(paging.page() - 1, paging.size()).list();
        return Page.of(items, paging, query.count());
    }

    /** What a list may be narrowed to. */
    public record Filter(LoanApplicationState state, UUID programId, UUID cooperativeId, String partnerId) {
    }

    /**
     * The cooperative may open another application ({@link DraftLimit}). Its applications in preparation are counted
     * under a transaction-scoped lock on the cooperative, held until the new draft is committed: two creations at
     * once, by its account and an officer or by two of its users, cannot both take the last place.
     */
    private void requireRoomForDraft(UUID cooperativeId) {
        NamedLocks.lock(LoanApplication.getEntityManager(), "loan-applications-in-preparation:" + cooperativeId);
        long inPreparation = LoanApplication.count("cooperativeId = ?1 and state in ?2", cooperativeId, IN_PREPARATION);
        new DraftLimit(config.applications().maxInPreparation()).requireRoomBeside(inPreparation);
    }

    LoanApplication lockVisible(UUID id, Actor actor) {
        return LoanApplication.<LoanApplication>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(a -> a.visibleTo(actor))
                .orElseThrow(() -> ProblemException.notFound(Subjects.APPLICATION, id));
    }

    /** Eligibility as of today for what is asked, and the documents attached: the aggregate decides. */
    private List<DomainEvent> submit(LoanApplication application, Actor actor, String reason, Instant now) {
        // Shared-locked: a change of the program's terms waits for the submission and counts it (FinancingProgramService.replace).
        FinancingProgram program = programs.findToApplyUnder(application.programId)
                .orElseThrow(() -> new IllegalStateException("Program " + application.programId + " is gone"));
        Eligibility result = eligibility.evaluate(projected(application), program, application, today.date());
        Set<String> attached = LoanDocument.<LoanDocument>list("applicationId", application.id).stream()
                .map(d -> d.documentType).collect(Collectors.toSet());
        return application.submit(result, program.requiredDocuments, attached, actor, reason, now);
    }

    private List<DomainEvent> recommend(LoanApplication application, Actor actor, String reason, Instant now) {
        FinancingProgram program = programs.require(application.programId);
        Eligibility result = eligibility.evaluate(projected(application), program, application, today.date());
        return application.recommend(program, result, actor, reason, now);
    }

    private static CooperativeProjection projected(LoanApplication application) {
        return CooperativeProjection.<CooperativeProjection>findByIdOptional(application.cooperativeId)
                .orElseThrow(() -> new IllegalStateException("Cooperative " + application.cooperativeId + " left the projection"));
    }

    /** Written now, so that the version the caller answers with (the ETag) counts this change. */
    private static LoanApplication flushed(LoanApplication application) {
        LoanApplication.flush();
        return application;
    }
}
