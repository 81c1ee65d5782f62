-- Shared by every service (platform module): the transactional outbox and the inbox of
-- processed event ids. Service migrations start at V1.

create table outbox_event (
    id                uuid primary key,
    sequence          bigint generated always as identity unique,
    topic             text        not null,
    record_key        text        not null,
    event_type        text        not null,
    aggregate_type    text        not null,
    aggregate_id      text        not null,
    aggregate_version bigint      not null,
    payload           jsonb       not null,
    occurred_at       timestamptz not null,
    traceparent       text,
    published_at      timestamptz
);

-- The relay reads the unpublished rows in commit order; the partial index stays small.
create index outbox_event_unpublished on outbox_event (sequence) where published_at is null;

create table processed_event (
    consumer     text        not null,
    event_id     text        not null,
    source_topic text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
