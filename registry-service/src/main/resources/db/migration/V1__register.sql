-- The register of cooperatives and their annual members' meeting (RAT) reports.

create table cooperative (
    id                      uuid primary key,
    version                 bigint      not null,
    cooperative_number      text unique,
    name                    text        not null,
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
    created_at              timestamptz not null,
    updated_at              timestamptz not null
);

create index cooperative_kecamatan on cooperative (kecamatan_code);
create index cooperative_name on cooperative (lower(name));

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
