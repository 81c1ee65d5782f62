-- notifications-service: webhook subscriptions, their signing secrets, deliveries and attempts.

-- An endpoint that receives events: a partner's (owner PARTNER, partner_id set) or a government
-- system's managed by the office (owner OFFICE).
create table subscription (
    id                   uuid        primary key,
    owner                text        not null check (owner in ('PARTNER', 'OFFICE')),
    partner_id           text,
    url                  text        not null,
    -- Space-separated CloudEvents types; a type ending in .* takes every type below that prefix.
    event_types          text        not null,
    description          text,
    active               boolean     not null,
    -- The endpoint's circuit: after consecutive failures it opens and nothing is sent until open_until.
    consecutive_failures int         not null default 0,
    circuit_open_until   timestamptz,
    created_by           text        not null,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    version              bigint      not null,
    check ((owner = 'PARTNER') = (partner_id is not null))
);
create index subscription_partner on subscription (partner_id);

-- Standard Webhooks secrets (whsec_ + base64 of 32 random bytes). The current one has no
-- expires_at; after a rotation the previous one signs too until its expires_at (overlap).
create table signing_secret (
    id              uuid        primary key,
    subscription_id uuid        not null references subscription (id),
    secret          text        not null,
    created_at      timestamptz not null,
    expires_at      timestamptz
);
create index signing_secret_subscription on signing_secret (subscription_id);

-- One event for one subscription. webhook_id stays the same for every attempt and redelivery.
-- Deliveries of one subscription and one ordering key (the cooperative) go out in sequence order.
create table delivery (
    id              uuid        primary key,
    sequence        bigint      generated always as identity unique,
    webhook_id      text        not null unique,
    subscription_id uuid        not null references subscription (id),
    event_id        text        not null,
    event_type      text        not null,
    ordering_key    text        not null,
    -- The exact body sent (and signed): the CloudEvent in structured JSON mode.
    payload         text        not null,
    state           text        not null check (state in ('PENDING', 'DELIVERED', 'DEAD')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    give_up_after   timestamptz not null,
    -- A dispatcher that claimed the delivery holds it until then; a crashed one's claims expire.
    leased_until    timestamptz,
    last_status     int,
    last_error      text,
    created_at      timestamptz not null,
    delivered_at    timestamptz,
    version         bigint      not null,
    unique (subscription_id, event_id)
);
create index delivery_due on delivery (next_attempt_at) where state = 'PENDING';
create index delivery_in_order on delivery (subscription_id, ordering_key, sequence) where state = 'PENDING';
create index delivery_log on delivery (subscription_id, sequence desc);

create table delivery_attempt (
    id               uuid        primary key,
    delivery_id      uuid        not null references delivery (id),
    number           int         not null,
    attempted_at     timestamptz not null,
    status_code      int,
    latency_ms       bigint      not null,
    error            text,
    -- At most koperasi.webhooks.delivery.response-excerpt characters of the answer's body.
    response_excerpt text,
    unique (delivery_id, number)
);

-- Applications forwarded to a partner (from financing's state-changed events): a partner's
-- subscription receives an application's events from its forwarding on, as the partner API shows it.
create table forwarded_application (
    application_id uuid        primary key,
    partner_id     text        not null,
    forwarded_at   timestamptz not null
);
