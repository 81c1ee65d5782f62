-- What a UKM cluster did together as a buying-and-selling coalition in one period (a month or a
-- quarter): joint raw-material purchases, joint production, joint sales, and the jobs in its member
-- businesses. A correction is a new revision; the earlier ones stay readable, one is current.
create table cluster_activity (
    id               uuid primary key,
    cluster_id       uuid        not null references cluster (id),
    -- 2026-03 (a month) or 2026-Q1 (a quarter); the periods of one cluster never overlap.
    period           text        not null,
    period_type      text        not null,
    period_start     date        not null,
    period_end       date        not null,
    revision         int         not null,
    current          boolean     not null,
    -- The lines as entered: [{item, quantity, unit, value}], [{product, quantity, unit, value}], [{channel, value, markets}].
    purchases        jsonb       not null,
    production       jsonb       not null,
    sales            jsonb       not null,
    jobs             int         not null,
    -- The lines' values summed, for totals over many periods and clusters.
    purchases_value  bigint      not null,
    production_value bigint      not null,
    sales_value      bigint      not null,
    note             text,
    recorded_at      timestamptz not null,
    recorded_by      text        not null,
    recorded_as      text        not null,
    unique (cluster_id, period, revision)
);

create unique index cluster_activity_current on cluster_activity (cluster_id, period) where current;
create index cluster_activity_by_start on cluster_activity (period_start, cluster_id) where current;
