-- Who registered, changed and dissolved each cooperative, when, and which fields (the names of the fields, never
-- their values: the board's identity numbers and phones stay in the cooperative's own row). Appended by every such
-- write in its transaction (CooperativeHistory), read by GET /api/v1/cooperatives/{id}/history.
create table cooperative_history (
    id                  bigint generated always as identity primary key,
    cooperative_id      uuid        not null references cooperative (id),
    cooperative_version bigint,
    action              text        not null,
    changed_fields      text[]      not null default '{}',
    actor               text,
    actor_role          text,
    import_id           uuid,
    occurred_at         timestamptz not null
);

create index cooperative_history_by_cooperative on cooperative_history (cooperative_id, id);

-- The cooperatives registered before the history was kept: their registration, by someone not recorded; and the
-- dissolutions recorded before it, by whom the cooperative's row says (V16), at a version no longer known.
insert into cooperative_history (cooperative_id, cooperative_version, action, occurred_at)
select id, 0, 'REGISTERED', created_at
from cooperative
order by created_at, id;

insert into cooperative_history (cooperative_id, action, actor, actor_role, occurred_at)
select id, 'DISSOLVED', dissolved_by, case when dissolved_by is null then null else 'officer' end,
       coalesce(dissolution_recorded_at, updated_at)
from cooperative
where dissolved_on is not null
order by coalesce(dissolution_recorded_at, updated_at), id;
