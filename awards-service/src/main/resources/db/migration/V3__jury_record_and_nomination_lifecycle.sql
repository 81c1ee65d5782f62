-- The jury's record survives a withdrawal and a re-nomination; nominations get their own lifecycle;
-- one name for the event version; who acted in which role.

-- A conflict of interest belongs to juror x cooperative x program: it bars the juror from every
-- nomination of that cooperative in that program. nomination_id stays: the nomination it was declared on.
alter table conflict_declaration
    add column program_id     uuid references award_program (id),
    add column cooperative_id uuid;
update conflict_declaration c
   set program_id = n.program_id, cooperative_id = n.cooperative_id
  from nomination n
 where n.id = c.nomination_id;
-- Declarations made again on a re-nomination (possible before this change) collapse to the earliest;
-- award_history keeps every CONFLICT_DECLARED entry.
delete from conflict_declaration c
 using conflict_declaration d
 where d.program_id = c.program_id and d.cooperative_id = c.cooperative_id and d.juror = c.juror
   and (d.declared_at, d.id) < (c.declared_at, c.id);
alter table conflict_declaration
    alter column program_id set not null,
    alter column cooperative_id set not null,
    drop constraint conflict_declaration_nomination_id_juror_key,
    add constraint conflict_declaration_one_per_juror unique (program_id, cooperative_id, juror);

-- A re-nomination names the withdrawn nomination it follows.
alter table nomination add column previous_nomination_id uuid references nomination (id);
create index nomination_program_cooperative on nomination (program_id, cooperative_id);

-- Nominations after finalisation: RANKED, then FORWARDED, then OUTCOME_RECORDED (was SUBMITTED throughout).
update nomination set state = 'RANKED' where state = 'SUBMITTED' and rank is not null;
update nomination n set state = 'FORWARDED' from forwarding f where f.nomination_id = n.id and f.outcome = 'PENDING';
update nomination n set state = 'OUTCOME_RECORDED' from forwarding f where f.nomination_id = n.id and f.outcome <> 'PENDING';

-- The version of the latest event is the aggregate version, everywhere.
alter table nomination rename column revision to aggregate_version;
alter table loan_standing rename column version to aggregate_version;

-- In which role the actor acted (officer, juror, cooperative); empty for earlier entries.
alter table award_history add column actor_role text;
