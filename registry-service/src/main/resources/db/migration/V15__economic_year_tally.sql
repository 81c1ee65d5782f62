-- The economic indicators' trend kept up to date by every change of the held reports, where it was
-- computed again from every report after each write (EconomicFigures.TREND: 0.7 s at 100,000
-- cooperatives, over 1.5 s under load). Per financial year, lane of writes (as the activation tallies)
-- and measure (EconomicMeasure's ordinal): how many reports of the year are held, their sum, and the
-- growth's two sides over the cooperatives that also hold a report of the year before (this year's
-- figures and the year before's). A year's figures are the sum over its lanes.
--
-- The tally counts every held report whatever its meeting date; the trend as of a date counts the
-- reports held by that date. latest_meeting is the latest meeting date the year has counted (never
-- lowered), so the tally answers for a date on or after it, and the query over the reports for an
-- earlier one (EconomicFigures.yearSums). A report's meeting is never after the day it is filed.
create table economic_year_tally (
    financial_year int      not null,
    lane           smallint not null check (lane between 0 and 15),
    measure        smallint not null check (measure between 0 and 8),
    -- The same for every measure of a year and lane: kept on each row so that one row is one upsert.
    reported       bigint   not null,
    comparable     bigint   not null,
    total          numeric  not null,
    this_year      numeric  not null,
    year_before    numeric  not null,
    latest_meeting date     not null,
    primary key (financial_year, lane, measure)
);

-- A report's figures in EconomicMeasure's order (members male, female, both, employees, own capital,
-- external capital, assets, turnover, surplus).
create function economic_figures(r annual_report) returns numeric[]
    language sql immutable as
$$
select array [r.members_male, r.members_female, r.members_male::numeric + r.members_female, r.employees,
           r.own_capital, r.external_capital, r.assets, r.turnover, r.surplus]::numeric[]
$$;

-- Moves the tally by a statement's change of held reports: for the cooperatives it touched, what
-- their held reports add up to after the statement less what they added up to before (after, with
-- the reports it added taken out and those it removed put back). The cooperatives' rows are locked
-- first (the registry's writes hold them already), so that two transactions changing one cooperative's
-- reports (the years y and y+1) count one after the other: the second reads the first's reports once
-- it has committed.
create function economic_year_tally_move(added annual_report[], removed annual_report[]) returns void
    language plpgsql as
$$
begin
    if cardinality(added) = 0 and cardinality(removed) = 0 then
        return;
    end if;
    perform 1 from cooperative
    where id in (select cooperative_id from unnest(added) union select cooperative_id from unnest(removed))
    order by id
    for no key update;
    with affected as (select cooperative_id from unnest(added) union select cooperative_id from unnest(removed)),
         after_change as (select r.cooperative_id, r.financial_year, r.meeting_date, economic_figures(r) as figures
                          from annual_report r
                          where r.current and r.cooperative_id in (select cooperative_id from affected)),
         before_change as (select a.* from after_change a
                           where not exists (select 1 from unnest(added) n
                                             where n.cooperative_id = a.cooperative_id and n.financial_year = a.financial_year)
                           union all
                           select o.cooperative_id, o.financial_year, o.meeting_date, economic_figures(o) from unnest(removed) o),
         held as (select 1 as sign, * from after_change union all select -1, * from before_change),
         ordered as (select sign, financial_year, meeting_date, figures,
                            lag(financial_year) over held_order = financial_year - 1 as has_before,
                            lag(figures) over held_order as before_figures
                     from held
                     window held_order as (partition by sign, cooperative_id order by financial_year)),
         moved as (select o.financial_year, m.measure,
                          sum(o.sign) as reported,
                          coalesce(sum(o.sign) filter (where o.has_before), 0) as comparable,
                          sum(o.sign * o.figures[m.measure + 1]) as total,
                          coalesce(sum(o.sign * o.figures[m.measure + 1]) filter (where o.has_before), 0) as this_year,
                          coalesce(sum(o.sign * o.before_figures[m.measure + 1]) filter (where o.has_before), 0) as year_before,
                          max(o.meeting_date) as latest_meeting
                   from ordered o
                   cross join generate_series(0, 8) as m (measure)
                   group by o.financial_year, m.measure)
    insert into economic_year_tally as t (financial_year, lane, measure, reported, comparable, total, this_year,
                                          year_before, latest_meeting)
    select financial_year, txid_current() % 16, measure, reported, comparable, total, this_year, year_before, latest_meeting
    from moved
    -- A year whose sums did not move is written only when a report of it was added (its meeting date counts).
    where reported <> 0 or comparable <> 0 or total <> 0 or this_year <> 0 or year_before <> 0
       or financial_year in (select financial_year from unnest(added))
    on conflict (financial_year, lane, measure) do update
        set reported       = t.reported + excluded.reported,
            comparable     = t.comparable + excluded.comparable,
            total          = t.total + excluded.total,
            this_year      = t.this_year + excluded.this_year,
            year_before    = t.year_before + excluded.year_before,
            latest_meeting = greatest(t.latest_meeting, excluded.latest_meeting);
end
$$;

-- One trigger per kind of statement (a trigger with transition tables takes one event), each
-- handing the held reports the statement added and removed to the move.
create function economic_year_tally_inserted() returns trigger
    language plpgsql as
$$
begin
    perform economic_year_tally_move(array(select row(n.*)::annual_report from added_rows n where n.current), '{}');
    return null;
end
$$;

create function economic_year_tally_updated() returns trigger
    language plpgsql as
$$
begin
    -- Rows whose holding, meeting date and figures did not change move nothing.
    perform economic_year_tally_move(
            array(select row(n.*)::annual_report from added_rows n
                  where n.current and not exists (select 1 from removed_rows o
                                                  where o.id = n.id and o.current and o.meeting_date = n.meeting_date
                                                    and economic_figures(row(o.*)::annual_report) = economic_figures(row(n.*)::annual_report))),
            array(select row(o.*)::annual_report from removed_rows o
                  where o.current and not exists (select 1 from added_rows n
                                                  where n.id = o.id and n.current and n.meeting_date = o.meeting_date
                                                    and economic_figures(row(n.*)::annual_report) = economic_figures(row(o.*)::annual_report))));
    return null;
end
$$;

create function economic_year_tally_deleted() returns trigger
    language plpgsql as
$$
begin
    perform economic_year_tally_move('{}', array(select row(o.*)::annual_report from removed_rows o where o.current));
    return null;
end
$$;

create trigger economic_year_tally_inserted after insert on annual_report
    referencing new table as added_rows for each statement execute function economic_year_tally_inserted();
create trigger economic_year_tally_updated after update on annual_report
    referencing old table as removed_rows new table as added_rows for each statement execute function economic_year_tally_updated();
create trigger economic_year_tally_deleted after delete on annual_report
    referencing old table as removed_rows for each statement execute function economic_year_tally_deleted();

-- The reports already held, counted once.
insert into economic_year_tally (financial_year, lane, measure, reported, comparable, total, this_year, year_before, latest_meeting)
select o.financial_year, 0, m.measure, count(*), count(*) filter (where o.has_before),
       sum(o.figures[m.measure + 1]),
       coalesce(sum(o.figures[m.measure + 1]) filter (where o.has_before), 0),
       coalesce(sum(o.before_figures[m.measure + 1]) filter (where o.has_before), 0),
       max(o.meeting_date)
from (select r.financial_year, r.meeting_date, economic_figures(r) as figures,
             lag(r.financial_year) over held_order = r.financial_year - 1 as has_before,
             lag(economic_figures(r)) over held_order as before_figures
      from annual_report r
      where r.current
      window held_order as (partition by r.cooperative_id order by r.financial_year)) o
cross join generate_series(0, 8) as m (measure)
group by o.financial_year, m.measure;
