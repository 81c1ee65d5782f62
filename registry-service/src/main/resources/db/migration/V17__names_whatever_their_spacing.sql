-- Names compared whatever their spacing. A name typed with two spaces ("Koperasi Lima  Garuda") or pasted from a
-- word processor or a spreadsheet with a no-break space (U+00A0, also U+2007 and U+202F) between its words was not
-- found by "lima garuda", nor a name by a query typed that way: the folding now turns every run of spaces into one
-- ASCII space, for the names (search_name, generated from it) and for the queries (folded by the same function).
create or replace function registry_fold(value text) returns text
    language sql immutable parallel safe strict
as $$ select regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, value)), '[\s\u00a0\u2007\u202f]+', ' ', 'g') $$;

-- A stored generated column is computed again when its row is written: the names whose folding changes (their stored
-- search_name is not what the new folding gives) are written again, unchanged, and their search_name and its indexes
-- follow. Asking the function itself, not a copy of its pattern, holds whatever the database's character classes
-- count as a space (a UTF-8 locale's \s takes U+2000-U+200A and U+3000 as well).
update cooperative set name = name where search_name is distinct from registry_fold(name);
