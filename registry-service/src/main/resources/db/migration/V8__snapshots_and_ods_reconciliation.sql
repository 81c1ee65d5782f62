-- 1. The replayable register: the compacted topic registry.cooperative-snapshot.v1 gets a record
--    for every event of registry.cooperative.v1, written into the outbox by the same transaction.
--
-- Every registry event carries the cooperative's whole public snapshot (data.cooperative), so the
-- snapshot record is that object, with the same key, subject and aggregate version. A trigger
-- writes it so that no way of writing an event (the API, the import, the daily evaluation, a
-- bulk load with COPY) can forget it. It also takes a shared advisory lock ("SNAPSHOT"): the
-- one-off publication of every snapshot (SnapshotPublicationService) takes it exclusively per
-- batch, so it waits for the writes in flight and no write slips a newer snapshot in before an
-- older one of the same cooperative.
create function registry_snapshot_record() returns trigger
    language plpgsql
as $$
begin
    perform pg_advisory_xact_lock_shared(6002807166581886804);
    insert into outbox_event (id, topic, record_key, event_type, aggregate_type, aggregate_id, aggregate_version,
                              payload, occurred_at, traceparent)
    values (gen_random_uuid(), 'registry.cooperative-snapshot.v1', new.record_key,
            'id.go.bekasikota.registry.cooperative.snapshot.v1', new.aggregate_type, new.aggregate_id,
            new.aggregate_version, new.payload -> 'cooperative', new.occurred_at, new.traceparent);
    return null;
end
$$;

create trigger outbox_event_snapshot_record
    after insert on outbox_event
    for each row
    when (new.topic = 'registry.cooperative.v1' and jsonb_typeof(new.payload -> 'cooperative') = 'object')
execute function registry_snapshot_record();

-- An officer's publication of every cooperative's snapshot (for the data written before the
-- snapshot topic existed): who asked, when, and how far it got.
create table snapshot_publication (
    id           uuid primary key,
    requested_by text        not null,
    requested_at timestamptz not null,
    state        text        not null,
    total        int         not null,
    published    int         not null,
    -- Moved on with every batch: a RUNNING publication without progress for a while was cut off (a crash).
    heartbeat_at timestamptz not null,
    finished_at  timestamptz,
    failure      text
);

-- At most one publication runs at a time.
create unique index snapshot_publication_running on snapshot_publication ((true)) where state = 'RUNNING';

-- 2. Reconciliation with the ministry's Online Data System (ODS) export.
--
-- How names are compared: case, accents, spacing and punctuation do not count, nor does the word
-- "koperasi" ("KOPERASI  Mekar-Sari" and "Koperasi Mékar Sari" are the same name). Legal entity
-- numbers: case and spacing do not count.
create function ods_name_key(value text) returns text
    language sql immutable parallel safe strict
as $$ select regexp_replace(regexp_replace(registry_fold(value), '\mkoperasi\M', '', 'g'), '[^a-z0-9]+', '', 'g') $$;

create function legal_entity_key(value text) returns text
    language sql immutable parallel safe strict
as $$ select nullif(upper(regexp_replace(value, '\s+', '', 'g')), '') $$;

create table ods_reconciliation (
    id                      uuid primary key,
    as_of                   date        not null,
    file_name               text,
    separator               text        not null,
    compared_fields         text        not null,
    uploaded_by             text        not null,
    started_at              timestamptz not null,
    finished_at             timestamptz not null,
    total_rows              int         not null,
    bad_rows                int         not null,
    matched_by_number       int         not null,
    matched_by_legal_entity int         not null,
    proposed_matches        int         not null,
    only_in_ods             int         not null,
    only_in_register        int         not null,
    matched_with_differences int        not null,
    differences             int         not null
);

create index ods_reconciliation_started on ods_reconciliation (started_at desc, id);

-- The report: one item per finding, numbered in the report's order. Register values are those
-- of the reconciliation date (status and grade by the rules as of that date), kept as they were.
create table ods_report_item (
    reconciliation_id      uuid not null references ods_reconciliation (id) on delete cascade,
    item                   int  not null,
    kind                   text not null,
    line                   int,
    cooperative_id         uuid,
    cooperative_number     text,
    name                   text,
    ods_cooperative_number text,
    ods_name               text,
    matched_by             text,
    field                  text,
    register_value         text,
    ods_value              text,
    similarity             numeric(4, 3),
    message                text,
    confirmed_by           text,
    confirmed_at           timestamptz,
    primary key (reconciliation_id, item)
);

create index ods_report_item_kind on ods_report_item (reconciliation_id, kind, item);
