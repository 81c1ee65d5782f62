-- The register is read mostly through its indexes, and the counts of a search by status read the
-- index alone only where PostgreSQL's visibility map says a page holds no row changed since the last
-- vacuum. Autovacuum's defaults wait for 20% of a table to change: at 1,000,000 cooperatives the daily
-- standing evaluation and a day's writes left half the pages unmarked, and each count visited the table
-- for them (the third national benchmark run: 15,513 of 29,886 rows fetched from the table, 92 ms where
-- the index alone answers in 10-18 ms). Vacuum and analyze after 2% of the rows changed or were added.
alter table cooperative set (
    autovacuum_vacuum_scale_factor = 0.02,
    autovacuum_vacuum_insert_scale_factor = 0.02,
    autovacuum_analyze_scale_factor = 0.02);
