-- The register of cooperatives, their annual members' meeting (RAT) reports, reactivation
-- cases, UKM clusters, bulk imports and the award history.

-- Case- and accent-insensitive name search ("Koperási" finds "koperasi"), partial matches by
-- trigram index. Both extensions are trusted (PostgreSQL 13+): a database owner may create them.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE (its dictionary could change); pinning the dictionary makes the
-- folding immutable, so that it can feed a generated column and an index.
create function registry_fold(value text) returns text
    language sql immutable parallel safe strict
as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

create table cooperative (
    id                      uuid primary key,
    version                 bigint      not null,
    cooperative_number      text unique,
    name                    text        not null,
    search_name             text generated always as (registry_fold(name)) stored,
    legal_entity_number     text,
    legal_entity_date       date,
    jenis                   text        not null,
    bentuk                  text        not null,
    kelompok                text        not null,
    kbli_code               text,
    kbli_edition            text,
    savings_loan_scope      text,
    address                 text,
    kecamatan_code          text        not null,
    kelurahan               text,
    founded_on              date        not null,
    phone                   text,
    email                   text,
    dissolved_on            date,
    dissolution_legal_basis text,
    -- The latest financial year's current report, kept here for search, sort and export.
    latest_report_year      int,
    latest_members          int,
    latest_assets           bigint,
    -- The status and grade last published (events status-changed / grade-changed) as of last_evaluated_on.
    last_status             text        not null,
    last_grade              text        not null,
    last_evaluated_on       date        not null,
    created_at              timestamptz not null,
    updated_at              timestamptz not null
);

create index cooperative_search_name on cooperative using gin (search_name gin_trgm_ops);
create index cooperative_sort_name on cooperative (search_name, id);
create index cooperative_kecamatan on cooperative (kecamatan_code);
create index cooperative_jenis on cooperative (jenis);
create index cooperative_kelompok on cooperative (kelompok);
create index cooperative_kbli on cooperative (kbli_code);
create index cooperative_founded on cooperative (founded_on, id);
create index cooperative_assets on cooperative (latest_assets, id);

-- Board (pengurus) and supervisors (pengawas): personal data, never in events or the public view.
create table cooperative_board_member (
    cooperative_id uuid not null references cooperative (id) on delete cascade,
    ordinal        int  not null,
    name           text not null,
    position       text not null,
    personal_nik   text,
    phone          text,
    primary key (cooperative_id, ordinal)
);

create table cooperative_supervisor (
    cooperative_id uuid not null references cooperative (id) on delete cascade,
    ordinal        int  not null,
    name           text not null,
    position       text not null,
    personal_nik   text,
    phone          text,
    primary key (cooperative_id, ordinal)
);

create table cooperative_branch (
    cooperative_id uuid not null references cooperative (id) on delete cascade,
    ordinal        int  not null,
    name           text not null,
    address        text,
    kecamatan_code text not null,
    primary key (cooperative_id, ordinal)
);

create table annual_report (
    id               uuid primary key,
    cooperative_id   uuid        not null references cooperative (id),
    financial_year   int         not null,
    revision         int         not null,
    current          boolean     not null,
    meeting_date     date        not null,
    members_male     int         not null,
    members_female   int         not null,
    employees        int         not null,
    own_capital      bigint      not null,
    external_capital bigint      not null,
    assets           bigint      not null,
    turnover         bigint      not null,
    surplus          bigint      not null,
    filed_at         timestamptz not null,
    filed_by         text        not null,
    unique (cooperative_id, financial_year, revision)
);

-- One current report per year; corrections keep the earlier revisions.
create unique index annual_report_current on annual_report (cooperative_id, financial_year) where current;
-- The standing queries read current reports by window year and meeting date.
create index annual_report_window on annual_report (financial_year, meeting_date) include (cooperative_id) where current;

-- Reactivation of a dormant ("mati suri") cooperative: the office's visits until a report brings it back.
create table reactivation_case (
    id             uuid primary key,
    version        bigint      not null,
    cooperative_id uuid        not null references cooperative (id),
    status         text        not null,
    opened_on      date        not null,
    opened_by      text        not null,
    reason         text        not null,
    closed_on      date,
    closed_by      text,
    outcome        text,
    created_at     timestamptz not null,
    updated_at     timestamptz not null
);

create unique index reactivation_case_open on reactivation_case (cooperative_id) where status = 'OPEN';
create index reactivation_case_cooperative on reactivation_case (cooperative_id, opened_on);

create table reactivation_visit (
    case_id     uuid        not null references reactivation_case (id) on delete cascade,
    ordinal     int         not null,
    visited_on  date        not null,
    notes       text        not null,
    next_steps  text,
    recorded_by text        not null,
    recorded_at timestamptz not null,
    primary key (case_id, ordinal)
);

-- UKM clusters ("sentra"): small businesses that buy, produce and sell together.
create table cluster (
    id                  uuid primary key,
    version             bigint      not null,
    name                text        not null,
    product_category    text        not null,
    description         text,
    host_cooperative_id uuid references cooperative (id),
    kecamatan_code      text        not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null
);

create unique index cluster_name on cluster (lower(name), kecamatan_code);
create index cluster_host on cluster (host_cooperative_id);

create table cluster_member (
    id             uuid primary key,
    cluster_id     uuid        not null references cluster (id) on delete cascade,
    business_name  text        not null,
    owner_name     text        not null,
    products       text        not null,
    kecamatan_code text        not null,
    joined_on      date        not null,
    created_at     timestamptz not null
);

create unique index cluster_member_business on cluster_member (cluster_id, lower(business_name));

-- Bulk imports and their row-by-row reports, kept for later reading.
create table cooperative_import (
    id          uuid primary key,
    mode        text        not null,
    outcome     text        not null,
    imported_by text        not null,
    started_at  timestamptz not null,
    finished_at timestamptz not null,
    total_rows  int         not null,
    created     int         not null,
    updated     int         not null,
    unchanged   int         not null,
    rejected    int         not null,
    rows        jsonb       not null
);

-- Awards won, from the awards service's winner-announced events.
create table award (
    id                 uuid primary key,
    cooperative_id     uuid        not null references cooperative (id),
    program_id         text        not null,
    year               int         not null,
    category           text        not null,
    level              text        not null,
    rank               int         not null,
    total_score        numeric(7, 2),
    announced_on       date        not null,
    source_event_id    text        not null,
    received_at        timestamptz not null,
    unique (program_id, category, level, cooperative_id)
);

create index award_cooperative on award (cooperative_id, year desc);
