-- A bulk import keeps a bounded report (issue 14.9): the first rejected rows are listed (the
-- configured number), every rejected row is counted per field at fault, and the rest are counted
-- as left out. Reports stored before keep their rows; their counts per field start empty.
alter table cooperative_import
    add column errors_by_field       jsonb not null default '{}'::jsonb,
    add column rejected_rows_omitted int   not null default 0;
