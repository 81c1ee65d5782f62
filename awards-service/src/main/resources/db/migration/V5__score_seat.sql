-- The seat a juror's score was given in (juror_assignment.id): a juror removed from the jury and seated again
-- scores afresh, and a score of an earlier seat counts only once given again (Jury.givenInSeat). Scores given
-- before this column existed belong to the juror's seat of that time where it is the current one.
alter table juror_score add column seat_id uuid;

update juror_score s
set seat_id = a.id
from nomination n
         join juror_assignment a on a.program_id = n.program_id
where s.nomination_id = n.id
  and a.juror = s.juror
  and a.assigned_at <= s.scored_at;
