-- Writes of the register in 16 lanes (RegisterRevision, ActivationTallies): a write takes the lane
-- of its transaction id (txid % 16). Each write used to update the same row of register_revision
-- and, with the cooperatives of the same cell, the same rows of activation_tally, each locked until
-- its commit: at 200 registrations a second of one cell the registry served 117, every other write
-- queued on those rows. Now a write waits only for the writes of its own lane.

-- The revision is the sum of one row per lane; it still grows by one with every committed write,
-- so a dashboard cached under a revision is never older than what a reader of that revision sees.
-- Building a kept date locks every lane's row (in id order): it waits for the writes in flight and
-- holds the next ones.
alter table register_revision drop constraint register_revision_id_check;
alter table register_revision add constraint register_revision_lane check (id between 1 and 16);
insert into register_revision (id, revision) select lane, 0 from generate_series(2, 16) as lane;

-- A cell's count is the sum over the lanes' rows; a build writes lane 0 only.
alter table activation_tally add column lane smallint not null default 0;
alter table activation_tally drop constraint activation_tally_pkey;
alter table activation_tally add primary key (as_of, kecamatan_code, jenis, kelompok, status, grade, under_reactivation, lane);
