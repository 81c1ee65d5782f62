-- The changes feed (GET /api/v1/cooperative-changes): every change of a cooperative in the
-- register, in COMMIT order, with the cooperative's state after the change (no personal data).
--
-- Commit order: a change's position is taken from cooperative_change_head, whose row each writing
-- transaction updates as its last statement and keeps locked until it commits. The next writer's
-- update waits for that commit, so positions are handed out in the order the transactions commit:
-- a reader that saw position p has already seen every committed position below p (a sequence
-- taken at insert time would not: a transaction may take 7 and commit after another took 8).
create table cooperative_change_head (
    id       int    primary key check (id = 1),
    position bigint not null
);
insert into cooperative_change_head (id, position) values (1, 0);

-- One row per cooperative written by a transaction; ordinal orders the cooperatives of one
-- transaction (a bulk import writes thousands under one position).
create table cooperative_change (
    position            bigint      not null,
    ordinal             int         not null,
    cooperative_id      uuid        not null,
    cooperative_version bigint      not null,
    changed_at          timestamptz not null,
    -- The cooperative after the change (RegisterEntry): public data, the cooperative's own contact
    -- data and its annual report figures; never board members or supervisors.
    entry               jsonb       not null,
    primary key (position, ordinal)
);

-- Compaction keeps the latest change of every cooperative forever (a reader from the start gets
-- the whole register) and drops superseded ones once they are older than the retention.
create index cooperative_change_by_cooperative on cooperative_change (cooperative_id, position);
