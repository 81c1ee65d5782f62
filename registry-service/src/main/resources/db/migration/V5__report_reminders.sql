-- The early warning before each 1 July (ReportReminderService): one row per report-due reminder
-- published, inserted in the same transaction as its outbox event. The primary key makes each
-- reminder published once per cooperative, switch date and lead time: a second instance or a
-- rerun after a restart finds the row (or waits for the first instance's transaction) and
-- publishes nothing.
create table report_reminder (
    cooperative_id uuid        not null references cooperative (id),
    switch_on      date        not null,
    lead_days      int         not null check (lead_days > 0),
    report_year    int         not null,
    reminded_on    date        not null,
    created_at     timestamptz not null,
    primary key (cooperative_id, switch_on, lead_days)
);
