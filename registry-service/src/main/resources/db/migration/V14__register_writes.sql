-- Which cooperatives each write of the register touched, under the revision it moved its lane to
-- (RegisterRevision.bump). A worklist kept for one revision is brought to a later one by ranking
-- again the cooperatives written since, where it used to be ranked again from the whole scope: at
-- a national register (1,000,000 cooperatives, 350,000 inactive) over a second of the database's
-- time after every write. A lane's writes commit in the order of its revisions (its row is locked
-- until the commit), so "every write of lane l above revision r" is exact.
create table register_write (
    lane           smallint    not null check (lane between 0 and 15),
    revision       bigint      not null,
    cooperative_id uuid        not null,
    written_at     timestamptz not null default now()
);
create index register_write_since on register_write (lane, revision);
create index register_write_age on register_write (written_at);

-- Notes older than a few minutes are dropped (RegisterRevision.prune); per lane, the latest
-- revision whose notes may be gone. A list kept for an earlier revision is ranked again in full.
create table register_write_pruned (
    lane    smallint primary key check (lane between 0 and 15),
    through bigint   not null
);
insert into register_write_pruned (lane, through) select id - 1, revision from register_revision;
