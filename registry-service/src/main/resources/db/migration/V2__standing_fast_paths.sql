-- Fast and still exact answers about "today" and a dashboard cache that cannot go stale.
--
-- register_revision: one more with every committed write that can change a standing or a
-- dashboard figure (registration, update, report, dissolution, reactivation case, import). A
-- dashboard computed after reading revision R is at least as new as R, so caching it under R
-- and dropping it once the revision moves on is exact, also across instances.
create table register_revision (
    id       int    primary key check (id = 1),
    revision bigint not null
);
insert into register_revision (id, revision) values (1, 0);

-- standing_evaluation: the office date as of which every cooperative's last_status and
-- last_grade were last brought up to date by the daily evaluation. Every write re-evaluates its
-- cooperative as of its own date, so on that date the columns are the standing: searches by
-- status or grade as of that date read them through an index instead of evaluating the rules.
create table standing_evaluation (
    id           int  primary key check (id = 1),
    evaluated_on date
);
insert into standing_evaluation (id, evaluated_on) values (1, null);

create index cooperative_last_status on cooperative (last_status, kecamatan_code, latest_assets, id);
create index cooperative_last_grade on cooperative (last_grade, last_status);
