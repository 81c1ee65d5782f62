-- awards-service: award programs with their scoring sheets, jurors, nominations, conflicts of
-- interest, juror scores, forwarding to the next round, and the loan-standing projection of
-- financing's events. (The cooperative projection comes from module registry-projection.)

create table award_program (
    id                   uuid primary key,
    version              bigint      not null,
    year                 integer     not null,
    name                 text        not null,
    category             text        not null,
    jenis                text,
    level                text        not null,
    nominations_open_on  date        not null,
    nominations_close_on date        not null,
    nominations_closed_on date,
    announcement_on      date        not null,
    self_nomination      boolean     not null,
    winners              integer     not null check (winners > 0),
    scoring_sheet        jsonb       not null,
    state                text        not null,
    finalised_on         date,
    finalised_by         text,
    announced_on         date,
    announced_by         text,
    created_by           text        not null,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    check (nominations_close_on >= nominations_open_on)
);

create index award_program_year on award_program (year desc, id);

create table juror_assignment (
    id          uuid primary key,
    program_id  uuid        not null references award_program (id),
    juror       text        not null,
    assigned_by text        not null,
    assigned_at timestamptz not null,
    unique (program_id, juror)
);

create index juror_assignment_juror on juror_assignment (juror);

create table nomination (
    id                 uuid primary key,
    version            bigint      not null,
    revision           bigint      not null,
    program_id         uuid        not null references award_program (id),
    cooperative_id     uuid        not null,
    cooperative_number text,
    cooperative_name   text        not null,
    state              text        not null,
    statement          text,
    nominated_by       text        not null,
    nominated_by_role  text        not null,
    submitted_on       date        not null,
    eligibility        jsonb       not null,
    withdrawn_on       date,
    withdrawn_by       text,
    withdrawal_reason  text,
    rank               integer,
    total_score        numeric(5, 2),
    winner             boolean,
    result             jsonb,
    created_at         timestamptz not null,
    updated_at         timestamptz not null
);

-- One nomination per cooperative per program; a withdrawn one does not count.
create unique index nomination_one_per_cooperative on nomination (program_id, cooperative_id) where state <> 'WITHDRAWN';
create index nomination_cooperative on nomination (cooperative_id);

create table conflict_declaration (
    id            uuid primary key,
    nomination_id uuid        not null references nomination (id),
    juror         text        not null,
    reason        text        not null,
    declared_at   timestamptz not null,
    unique (nomination_id, juror)
);

create table juror_score (
    id             uuid primary key,
    nomination_id  uuid        not null references nomination (id),
    juror          text        not null,
    indicator_code text        not null,
    score          integer     not null check (score between 0 and 100),
    comment        text,
    revision       integer     not null,
    scored_at      timestamptz not null,
    unique (nomination_id, juror, indicator_code)
);

create table forwarding (
    id                  uuid primary key,
    version             bigint      not null,
    nomination_id       uuid        not null unique references nomination (id),
    program_id          uuid        not null references award_program (id),
    cooperative_id      uuid        not null,
    from_level          text        not null,
    to_level            text        not null,
    forwarded_on        date        not null,
    forwarded_by        text        not null,
    note                text,
    outcome             text        not null,
    outcome_rank        integer,
    decided_on          date,
    outcome_note        text,
    outcome_recorded_by text,
    created_at          timestamptz not null,
    updated_at          timestamptz not null
);

-- What awards knows of each loan, from financing.loan-application.v1 only.
create table loan_standing (
    application_id uuid primary key,
    cooperative_id uuid        not null,
    state          text        not null,
    disbursed      boolean     not null,
    ever_defaulted boolean     not null,
    version        bigint      not null,
    last_event_id  text        not null,
    updated_at     timestamptz not null
);

create index loan_standing_cooperative on loan_standing (cooperative_id);
