package id.go.bekasikota.koperasi.financing.domain;

import id.go.bekasikota.koperasi.contracts.OfficeTime;
import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.contracts.financing.FinancingEventTypes;
import id.go.bekasikota.koperasi.contracts.financing.LoanApplicationStateChanged;
import id.go.bekasikota.koperasi.contracts.financing.LoanDefaulted;
import id.go.bekasikota.koperasi.contracts.financing.LoanRepaymentRecorded;
import id.go.bekasikota.koperasi.contracts.financing.LoanSettled;
import id.go.bekasikota.koperasi.platform.i18n.Day;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.outbox.DomainEvent;
import id.go.bekasikota.koperasi.platform.problem.InvalidField;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.security.ActorRole;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.annotations.OptimisticLock;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * A cooperative's application for a soft loan under a partner's program, and once disbursed the
 * loan itself. The aggregate owns its rules: every change is an action ({@link LoanAction}) taken
 * by the party that may take it, allowed by the state machine ({@link LoanApplicationState}),
 * within the limits of the program and the application ({@link LoanLimits}); it is written to the
 * history and returns the events it causes, and the service saves both in one transaction.
 *
 * <p>Refusals, in this order: 403 (not this action's party), 400 (a reason or a date missing or
 * wrong), 409 (not in this state), 422 (a rule: eligibility, documents, limits, overpayment).
 */
@Entity
@Table(name = "loan_application")
public class LoanApplication extends PanacheEntityBase {

    /** The actions whose reason is the application's last reason (the others' notes stay in the history). */
    private static final Set<LoanAction> REASONED =
            EnumSet.of(LoanAction.RETURN, LoanAction.REJECT, LoanAction.DECLINE, LoanAction.WITHDRAW);

    @Id
    public UUID id;
    /** The row's version for optimistic locking and ETags; not the events' {@link #aggregateVersion}. */
    @Version
    public long version;
    @Column(name = "cooperative_id")
    public UUID cooperativeId;
    /** As the register named it when the application was created. */
    @Column(name = "cooperative_name")
    public String cooperativeName;
    @Column(name = "program_id")
    public UUID programId;
    @Column(name = "partner_id")
    public String partnerId;
    @Enumerated(EnumType.STRING)
    public LoanApplicationState state;
    @Column(name = "requested_amount")
    public long requestedAmount;
    @Column(name = "requested_tenor_months")
    public int requestedTenorMonths;
    public String purpose;
    @Column(name = "approved_amount")
    public Long approvedAmount;
    @Column(name = "approved_rate")
    public BigDecimal approvedRate;
    @Column(name = "approved_tenor_months")
    public Integer approvedTenorMonths;
    @Enumerated(EnumType.STRING)
    @Column(name = "schedule_method")
    public ScheduleMethod scheduleMethod;
    @Column(name = "disbursed_on")
    public LocalDate disbursedOn;
    @Column(name = "disbursement_reference")
    public String disbursementReference;
    /** The reason given with the latest return, rejection, decline or withdrawal ({@link #reasonSeenBy}). */
    @Column(name = "last_reason")
    public String lastReason;
    /** When {@link #lastReason} was given. */
    @Column(name = "last_reason_at")
    public Instant lastReasonAt;
    /** As of {@code arrearsEvaluatedOn}; kept daily, so it does not change the ETag. */
    @OptimisticLock(excluded = true)
    @Column(name = "days_past_due")
    public int daysPastDue;
    @OptimisticLock(excluded = true)
    @Column(name = "arrears_evaluated_on")
    public LocalDate arrearsEvaluatedOn;
    /** The aggregate version carried by the latest event (CloudEvents {@code aggregateversion}); one more for each event. */
    @Column(name = "aggregate_version")
    public long aggregateVersion;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "forwarded_at")
    public Instant forwardedAt;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    // Part of every view of the application (outstanding principal, days past due), so loaded with it:
    // by a second select (never a join, which could not be locked FOR UPDATE), and for a page of
    // applications in a few queries, not one per application.
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = 100)
    @CollectionTable(name = "loan_installment", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "number")
    @ListIndexBase(1)
    public List<ScheduledInstallment> installments = new ArrayList<>();

    /** Appended to; a line alone does not change the version (a move or a correction changes the fields, which do). */
    @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @BatchSize(size = 100)
    @OrderBy("id")
    @OptimisticLock(excluded = true)
    public List<LoanStateChange> history = new ArrayList<>();

    /** Moves of the state machine that need nothing but the actor and, for some, a reason. */
    private static final Set<LoanAction> PLAIN_MOVES = EnumSet.of(LoanAction.RETURN, LoanAction.VERIFY, LoanAction.REJECT,
            LoanAction.FORWARD, LoanAction.DECLINE, LoanAction.WITHDRAW);

    /**
     * The cooperative a proposal is for: a cooperative's own account applies for itself (naming
     * another is 403); an officer must name the cooperative (400); nobody else applies (403).
     */
    public static UUID applicantFor(UUID named, Actor actor) {
        if (actor.cooperativeId() != null) {
            if (named != null && !named.equals(actor.cooperativeId())) {
                throw ProblemException.forbidden(Text.of("financing.forbidden.applies-for-itself"));
            }
            LoanAction.CREATE.authorize(actor, actor.cooperativeId(), null);
            return actor.cooperativeId();
        }
        LoanAction.CREATE.authorize(actor, named, null);
        if (named == null) {
            throw ProblemException.invalid("cooperativeId", Text.of("financing.field.cooperative-required"));
        }
        return named;
    }

    /**
     * Opens a new application as a DRAFT, by the applicant cooperative or an officer for it, under a program that
     * accepts applications on the office day of {@code now} (422 naming {@code programId} otherwise).
     */
    public List<DomainEvent> open(UUID cooperativeId, String cooperativeName, LocalDate dissolvedOn, FinancingProgram program,
                                  LoanProposal proposal, Actor actor, Instant now) {
        LoanAction.CREATE.authorize(actor, cooperativeId, program.partnerId);
        requireNotDissolved(dissolvedOn, now);
        requireOpen(program, now);
        this.id = UUID.randomUUID();
        this.cooperativeId = cooperativeId;
        this.cooperativeName = cooperativeName;
        this.programId = program.id;
        this.partnerId = program.partnerId;
        this.requestedAmount = proposal.amount();
        this.requestedTenorMonths = proposal.tenorMonths();
        this.purpose = proposal.purpose();
        this.createdBy = actor.subject();
        this.createdAt = now;
        this.updatedAt = now;
        return List.of(record(LoanAction.CREATE, null, LoanApplicationState.DRAFT, actor, null, now));
    }

    /**
     * Corrections while the cooperative still holds the application (DRAFT, or RETURNED to it),
     * by the applicant or an officer.
     *
     * @param program the program moved to, or null when it stays; it must accept applications on the office day of
     *                {@code now}, as for a new draft (422 naming {@code programId})
     */
    public void correct(FinancingProgram program, LoanCorrection correction, Actor actor, Instant now) {
        requireApplicant(actor, Text.of("financing.action.change-application"));
        if (!state.editable()) {
            throw ProblemException.illegalTransition(Text.of("financing.action.change-application"), state.name());
        }
        List<String> changes = new ArrayList<>();
        if (program != null && !program.id.equals(programId)) {
            requireOpen(program, now);
            changes.add("program " + programId + " -> " + program.id);
            this.programId = program.id;
            this.partnerId = program.partnerId;
        }
        if (correction.amount() != null && !correction.amount().equals(requestedAmount)) {
            changes.add("amount " + requestedAmount + " -> " + correction.amount());
            this.requestedAmount = correction.amount();
        }
        if (correction.tenorMonths() != null && !correction.tenorMonths().equals(requestedTenorMonths)) {
            changes.add("tenor " + requestedTenorMonths + " -> " + correction.tenorMonths() + " months");
            this.requestedTenorMonths = correction.tenorMonths();
        }
        if (correction.purpose() != null && !correction.purpose().equals(purpose)) {
            // Free text, which may name people: the history says it was rewritten, not what it said (the trail is kept for good).
            changes.add("purpose rewritten");
            this.purpose = correction.purpose();
        }
        // A correction that changes nothing leaves the application as it was, its version (ETag) and history too:
        // another tab holding it is not refused 412 for nothing.
        if (!changes.isEmpty()) {
            updatedAt = now;
            note(LoanAction.CORRECT, actor, String.join("; ", changes), now);
        }
    }

    /**
     * A document attached while the cooperative holds the application, written to its history. The application itself does
     * not change (its view carries no documents): its version (ETag) stays, so a form holding it may still save.
     */
    public void documentAttached(LoanDocument document, Actor actor, Instant now) {
        note(LoanAction.ATTACH_DOCUMENT, actor, describe(document), now);
    }

    /** A document removed while the cooperative holds the application, written to its history; the version stays. */
    public void documentRemoved(LoanDocument document, Actor actor, Instant now) {
        note(LoanAction.REMOVE_DOCUMENT, actor, describe(document) + ", uploaded by " + document.uploadedBy + " at " + document.uploadedAt, now);
    }

    /** A document by its type, size and hash: never its file name, often a person's ({@code KTP Budi Santoso.pdf}). */
    private static String describe(LoanDocument document) {
        return document.documentType + " (" + document.mediaType + ", " + document.sizeBytes + " bytes, SHA-256 " + document.sha256 + ")";
    }

    /** Documents change only while the cooperative holds the application, by the applicant or an officer. */
    public void requireDocumentChange(Actor actor, Text what) {
        requireApplicant(actor, what);
        if (!state.editable()) {
            throw ProblemException.illegalTransition(what, state.name());
        }
    }

    /**
     * A plain move of the state machine: verify, return, reject, forward (the office), withdraw
     * (the applicant), decline (the partner). Refused to another party, without a reason where
     * one is required, and in a state that does not allow it.
     */
    public List<DomainEvent> move(LoanAction action, Actor actor, String reason, Instant now) {
        if (!PLAIN_MOVES.contains(action)) {
            throw new IllegalArgumentException(action + " is not a plain move: it has its own method");
        }
        String why = begin(action, actor, reason);
        switch (action) {
            case FORWARD -> forwardedAt = now;
            case DECLINE -> decidedAt = now;
            default -> {
            }
        }
        return List.of(transition(action, why, actor, now));
    }

    /**
     * Submission to the office: every eligibility rule (evaluated by the caller as of today, for
     * the amount and tenor asked, the program's limits included) and the program's required
     * documents; anything missing is refused (422) with every reason at once, and the field of each
     * broken limit of the amount or tenor in {@code errors}, as the recommendation and the decision
     * name them ({@link LoanLimits}).
     */
    public List<DomainEvent> submit(Eligibility eligibility, Collection<String> requiredDocuments,
                                    Collection<String> attachedDocuments, Actor actor, String reason, Instant now) {
        String why = begin(LoanAction.SUBMIT, actor, reason);
        List<Text> reasons = new ArrayList<>(eligibility.reasonTexts());
        requiredDocuments.stream().filter(type -> !attachedDocuments.contains(type))
                .forEach(type -> reasons.add(Text.of("financing.eligibility.document-missing", type)));
        if (!reasons.isEmpty()) {
            throw new ProblemException(ProblemType.RULE_VIOLATION, Text.of("financing.application.not-submittable"),
                    eligibility.fieldErrors(), Map.of("reasons", List.copyOf(reasons)));
        }
        submittedAt = now;
        return List.of(transition(LoanAction.SUBMIT, why, actor, now));
    }

    /**
     * The office recommends the application to the partner: the amount and tenor asked must
     * still be within the program's limits (the program may have changed since submission), and
     * the cooperative must still be eligible today: its standing may have changed since (a loan
     * defaulted, the new financial year's report not held, a dissolution). The program's window is
     * not asked again: the application came in time.
     */
    public List<DomainEvent> recommend(FinancingProgram program, Eligibility today, Actor actor, String reason, Instant now) {
        requireOwnProgram(program);
        String why = begin(LoanAction.RECOMMEND, actor, reason);
        // Every reason at once: the limits the application now breaks (each naming its field in errors), then the
        // eligibility rules the cooperative fails today.
        List<LoanLimits.Breach> breaches = program.limits().check(requestedAmount, requestedTenorMonths, null);
        List<Text> failed = today.checks().stream()
                .filter(check -> check.outcome() == Eligibility.Outcome.FAILED && !ASKED_ONCE.contains(check.rule()))
                .map(Eligibility.Check::text).toList();
        if (!breaches.isEmpty() || !failed.isEmpty()) {
            List<Text> reasons = new ArrayList<>(breaches.stream().map(LoanLimits.Breach::message).toList());
            reasons.addAll(failed);
            Text refusal = Text.of(failed.isEmpty() ? "financing.application.outside-limits"
                    : breaches.isEmpty() ? "financing.application.not-recommendable" : "financing.application.not-recommendable-nor-within-limits");
            throw new ProblemException(ProblemType.RULE_VIOLATION, refusal, LoanLimits.fieldErrors(breaches), Map.of("reasons", reasons));
        }
        return List.of(transition(LoanAction.RECOMMEND, why, actor, now));
    }

    /**
     * The rules a recommendation does not ask again: the program's window (the application came in
     * time) and its limits (enforced above, naming their fields).
     */
    private static final Set<EligibilityRule> ASKED_ONCE = EnumSet.of(EligibilityRule.PROGRAM_OPEN,
            EligibilityRule.AMOUNT_WITHIN_LIMITS, EligibilityRule.TENOR_WITHIN_LIMITS);

    /** The partner's decision: approve (within every limit) or decline (with a reason). */
    public List<DomainEvent> decide(FinancingProgram program, LoanDecision decision, Actor actor, Instant now) {
        if (decision instanceof LoanDecision.Approve approval) {
            return approve(program, approval, actor, now);
        }
        return move(LoanAction.DECLINE, actor, ((LoanDecision.Decline) decision).reason(), now);
    }

    /**
     * The partner approves, as asked or for less: the terms must keep the program's limits
     * (amount range, tenor range, its rate as a ceiling) and the application's (no more than asked,
     * no longer). Every broken limit is a reason (422).
     */
    public List<DomainEvent> approve(FinancingProgram program, LoanDecision.Approve approval, Actor actor, Instant now) {
        requireOwnProgram(program);
        String note = begin(LoanAction.APPROVE, actor, approval.note());
        long amount = approval.amount() != null ? approval.amount() : requestedAmount;
        int tenorMonths = approval.tenorMonths() != null ? approval.tenorMonths() : requestedTenorMonths;
        BigDecimal annualRate = approval.annualRate() != null ? approval.annualRate() : program.annualRate;
        program.limits().asked(requestedAmount, requestedTenorMonths)
                .enforce(Text.of("financing.application.approval-outside-limits"), amount, tenorMonths, annualRate);
        approvedAmount = amount;
        approvedRate = annualRate;
        approvedTenorMonths = tenorMonths;
        scheduleMethod = program.method;
        decidedAt = now;
        return List.of(record(LoanAction.APPROVE, state, LoanAction.APPROVE.target(), actor, note, now));
    }

    /**
     * The partner paid the loan out: the schedule starts. The date can be neither after today nor
     * before the approval.
     */
    public List<DomainEvent> disburse(Disbursement disbursement, Actor actor, LocalDate today, Instant now) {
        begin(LoanAction.DISBURSE, actor, null);
        LocalDate on = disbursement.disbursedOn();
        LocalDate decidedOn = LocalDate.ofInstant(decidedAt, OfficeTime.ZONE);
        if (on.isAfter(today)) {
            throw ProblemException.invalid("disbursedOn", Text.of("financing.field.future-today", today));
        }
        if (on.isBefore(decidedOn)) {
            throw ProblemException.invalid("disbursedOn", Text.of("financing.field.before-approval", decidedOn));
        }
        LoanSchedule schedule = LoanSchedule.of(approvedAmount, approvedRate, approvedTenorMonths, scheduleMethod, on);
        disbursedOn = on;
        disbursementReference = disbursement.partnerReference();
        installments.clear();
        schedule.installments().forEach(i -> installments.add(new ScheduledInstallment(i)));
        daysPastDue = 0;
        arrearsEvaluatedOn = null;
        return List.of(record(LoanAction.DISBURSE, state, LoanAction.DISBURSE.target(), actor, null, now));
    }

    public RepaymentLedger ledger() {
        if (installments.isEmpty()) {
            throw ProblemException.illegalTransition(Text.of("financing.action.read-schedule"), state.name());
        }
        return RepaymentLedger.of(IntStream.range(0, installments.size())
                .mapToObj(i -> installments.get(i).position(i + 1)).toList());
    }

    /**
     * Records a repayment the partner reports: oldest installment first, interest before
     * principal. The first one makes the loan REPAYING; the one that pays everything SETTLED.
     * Arrears are re-evaluated. Paid neither after today nor before the disbursement. A partner may report
     * repayments out of their order: the loan is paid off ({@code settledOn}) on the latest date any of them was paid,
     * not on the date of the one recorded last.
     *
     * @param latestEarlierPaidOn the latest {@code paidOn} of the repayments recorded before, null for none
     */
    public List<DomainEvent> recordRepayment(LoanRepayment repayment, LocalDate latestEarlierPaidOn, Actor actor, LocalDate today,
                                             int thresholdDays, Instant now) {
        if (!LoanAction.Party.PARTNER.includes(actor, cooperativeId, partnerId)) {
            throw ProblemException.forbidden(Text.of("financing.forbidden.repayments"));
        }
        if (!state.outstanding()) {
            throw ProblemException.illegalTransition(Text.of("financing.action.record-repayment"), state.name());
        }
        if (repayment.paidOn.isAfter(today)) {
            throw ProblemException.invalid("paidOn", Text.of("financing.field.future-today", today));
        }
        if (repayment.paidOn.isBefore(disbursedOn)) {
            throw ProblemException.invalid("paidOn", Text.of("financing.field.before-disbursement", disbursedOn));
        }
        RepaymentLedger.Allocation allocation = ledger().allocate(repayment.amount);
        RepaymentLedger after = allocation.after();
        apply(after);
        repayment.applicationId = id;
        repayment.interestPaid = allocation.interest();
        repayment.principalPaid = allocation.principal();
        repayment.allocation = allocation.parts();
        repayment.recordedBy = actor.subject();
        repayment.recordedAt = now;

        List<DomainEvent> events = new ArrayList<>();
        if (state == LoanApplicationState.DISBURSED) {
            events.add(record(LoanAction.START_REPAYING, state, LoanApplicationState.REPAYING, actor, null, now));
        }
        daysPastDue = after.daysPastDue(today);
        arrearsEvaluatedOn = today;
        long repaymentVersion = ++aggregateVersion;
        events.add(event(FinancingEventTypes.REPAYMENT_RECORDED, repaymentVersion,
                new LoanRepaymentRecorded(id, cooperativeId, programId, partnerId, repayment.id, repayment.amount,
                        repayment.paidOn, allocation.interest(), allocation.principal(), after.outstandingPrincipal(),
                        after.outstandingInterest(), daysPastDue, now, repaymentVersion)));
        if (after.settled()) {
            events.add(record(LoanAction.SETTLE, state, LoanApplicationState.SETTLED, actor, null, now));
            long settledVersion = ++aggregateVersion;
            events.add(event(FinancingEventTypes.SETTLED, settledVersion,
                    new LoanSettled(id, cooperativeId, programId, partnerId, approvedAmount, after.principalPaid(),
                            after.interestPaid(), latestEarlierPaidOn != null && latestEarlierPaidOn.isAfter(repayment.paidOn)
                            ? latestEarlierPaidOn : repayment.paidOn, now, settledVersion)));
        } else {
            events.addAll(evaluateArrears(after, today, thresholdDays, now));
        }
        updatedAt = now;
        return events;
    }

    /** Days past due as of today; beyond the threshold a DISBURSED or REPAYING loan becomes DEFAULTED. */
    public List<DomainEvent> evaluateArrears(LocalDate today, int thresholdDays, Instant now) {
        if (!state.outstanding()) {
            return List.of();
        }
        return evaluateArrears(ledger(), today, thresholdDays, now);
    }

    private List<DomainEvent> evaluateArrears(RepaymentLedger ledger, LocalDate today, int thresholdDays, Instant now) {
        daysPastDue = ledger.daysPastDue(today);
        arrearsEvaluatedOn = today;
        if (state == LoanApplicationState.DEFAULTED || !ledger.inDefault(today, thresholdDays)) {
            return List.of();
        }
        List<DomainEvent> events = new ArrayList<>();
        events.add(record(LoanAction.DEFAULT, state, LoanApplicationState.DEFAULTED, Actor.system("arrears-evaluation"),
                daysPastDue + " days past due, beyond " + thresholdDays, now));
        long defaultedVersion = ++aggregateVersion;
        events.add(event(FinancingEventTypes.DEFAULTED, defaultedVersion,
                new LoanDefaulted(id, cooperativeId, programId, partnerId, daysPastDue, thresholdDays,
                        ledger.outstandingPrincipal(), ledger.outstandingInterest(), today, now, defaultedVersion)));
        updatedAt = now;
        return events;
    }

    /** Who may see this application: the office, the cooperative itself, and its partner once forwarded. */
    public boolean visibleTo(Actor actor) {
        return actor.readsEverything() || actor.isCooperative(cooperativeId)
                || (forwardedAt != null && actor.isPartner(partnerId));
    }

    /** The amount that matters now: approved once approved, asked before. */
    public long currentAmount() {
        return approvedAmount != null ? approvedAmount : requestedAmount;
    }

    /** The checks every action makes first: its party (403), its reason (400), the state machine (409). */
    private String begin(LoanAction action, Actor actor, String reason) {
        action.authorize(actor, cooperativeId, partnerId);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (action.reasonRequired() && why == null) {
            throw ProblemException.invalid("reason", Text.of("financing.field.reason-required", action.text()));
        }
        action.from(state);
        return why;
    }

    private void requireApplicant(Actor actor, Text what) {
        if (!LoanAction.Party.APPLICANT.includes(actor, cooperativeId, partnerId)) {
            throw ProblemException.forbidden(Text.of("financing.forbidden.applicant-only", what));
        }
    }

    /**
     * The last reason as {@code viewer} may read it: the office and the applicant read it whole; the partner only a
     * reason given from the forwarding on (its own decline, a withdrawal after it), never the office's returns and
     * rejections of the application before (as in the history it reads, which starts at the forwarding).
     */
    public String reasonSeenBy(Actor viewer) {
        if (lastReason == null || viewer.role() != ActorRole.PARTNER) {
            return lastReason;
        }
        return forwardedAt != null && lastReasonAt != null && !lastReasonAt.isBefore(forwardedAt) ? lastReason : null;
    }

    /**
     * A dissolved cooperative opens no application (409, as the registry refuses its RAT reports): its draft would only
     * be refused at submission, after its documents were gathered and uploaded.
     */
    public static void requireNotDissolved(LocalDate dissolvedOn, Instant now) {
        if (dissolvedOn != null && !dissolvedOn.isAfter(LocalDate.ofInstant(now, OfficeTime.ZONE))) {
            throw ProblemException.illegalTransitionBecause(Text.of("financing.application.cooperative-dissolved", Day.of(dissolvedOn)),
                    "DISSOLVED");
        }
    }

    /**
     * A program takes applications only within its window, the rule a submission asks
     * ({@link EligibilityRules#programOpen}): a draft opened under a program, or moved to one, outside it is refused
     * (422 {@code rule-violation}, the rule's explanation in {@code reasons} and on {@code programId} in
     * {@code errors}), so that a closed program gets no new drafts.
     */
    private static void requireOpen(FinancingProgram program, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, OfficeTime.ZONE);
        Eligibility.Check window = EligibilityRules.programOpen(program.terms(), today);
        if (window.outcome() == Eligibility.Outcome.FAILED) {
            throw new ProblemException(ProblemType.RULE_VIOLATION, Text.of("financing.application.program-not-open", Day.of(today)),
                    List.of(new InvalidField("programId", window.text())), Map.of("reasons", List.of(window.text())));
        }
    }

    private void requireOwnProgram(FinancingProgram program) {
        if (!program.id.equals(programId)) {
            throw new IllegalArgumentException("Program " + program.id + " is not the application's " + programId);
        }
    }

    private DomainEvent transition(LoanAction action, String reason, Actor actor, Instant now) {
        // A verification or forwarding note is the history's, not the application's last reason.
        if (reason != null && REASONED.contains(action)) {
            lastReason = reason;
            lastReasonAt = now;
        }
        return record(action, state, action.target(), actor, reason, now);
    }

    private void apply(RepaymentLedger ledger) {
        for (InstallmentPosition position : ledger.installments()) {
            ScheduledInstallment row = installments.get(position.number() - 1);
            row.principalPaid = position.principalPaid();
            row.interestPaid = position.interestPaid();
        }
    }

    /** An in-place change ({@link LoanAction#inPlace}) written to the history: the state stays, no event, the version as the fields leave it. */
    private void note(LoanAction action, Actor actor, String detail, Instant now) {
        writeLine(action, state, state, actor, detail, now);
    }

    private DomainEvent record(LoanAction action, LoanApplicationState from, LoanApplicationState to, Actor actor,
                               String reason, Instant now) {
        writeLine(action, from, to, actor, reason, now);
        state = to;
        updatedAt = now;
        long version = ++aggregateVersion;
        return event(FinancingEventTypes.STATE_CHANGED, version,
                new LoanApplicationStateChanged(id, cooperativeId, programId, partnerId, from == null ? null : from.name(),
                        to.name(), currentAmount(), actor.role().label(), now, version));
    }

    /** One line of the history: who took the action, in which role, when, from which state to which, and why or what changed. */
    private void writeLine(LoanAction action, LoanApplicationState from, LoanApplicationState to, Actor actor, String reason, Instant now) {
        LoanStateChange change = new LoanStateChange();
        change.application = this;
        change.action = action;
        change.fromState = from;
        change.toState = to;
        change.actor = actor.subject();
        change.actorRole = actor.role().label();
        change.reason = reason;
        change.occurredAt = now;
        history.add(change);
    }

    /**
     * An event of this application on {@code financing.loan-application.v1}: record key the
     * cooperative id (one cooperative's events stay in order), subject the application id.
     */
    private DomainEvent event(String type, long version, Object payload) {
        return new DomainEvent(Topics.FINANCING_LOAN_APPLICATION, type, FinancingEventTypes.AGGREGATE_TYPE, id.toString(),
                version, cooperativeId.toString(), payload);
    }
}
