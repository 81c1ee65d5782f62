package id.go.bekasikota.koperasi.registry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/** The early warning before each 1 July: when the daily job publishes {@code report-due} reminders. */
@ConfigMapping(prefix = "koperasi.report-reminders")
public interface ReportReminderConfig {

    /** Days before the switch (1 July) on which a reminder goes out, e.g. 90, 30 and 7. */
    @WithDefault("90,30,7")
    List<Integer> leadDays();

    /** When the daily job runs (Quartz cron, office time, or {@code off}); read by the scheduler. */
    @WithDefault("0 20 0 * * ?")
    String cron();
}
