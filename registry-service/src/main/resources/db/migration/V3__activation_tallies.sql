-- The activation figures of a few dates, kept up to date by every write (ActivationTallies):
-- today and the last year-ends of the dashboard's trend. A dashboard of kept dates sums a few
-- thousand rows instead of evaluating the rules for every cooperative.
--
-- activation_tally_date: the dates kept, each built once from the rules (StandingSql) while the
-- register's revision row was locked; from then on each write adds its change under that same lock.
create table activation_tally_date (
    as_of    date        primary key,
    built_at timestamptz not null
);

-- How many cooperatives are counted in each cell of a kept date's figures.
create table activation_tally (
    as_of               date    not null references activation_tally_date (as_of) on delete cascade,
    kecamatan_code      text    not null,
    jenis               text    not null,
    kelompok            text    not null,
    status              text    not null,
    grade               text    not null,
    under_reactivation  boolean not null,
    -- Never below 0, but not declared: changes arrive as INSERT ... ON CONFLICT DO UPDATE of +n/-n,
    -- and PostgreSQL checks a CHECK constraint on the proposed row (a -1) before it finds the conflict.
    cooperatives        bigint  not null,
    primary key (as_of, kecamatan_code, jenis, kelompok, status, grade, under_reactivation)
);
