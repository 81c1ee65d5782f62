-- Who recorded a dissolution and when (DESIGN 6: state changes are recorded with who, when and why; the why is the
-- legal basis). Dissolutions recorded before this migration, or loaded around the service, have neither.
alter table cooperative add column dissolved_by text, add column dissolution_recorded_at timestamptz;
