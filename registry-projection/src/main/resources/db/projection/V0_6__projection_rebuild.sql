-- Rebuilds of the projection of the register (module registry-projection): who asked, when, and
-- how far each got. The projection is rebuilt into a fresh table from the compacted snapshot
-- topic and the live topic, then takes the place of cooperative_projection in one transaction.
create table projection_rebuild (
    id               uuid primary key,
    projection       text        not null,
    state            text        not null,
    requested_by     text        not null,
    requested_at     timestamptz not null,
    -- Moved on with every batch: a rebuild without progress for a while was cut off (its instance stopped).
    heartbeat_at     timestamptz not null,
    finished_at      timestamptz,
    snapshot_records bigint      not null default 0,
    live_records     bigint      not null default 0,
    skipped_records  bigint      not null default 0,
    events_applied   bigint      not null default 0,
    lag              bigint      not null default 0,
    rows             bigint,
    failure          text
);

-- One rebuild of a projection at a time, across instances.
create unique index projection_rebuild_running on projection_rebuild (projection) where finished_at is null;
create index projection_rebuild_requested on projection_rebuild (requested_at desc, id);
