package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.platform.outbox.EventOutbox;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.registry.config.ReportReminderConfig;
import id.go.bekasikota.koperasi.registry.domain.ActivationStep;
import id.go.bekasikota.koperasi.registry.domain.AtRiskCooperative;
import id.go.bekasikota.koperasi.registry.domain.RankedCooperatives;
import id.go.bekasikota.koperasi.registry.domain.RegisterScope;
import id.go.bekasikota.koperasi.registry.domain.ReportReminders;
import id.go.bekasikota.koperasi.registry.repository.ActivationPlanningQueries;
import io.quarkus.narayana.jta.QuarkusTransaction;
import id.go.bekasikota.koperasi.platform.jobs.ScheduledWork;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The daily job of the early warning: on each lead time before the next 1 July (configured, e.g.
 * 90, 30 and 7 days) it publishes one {@code report-due} event per cooperative at risk
 * ({@link ActivationPlanningQueries#atRisk}). Each reminder is a row of {@code report_reminder},
 * inserted in the same transaction as its outbox event; its key (cooperative, switch date, lead
 * time) makes a second instance, or a rerun after a restart, publish nothing again.
 */
@ApplicationScoped
public class ReportReminderService {

    private static final Logger LOG = Logger.getLogger(ReportReminderService.class);
    private static final int CHUNK = 200;

    private final ActivationPlanningQueries queries;
    private final EventOutbox outbox;
    private final EntityManager entityManager;
    private final ReportReminderConfig config;
    private final Today today;
    private final ScheduledWork scheduled;

    public ReportReminderService(ActivationPlanningQueries queries, EventOutbox outbox, EntityManager entityManager,
                                 ReportReminderConfig config, Today today, ScheduledWork scheduled) {
        this.scheduled = scheduled;
        this.queries = queries;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.config = config;
        this.today = today;
    }

    /** What one run did: the lead times due today and how many reminders it published (others had been before). */
    public record Run(LocalDate today, LocalDate switchOn, List<Integer> dueLeadDays, int atRisk, int published) {
    }

    /** Every day shortly after the standing evaluation (00:05), office time. */
    @Scheduled(cron = "${koperasi.report-reminders.cron:0 20 0 * * ?}", timeZone = "Asia/Jakarta",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "report-reminders")
    void daily() {
        scheduled.run("report-reminders", () -> {
            Run run = publishDue();
            LOG.infof("Report reminders on %s for the switch of %s: lead times %s due, %d cooperatives at risk, %d reminders published",
                    run.today(), run.switchOn(), run.dueLeadDays(), run.atRisk(), run.published());
        });
    }

    /** Publishes the reminders due today that were not published before. */
    public Run publishDue() {
        LocalDate date = today.date();
        LocalDate switchOn = ReportReminders.nextSwitch(date);
        List<Integer> due = ReportReminders.dueLeadDays(date, switchOn, config.leadDays());
        if (due.isEmpty()) {
            return new Run(date, switchOn, due, 0, 0);
        }
        RankedCooperatives atRisk = QuarkusTransaction.requiringNew().call(() -> queries.atRiskRanked(date, switchOn, RegisterScope.WHOLE)).cooperatives();
        int published = 0;
        for (int from = 1; from <= atRisk.size(); from += CHUNK) {
            List<UUID> chunk = atRisk.ranks(from, from + CHUNK - 1);
            published += QuarkusTransaction.requiringNew().call(() -> publish(queries.atRisk(date, chunk), due, date, switchOn));
        }
        return new Run(date, switchOn, due, atRisk.size(), published);
    }

    /** One transaction: the reminder rows not there yet and their events. Rows are taken in one order, so instances never deadlock. */
    private int publish(List<AtRiskCooperative> chunk, List<Integer> due, LocalDate date, LocalDate switchOn) {
        int published = 0;
        for (AtRiskCooperative cooperative : chunk) {
            ActivationStep step = ActivationStep.toBeActiveOn(switchOn, cooperative.foundedOn(), date);
            for (int lead : due) {
                int inserted = entityManager.createNativeQuery("""
                                insert into report_reminder (cooperative_id, switch_on, lead_days, report_year, reminded_on, created_at)
                                values (:cooperative, :switchOn, :lead, :year, :today, now())
                                on conflict do nothing""")
                        .setParameter("cooperative", cooperative.id())
                        .setParameter("switchOn", switchOn)
                        .setParameter("lead", lead)
                        .setParameter("year", step.financialYear())
                        .setParameter("today", date)
                        .executeUpdate();
                if (inserted == 1) {
                    outbox.append(ReportReminders.reportDue(cooperative, step, switchOn, lead, date));
                    published++;
                }
            }
        }
        return published;
    }
}
