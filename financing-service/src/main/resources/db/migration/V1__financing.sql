-- Soft-loan facilitation: partners' financing programs, loan applications with their history,
-- documents, schedules and repayments, and the partners' idempotency keys.
-- The platform's outbox/inbox (V0_1) and the cooperative projection (V0_5) come first.

create table financing_program (
    id                     uuid primary key,
    version                bigint        not null,
    partner_id             text          not null,
    partner_name           text          not null,
    partner_kind           text          not null check (partner_kind in ('BANK', 'FUND')),
    name                   text          not null,
    scheme                 text          not null,
    annual_rate            numeric(8, 6) not null check (annual_rate >= 0),
    method                 text          not null check (method in ('DECLINING_BALANCE', 'FLAT')),
    min_amount             bigint        not null check (min_amount > 0),
    max_amount             bigint        not null,
    min_tenor_months       int           not null check (min_tenor_months > 0),
    max_tenor_months       int           not null,
    allowed_jenis          jsonb         not null default '[]',
    allowed_kbli_prefixes  jsonb         not null default '[]',
    opens_on               date          not null,
    closes_on              date,
    required_documents     jsonb         not null default '[]',
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null,
    check (max_amount >= min_amount),
    check (max_tenor_months >= min_tenor_months),
    check (closes_on is null or closes_on >= opens_on)
);

create index financing_program_partner on financing_program (partner_id, name, id);
create index financing_program_sort on financing_program (name, id);

create table loan_application (
    id                      uuid primary key,
    version                 bigint      not null,
    cooperative_id          uuid        not null,
    cooperative_name        text        not null,
    program_id              uuid        not null references financing_program (id),
    -- Copied from the program: partners' reads are scoped by it.
    partner_id              text        not null,
    state                   text        not null,
    requested_amount        bigint      not null check (requested_amount > 0),
    requested_tenor_months  int         not null check (requested_tenor_months > 0),
    purpose                 text        not null,
    approved_amount         bigint,
    approved_rate           numeric(8, 6),
    approved_tenor_months   int,
    schedule_method         text,
    disbursed_on            date,
    disbursement_reference  text,
    last_reason             text,
    days_past_due           int         not null default 0,
    arrears_evaluated_on    date,
    -- The aggregate version carried by the application's events: one more for every event.
    event_sequence          bigint      not null,
    submitted_at            timestamptz,
    forwarded_at            timestamptz,
    decided_at              timestamptz,
    created_by              text        not null,
    created_at              timestamptz not null,
    updated_at              timestamptz not null
);

create index loan_application_cooperative on loan_application (cooperative_id, created_at desc, id);
create index loan_application_partner on loan_application (partner_id, created_at desc, id) where forwarded_at is not null;
create index loan_application_program on loan_application (program_id, created_at desc, id);
create index loan_application_state on loan_application (state, created_at desc, id);
create index loan_application_defaulted on loan_application (cooperative_id) where state = 'DEFAULTED';

-- Who moved the application, when, from which state to which, and why.
create table loan_state_change (
    id             bigint generated always as identity primary key,
    application_id uuid        not null references loan_application (id),
    action         text        not null,
    from_state     text,
    to_state       text        not null,
    actor          text        not null,
    actor_role     text        not null,
    reason         text,
    occurred_at    timestamptz not null
);

create index loan_state_change_application on loan_state_change (application_id, id);

create table loan_installment (
    application_id uuid   not null references loan_application (id),
    number         int    not null,
    due_date       date   not null,
    principal_due  bigint not null check (principal_due >= 0),
    interest_due   bigint not null check (interest_due >= 0),
    principal_paid bigint not null default 0,
    interest_paid  bigint not null default 0,
    primary key (application_id, number),
    check (principal_paid between 0 and principal_due),
    check (interest_paid between 0 and interest_due)
);

create table loan_repayment (
    id                uuid primary key,
    application_id    uuid        not null references loan_application (id),
    amount            bigint      not null check (amount > 0),
    paid_on           date        not null,
    partner_reference text        not null,
    interest_paid     bigint      not null,
    principal_paid    bigint      not null,
    -- How the repayment was spread: [{"number": 1, "interest": ..., "principal": ...}, ...]
    allocation        jsonb       not null,
    recorded_by       text        not null,
    recorded_at       timestamptz not null,
    -- A bank's reference names one payment: the same one twice is a double booking.
    unique (application_id, partner_reference)
);

create index loan_repayment_application on loan_repayment (application_id, recorded_at, id);

create table loan_document (
    id             uuid primary key,
    application_id uuid        not null references loan_application (id),
    document_type  text        not null,
    filename       text,
    media_type     text        not null,
    size_bytes     bigint      not null,
    sha256         text        not null,
    uploaded_by    text        not null,
    uploaded_at    timestamptz not null
);

create index loan_document_application on loan_document (application_id, uploaded_at, id);

-- The bytes apart from the metadata, so that listing documents never reads them.
create table loan_document_content (
    document_id uuid primary key references loan_document (id),
    content     bytea not null
);

-- Partner writes with an Idempotency-Key: the first answer is kept and replayed for a retry.
create table idempotency_record (
    partner_id      text        not null,
    idempotency_key text        not null,
    request_hash    text        not null,
    response_status int,
    response_body   text,
    created_at      timestamptz not null,
    primary key (partner_id, idempotency_key)
);

create index idempotency_record_created on idempotency_record (created_at);
