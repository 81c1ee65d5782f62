-- Names compared whatever their spacing. A name typed with two spaces ("Koperasi Lima  Garuda") or pasted from a
-- word processor or a spreadsheet with a no-break space (U+00A0, also U+2007 and U+202F) between its words was not
-- found by "lima garuda", nor a name by a query typed that way: the folding now turns every run of spaces into one
-- ASCII space, for the names (search_name, generated from it) and for the queries (folded by the same function).
create or replace function registry_fold(value text) returns text
    language sql immutable parallel safe strict
as $$ select regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, value)), '[\s\u00a0\u2007\u202f]+', ' ', 'g') $$;

-- A stored generated column is computed again when its row is written: the names whose folding changes (a run of
-- two spaces or more, or another space than the ASCII one) are written again, unchanged, and their search_name and
-- its indexes follow. Every other name folds as before.
update cooperative set name = name where name ~ '[\s\u00a0\u2007\u202f]{2,}|[\u00a0\u2007\u202f\t\n\r\f\v]';
