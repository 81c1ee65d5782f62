-- A redelivery gives a delivery a fresh retry budget: its schedule counts the attempts since then, not all of them
-- (a dead delivery redelivered once waited the schedule's longest step, 12 hours, after its first failure again).
alter table delivery add column attempts_before_redelivery integer not null default 0;
