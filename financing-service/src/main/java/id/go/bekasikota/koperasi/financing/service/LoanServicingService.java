package id.go.bekasikota.koperasi.financing.service;

import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.financing.config.FinancingConfig;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.financing.domain.LoanApplication;
import id.go.bekasikota.koperasi.financing.domain.LoanApplicationState;
import id.go.bekasikota.koperasi.financing.domain.LoanRepayment;
import id.go.bekasikota.koperasi.financing.domain.Portfolio;
import id.go.bekasikota.koperasi.financing.domain.RepaymentReport;
import id.go.bekasikota.koperasi.financing.domain.Subjects;
import id.go.bekasikota.koperasi.platform.outbox.DomainEvent;
import id.go.bekasikota.koperasi.platform.outbox.EventOutbox;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import id.go.bekasikota.koperasi.platform.jobs.ScheduledWork;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Disbursed loans: repayments reported by partners, the daily arrears evaluation (days past due,
 * DEFAULTED beyond the threshold) and portfolio figures.
 */
@ApplicationScoped
public class LoanServicingService {

    private static final Logger LOG = Logger.getLogger(LoanServicingService.class);

    private final EventOutbox outbox;
    private final LoanApplicationService applications;
    private final FinancingConfig config;
    private final Today today;
    private final EntityManager entityManager;
    private final ScheduledWork scheduled;

    public LoanServicingService(EventOutbox outbox, LoanApplicationService applications, FinancingConfig config,
                                Today today, EntityManager entityManager, ScheduledWork scheduled) {
        this.scheduled = scheduled;
        this.outbox = outbox;
        this.applications = applications;
        this.config = config;
        this.today = today;
        this.entityManager = entityManager;
    }

    /**
     * A repayment reported by the loan's partner, spread over the installments by the loan; the
     * same partner reference twice is refused (409 naming the first).
     */
    @Transactional
    public LoanRepayment record(UUID applicationId, RepaymentReport report, Actor partner) {
        LoanApplication loan = applications.lockVisible(applicationId, partner);
        LoanRepayment.byReference(applicationId, report.partnerReference()).ifPresent(existing -> {
            throw ProblemException.duplicate(Text.of("financing.repayment.recorded-already", report.partnerReference()),
                    existing.id.toString());
        });
        LoanRepayment repayment = LoanRepayment.reported(report);
        List<DomainEvent> events = loan.recordRepayment(repayment, LoanRepayment.latestPaidOn(applicationId).orElse(null), partner,
                today.date(), config.defaultAfterDaysPastDue(), today.now());
        repayment.persist();
        outbox.append(events);
        return repayment;
    }

    @Transactional
    public Page<LoanRepayment> repayments(UUID applicationId, Actor actor, PageRequest paging) {
        applications.find(applicationId, actor);
        var query = LoanRepayment.<LoanRepayment>find("applicationId", Sort.by("recordedAt").and("id"), applicationId);
        return Page.of(query.page(paging.page() - 1, paging.size()).list(), paging, query.count());
    }

    /** One repayment of an application the actor may see; one of another application is a 404, as an unknown one. */
    @Transactional
    public LoanRepayment repayment(UUID applicationId, UUID repaymentId, Actor actor) {
        applications.find(applicationId, actor);
        return LoanRepayment.<LoanRepayment>findByIdOptional(repaymentId)
                .filter(r -> r.applicationId.equals(applicationId))
                .orElseThrow(() -> ProblemException.notFound(Subjects.REPAYMENT, repaymentId));
    }

    /** Daily at 00:30 office time: every loan with money out is re-evaluated for today. */
    @Scheduled(cron = "{koperasi.financing.arrears-evaluation.cron:0 30 0 * * ?}", timeZone = "Asia/Jakarta",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "arrears-evaluation")
    void evaluateDaily() {
        scheduled.run("arrears-evaluation", () -> {
            Evaluation result = evaluateArrears();
            LOG.infof("Arrears evaluated as of %s: %d loans, %d defaulted", result.asOf(), result.evaluated(),
                    result.defaulted().size());
        });
    }

    /**
     * The daily evaluation made up when it did not run for today (the service down or restarting at 00:30): a loan
     * past the threshold would otherwise stay REPAYING, and pass the "no DEFAULTED loan" rule, until the next night.
     * Finds nothing to do most of the time.
     */
    @Scheduled(every = "{koperasi.financing.arrears-evaluation.catch-up:10m}", delayed = "{koperasi.financing.arrears-evaluation.catch-up-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "arrears-catch-up")
    void catchUpScheduled() {
        scheduled.run("arrears-catch-up", () -> catchUp().ifPresent(result -> LOG.infof(
                "Arrears evaluation as of %s made up: %d loans, %d defaulted", result.asOf(), result.evaluated(),
                result.defaulted().size())));
    }

    /** Evaluates the loans as of today if one with money out has not been evaluated for today; empty when none. */
    public Optional<Evaluation> catchUp() {
        LocalDate asOf = today.date();
        long behind = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select count(a) from LoanApplication a where a.state in :states"
                                + " and (a.arrearsEvaluatedOn is null or a.arrearsEvaluatedOn < :asOf)", Long.class)
                .setParameter("states", List.of(LoanApplicationState.DISBURSED, LoanApplicationState.REPAYING,
                        LoanApplicationState.DEFAULTED))
                .setParameter("asOf", asOf)
                .getSingleResult());
        return behind == 0 ? Optional.empty() : Optional.of(evaluateArrears());
    }

    /**
     * Re-evaluates every DISBURSED, REPAYING or DEFAULTED loan as of today, each in its own
     * transaction (one loan's trouble never blocks the others). Two instances running it at once
     * serialise on each loan's row lock; a loan already DEFAULTED publishes nothing again.
     */
    public Evaluation evaluateArrears() {
        LocalDate asOf = today.date();
        int threshold = config.defaultAfterDaysPastDue();
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select a.id from LoanApplication a where a.state in :states order by a.id", UUID.class)
                .setParameter("states", List.of(LoanApplicationState.DISBURSED, LoanApplicationState.REPAYING,
                        LoanApplicationState.DEFAULTED))
                .getResultList());
        List<UUID> defaulted = new ArrayList<>();
        for (UUID id : ids) {
            boolean turned = QuarkusTransaction.requiringNew().call(() -> {
                LoanApplication loan = LoanApplication.findById(id, LockModeType.PESSIMISTIC_WRITE);
                LoanApplicationState before = loan.state;
                List<DomainEvent> events = loan.evaluateArrears(asOf, threshold, today.now());
                outbox.append(events);
                return before != LoanApplicationState.DEFAULTED && loan.state == LoanApplicationState.DEFAULTED;
            });
            if (turned) {
                defaulted.add(id);
            }
        }
        return new Evaluation(asOf, threshold, ids.size(), defaulted);
    }

    /** What an arrears evaluation did. */
    public record Evaluation(LocalDate asOf, int thresholdDays, int evaluated, List<UUID> defaulted) {
    }

    /**
     * Disbursed loans of a partner and/or program as of today: one aggregate query over the
     * installments, never the loans one by one.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public Portfolio portfolio(String partnerId, UUID programId) {
        LocalDate asOf = today.date();
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select a.state, a.approved_amount,
                               coalesce(sum(i.principal_due - i.principal_paid), 0),
                               min(i.due_date) filter (where i.principal_paid < i.principal_due or i.interest_paid < i.interest_due)
                        from loan_application a join loan_installment i on i.application_id = a.id
                        where a.disbursed_on is not null
                          and (cast(:partner as text) is null or a.partner_id = cast(:partner as text))
                          and (cast(:program as uuid) is null or a.program_id = cast(:program as uuid))
                        group by a.id, a.state, a.approved_amount""")
                .setParameter("partner", partnerId)
                .setParameter("program", programId)
                .getResultList();
        List<Portfolio.Loan> loans = rows.stream().map(r -> {
            LocalDate oldestUnpaid = r[3] == null ? null
                    : r[3] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) r[3];
            int daysPastDue = oldestUnpaid != null && asOf.isAfter(oldestUnpaid)
                    ? (int) java.time.temporal.ChronoUnit.DAYS.between(oldestUnpaid, asOf) : 0;
            return new Portfolio.Loan(LoanApplicationState.valueOf((String) r[0]), ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue(), daysPastDue);
        }).toList();
        return Portfolio.of(partnerId, programId, asOf, loans);
    }
}
