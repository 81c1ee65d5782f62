-- One name for the version carried by an application's events: aggregate_version, as the
-- CloudEvents extension (aggregateversion) and the event payloads (aggregateVersion) call it.
alter table loan_application rename column event_sequence to aggregate_version;
comment on column loan_application.aggregate_version is
    'The aggregate version carried by the latest event of the application; one more for every event.';
