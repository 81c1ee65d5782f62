package id.go.bekasikota.koperasi.financing.domain;

import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.contracts.financing.FinancingEventTypes;
import id.go.bekasikota.koperasi.contracts.financing.LoanApplicationStateChanged;
import id.go.bekasikota.koperasi.contracts.financing.LoanDefaulted;
import id.go.bekasikota.koperasi.contracts.financing.LoanRepaymentRecorded;
import id.go.bekasikota.koperasi.contracts.financing.LoanSettled;
import id.go.bekasikota.koperasi.financing.event.LoanEvents;
import id.go.bekasikota.koperasi.platform.outbox.DomainEvent;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
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
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.annotations.OptimisticLock;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * A cooperative's application for a soft loan under a partner's program, and once disbursed the
 * loan itself. Every change goes through the state machine ({@link LoanAction}), is written to
 * the history and returns the events it causes; the service saves both in one transaction.
 */
@Entity
@Table(name = "loan_application")
public class LoanApplication extends PanacheEntityBase {

    @Id
    public UUID id;
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
    /** The reason given with the latest return, rejection, decline or withdrawal. */
    @Column(name = "last_reason")
    public String lastReason;
    /** As of {@code arrearsEvaluatedOn}; kept daily, so it does not change the ETag. */
    @OptimisticLock(excluded = true)
    @Column(name = "days_past_due")
    public int daysPastDue;
    @OptimisticLock(excluded = true)
    @Column(name = "arrears_evaluated_on")
    public LocalDate arrearsEvaluatedOn;
    /** The aggregate version of the latest event; one more for each event. */
    @Column(name = "event_sequence")
    public long eventSequence;
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

    // A page of applications loads its schedules and histories in a few queries, not one per application.
    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "loan_installment", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "number")
    @ListIndexBase(1)
    public List<ScheduledInstallment> installments = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @BatchSize(size = 100)
    @OrderBy("id")
    public List<LoanStateChange> history = new ArrayList<>();

    /** Opens a new application as a DRAFT. */
    public List<DomainEvent> open(UUID cooperativeId, String cooperativeName, FinancingProgram program, long amount,
                                  int tenorMonths, String purpose, Actor actor, Instant now) {
        this.id = UUID.randomUUID();
        this.cooperativeId = cooperativeId;
        this.cooperativeName = cooperativeName;
        this.programId = program.id;
        this.partnerId = program.partnerId;
        this.requestedAmount = amount;
        this.requestedTenorMonths = tenorMonths;
        this.purpose = purpose;
        this.createdBy = actor.subject();
        this.createdAt = now;
        this.updatedAt = now;
        return List.of(record(LoanAction.CREATE, null, LoanApplicationState.DRAFT, actor, null, now));
    }

    /** Corrections while the cooperative still holds the application (DRAFT, or RETURNED to it). */
    public void correct(FinancingProgram program, Long amount, Integer tenorMonths, String purpose, Instant now) {
        if (!state.editable()) {
            throw ProblemException.illegalTransition("change the application", state.name());
        }
        if (program != null) {
            this.programId = program.id;
            this.partnerId = program.partnerId;
        }
        if (amount != null) {
            this.requestedAmount = amount;
        }
        if (tenorMonths != null) {
            this.requestedTenorMonths = tenorMonths;
        }
        if (purpose != null) {
            this.purpose = purpose;
        }
        this.updatedAt = now;
    }

    /**
     * A plain move of the state machine (submit, verify, return, recommend, reject, forward,
     * withdraw, decline): refused in a state that does not allow it.
     */
    public List<DomainEvent> move(LoanAction action, Actor actor, String reason, Instant now) {
        LoanApplicationState target = action.from(state);
        switch (action) {
            case SUBMIT -> submittedAt = now;
            case FORWARD -> forwardedAt = now;
            case DECLINE -> decidedAt = now;
            default -> {
            }
        }
        if (reason != null) {
            lastReason = reason;
        }
        return List.of(record(action, state, target, actor, reason, now));
    }

    /** The partner approves, at most what was asked. */
    public List<DomainEvent> approve(long amount, BigDecimal annualRate, int tenorMonths, ScheduleMethod method,
                                     Actor actor, String note, Instant now) {
        LoanApplicationState target = LoanAction.APPROVE.from(state);
        approvedAmount = amount;
        approvedRate = annualRate;
        approvedTenorMonths = tenorMonths;
        scheduleMethod = method;
        decidedAt = now;
        return List.of(record(LoanAction.APPROVE, state, target, actor, note, now));
    }

    /** The partner paid the loan out: the schedule starts. */
    public List<DomainEvent> disburse(LocalDate on, String reference, Actor actor, Instant now) {
        LoanApplicationState target = LoanAction.DISBURSE.from(state);
        LoanSchedule schedule = LoanSchedule.of(approvedAmount, approvedRate, approvedTenorMonths, scheduleMethod, on);
        disbursedOn = on;
        disbursementReference = reference;
        installments.clear();
        schedule.installments().forEach(i -> installments.add(new ScheduledInstallment(i)));
        daysPastDue = 0;
        arrearsEvaluatedOn = null;
        return List.of(record(LoanAction.DISBURSE, state, target, actor, null, now));
    }

    public RepaymentLedger ledger() {
        if (installments.isEmpty()) {
            throw ProblemException.illegalTransition("read the schedule of a loan not disbursed", state.name());
        }
        return RepaymentLedger.of(IntStream.range(0, installments.size())
                .mapToObj(i -> installments.get(i).position(i + 1)).toList());
    }

    /**
     * Records a repayment: oldest installment first, interest before principal. The first one
     * makes the loan REPAYING; the one that pays everything SETTLED. Arrears are re-evaluated.
     */
    public List<DomainEvent> recordRepayment(LoanRepayment repayment, Actor actor, LocalDate today, int thresholdDays, Instant now) {
        if (!state.outstanding()) {
            throw ProblemException.illegalTransition("record a repayment", state.name());
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
        events.add(LoanEvents.of(FinancingEventTypes.REPAYMENT_RECORDED, id, cooperativeId, ++eventSequence,
                new LoanRepaymentRecorded(id, cooperativeId, programId, partnerId, repayment.id, repayment.amount,
                        repayment.paidOn, allocation.interest(), allocation.principal(), after.outstandingPrincipal(),
                        after.outstandingInterest(), daysPastDue, now, eventSequence)));
        if (after.settled()) {
            events.add(record(LoanAction.SETTLE, state, LoanApplicationState.SETTLED, actor, null, now));
            events.add(LoanEvents.of(FinancingEventTypes.SETTLED, id, cooperativeId, ++eventSequence,
                    new LoanSettled(id, cooperativeId, programId, partnerId, approvedAmount, after.principalPaid(),
                            after.interestPaid(), repayment.paidOn, now, eventSequence)));
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
        events.add(LoanEvents.of(FinancingEventTypes.DEFAULTED, id, cooperativeId, ++eventSequence,
                new LoanDefaulted(id, cooperativeId, programId, partnerId, daysPastDue, thresholdDays,
                        ledger.outstandingPrincipal(), ledger.outstandingInterest(), today, now, eventSequence)));
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

    private void apply(RepaymentLedger ledger) {
        for (InstallmentPosition position : ledger.installments()) {
            ScheduledInstallment row = installments.get(position.number() - 1);
            row.principalPaid = position.principalPaid();
            row.interestPaid = position.interestPaid();
        }
    }

    private DomainEvent record(LoanAction action, LoanApplicationState from, LoanApplicationState to, Actor actor,
                               String reason, Instant now) {
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
        state = to;
        updatedAt = now;
        eventSequence++;
        return LoanEvents.of(FinancingEventTypes.STATE_CHANGED, id, cooperativeId, eventSequence,
                new LoanApplicationStateChanged(id, cooperativeId, programId, partnerId, from == null ? null : from.name(),
                        to.name(), currentAmount(), actor.role().label(), now, eventSequence));
    }
}
