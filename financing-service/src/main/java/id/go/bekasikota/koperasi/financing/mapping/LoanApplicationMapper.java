package id.go.bekasikota.koperasi.financing.mapping;

import id.go.bekasikota.koperasi.financing.domain.Disbursement;
import id.go.bekasikota.koperasi.financing.domain.Eligibility;
import id.go.bekasikota.koperasi.financing.domain.InstallmentPosition;
import id.go.bekasikota.koperasi.financing.domain.LoanApplication;
import id.go.bekasikota.koperasi.financing.domain.LoanCorrection;
import id.go.bekasikota.koperasi.financing.domain.LoanDecision;
import id.go.bekasikota.koperasi.financing.domain.LoanDocument;
import id.go.bekasikota.koperasi.financing.domain.LoanProposal;
import id.go.bekasikota.koperasi.financing.domain.LoanRepayment;
import id.go.bekasikota.koperasi.financing.domain.LoanStateChange;
import id.go.bekasikota.koperasi.financing.domain.Portfolio;
import id.go.bekasikota.koperasi.financing.domain.RepaymentLedger;
import id.go.bekasikota.koperasi.financing.domain.RepaymentReport;
import id.go.bekasikota.koperasi.financing.rest.dto.DecisionRequest;
import id.go.bekasikota.koperasi.financing.rest.dto.DisbursementRequest;
import id.go.bekasikota.koperasi.financing.rest.dto.DocumentView;
import id.go.bekasikota.koperasi.financing.rest.dto.EligibilityView;
import id.go.bekasikota.koperasi.financing.rest.dto.InstallmentView;
import id.go.bekasikota.koperasi.financing.rest.dto.LoanApplicationPatch;
import id.go.bekasikota.koperasi.financing.rest.dto.LoanApplicationRequest;
import id.go.bekasikota.koperasi.financing.rest.dto.LoanApplicationView;
import id.go.bekasikota.koperasi.financing.rest.dto.PortfolioView;
import id.go.bekasikota.koperasi.financing.rest.dto.RepaymentRequest;
import id.go.bekasikota.koperasi.financing.rest.dto.RepaymentView;
import id.go.bekasikota.koperasi.financing.rest.dto.ScheduleView;
import id.go.bekasikota.koperasi.financing.rest.dto.StateChangeView;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.security.ActorRole;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Loan applications, their schedules, repayments, documents and history between the domain and the API. */
@ApplicationScoped
public class LoanApplicationMapper {

    public LoanProposal toProposal(LoanApplicationRequest request) {
        return new LoanProposal(request.cooperativeId(), request.programId(), request.amount(), request.tenorMonths(),
                request.purpose().strip());
    }

    public LoanCorrection toCorrection(LoanApplicationPatch patch) {
        return new LoanCorrection(patch.programId(), patch.amount(), patch.tenorMonths(),
                patch.purpose() == null ? null : patch.purpose().strip());
    }

    /** A decline names no terms (400 otherwise); its reason is checked by the application, like every reason. */
    public LoanDecision toDecision(DecisionRequest request) {
        if (request.decision() == DecisionRequest.Decision.APPROVE) {
            return new LoanDecision.Approve(request.amount(), request.annualRate(), request.tenorMonths(), request.reason());
        }
        if (request.amount() != null || request.annualRate() != null || request.tenorMonths() != null) {
            throw ProblemException.invalid("decision", Text.of("financing.field.decline-without-terms"));
        }
        return new LoanDecision.Decline(request.reason());
    }

    public Disbursement toDisbursement(DisbursementRequest request) {
        return new Disbursement(request.disbursedOn(), request.partnerReference().strip());
    }

    public RepaymentReport toReport(RepaymentRequest request) {
        return new RepaymentReport(request.amount(), request.paidOn(), request.partnerReference().strip());
    }

    /** The application as {@code viewer} sees it (a partner: no reason the office gave before the forwarding). */
    public LoanApplicationView toView(LoanApplication a, LocalDate today, Actor viewer) {
        Long outstanding = null;
        Integer daysPastDue = null;
        if (!a.installments.isEmpty()) {
            RepaymentLedger ledger = a.ledger();
            outstanding = ledger.outstandingPrincipal();
            daysPastDue = a.state.outstanding() ? ledger.daysPastDue(today) : 0;
        }
        return new LoanApplicationView(a.id, a.cooperativeId, a.cooperativeName, a.programId, a.partnerId, a.state.name(),
                a.state.next().stream().map(Enum::name).sorted().toList(), a.requestedAmount, a.requestedTenorMonths,
                a.purpose, a.approvedAmount, FinancingProgramMapper.rate(a.approvedRate), a.approvedTenorMonths,
                a.scheduleMethod == null ? null : a.scheduleMethod.name(), a.disbursedOn, a.disbursementReference,
                a.reasonSeenBy(viewer), outstanding, daysPastDue, a.submittedAt, a.forwardedAt, a.decidedAt, a.createdAt,
                a.updatedAt, a.version);
    }

    public ScheduleView toSchedule(LoanApplication a, LocalDate today) {
        RepaymentLedger ledger = a.ledger();
        List<InstallmentView> rows = new ArrayList<>();
        long balance = a.approvedAmount;
        long totalInterest = 0;
        for (InstallmentPosition i : ledger.installments()) {
            balance -= i.principalDue();
            totalInterest += i.interestDue();
            rows.add(new InstallmentView(i.number(), i.dueDate(), i.principalDue(), i.interestDue(),
                    i.principalDue() + i.interestDue(), balance, i.principalPaid(), i.interestPaid(), i.paid()));
        }
        return new ScheduleView(a.id, a.state.name(), a.approvedAmount, FinancingProgramMapper.rate(a.approvedRate),
                a.approvedTenorMonths, a.scheduleMethod.name(), a.disbursedOn, totalInterest, a.approvedAmount + totalInterest,
                ledger.principalPaid(), ledger.interestPaid(), ledger.outstandingPrincipal(), ledger.outstandingInterest(),
                a.state.outstanding() ? ledger.daysPastDue(today) : 0, rows);
    }

    /**
     * One line of the history as {@code viewer} sees it: a partner sees the account names of partners
     * only; an office clerk's or a cooperative member's name stays with the office (the role is shown).
     */
    public StateChangeView toView(LoanStateChange c, Actor viewer) {
        boolean named = viewer.role() != ActorRole.PARTNER || ActorRole.PARTNER.label().equals(c.actorRole);
        return new StateChangeView(c.action.name(), c.fromState == null ? null : c.fromState.name(), c.toState.name(),
                named ? c.actor : null, c.actorRole, c.reason, c.occurredAt);
    }

    public RepaymentView toView(LoanRepayment r) {
        return new RepaymentView(r.id, r.applicationId, r.amount, r.paidOn, r.partnerReference, r.interestPaid,
                r.principalPaid, r.allocation.stream()
                .map(p -> new RepaymentView.Part(p.number(), p.interest(), p.principal())).toList(), r.recordedAt);
    }

    /** Who uploaded it is named to the office and the applicant, not to the partner (as in the history it reads). */
    public DocumentView toView(LoanDocument d, Actor viewer) {
        return new DocumentView(d.id, d.applicationId, d.documentType, d.filename, d.mediaType, d.sizeBytes, d.sha256,
                d.uploadedAt, viewer.role() == ActorRole.PARTNER ? null : d.uploadedBy);
    }

    /** The eligibility with its explanations in the language of the answer. */
    public EligibilityView toView(UUID cooperativeId, UUID programId, Eligibility e, java.util.Locale language) {
        return new EligibilityView(cooperativeId, programId, e.asOf(), e.latestDueYear(), e.eligible(),
                e.checks().stream().filter(c -> c.outcome() == Eligibility.Outcome.FAILED).map(c -> c.detail(language)).toList(),
                e.checks().stream().map(c -> new EligibilityView.Check(c.rule().name(), c.outcome().name(), c.detail(language))).toList());
    }

    public PortfolioView toView(Portfolio p) {
        return new PortfolioView(p.partnerId(), p.programId(), p.asOf(), p.loans(), p.outstandingLoans(), p.disbursedTotal(),
                p.outstandingPrincipal(), p.outstandingPrincipalPastDue30(), p.par30(), p.defaults());
    }
}
