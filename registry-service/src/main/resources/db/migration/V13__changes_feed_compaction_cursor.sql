-- How far the changes feed's compaction has gone. Compaction walks the feed once, in commit order:
-- each change older than the retention drops the earlier changes of its cooperative, and the cursor
-- moves past it. Before V13 every run deleted with `changed_at < ?` and a probe for a later change,
-- which read the whole table each time (no index on changed_at): at 1,000,000 cooperatives the feed
-- is 2 GB, and the run every minute (every 15 s in the benchmark) took more than its 60 s transaction
-- and was cancelled, again and again, while it held one of the machine's cores.
--
-- The row is locked by the run that compacts (FOR UPDATE SKIP LOCKED): with two replicas, one
-- compacts and the other skips.
create table cooperative_change_compaction (
    id       int    primary key check (id = 1),
    position bigint not null,
    ordinal  int    not null
);
insert into cooperative_change_compaction (id, position, ordinal) values (1, 0, 0);
