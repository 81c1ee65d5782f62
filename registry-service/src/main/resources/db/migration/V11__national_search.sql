-- Searches that hold at national scale (1,000,000 cooperatives).
--
-- Name search by words. A name query of several words ("sejahtera bekasi timur") matched only
-- through the trigram index intersects the posting lists of its trigrams, and the common ones
-- ("asi", "era": every "Koperasi") hold the whole register: about 60 ms at 1,000,000 before a row
-- is read. The words of a query say more: "%w1 w2 ... wn%" can only match a name that has a word
-- ending in w1, the whole words w2 .. wn-1, and a word starting with wn. registry_name_grams
-- lists what a name offers (every word, and every word's prefixes and suffixes of 3 letters or
-- more); registry_pattern_grams lists what a query of several words requires of it. The index
-- answers with a superset (adjacency and order unchecked), the LIKE keeps exactly the matches.
-- A query of one word (a part of a word anywhere) has no such grams: the trigram index answers it.
create function registry_name_grams(folded text) returns text[]
    language sql immutable parallel safe strict
as $$
  select coalesce(array_agg(distinct gram), '{}') from (
    select 'w:' || word as gram from unnest(string_to_array(folded, ' ')) word where word <> ''
    union all
    select 'p:' || left(word, n) from unnest(string_to_array(folded, ' ')) word, generate_series(3, length(word)) n
    union all
    select 's:' || right(word, n) from unnest(string_to_array(folded, ' ')) word, generate_series(3, length(word)) n
  ) grams
$$;

-- What a query of two words or more requires of a name (empty for one word, or when no word can
-- narrow: a first or last word shorter than 3 letters requires nothing).
create function registry_pattern_grams(folded text) returns text[]
    language sql immutable parallel safe strict
as $$
  with words as (
    select word, n, count(*) over () as last from unnest(string_to_array(folded, ' ')) with ordinality as w (word, n)
  )
  select coalesce(array_agg(case when n = 1 then 's:' || word when n = last then 'p:' || word else 'w:' || word end), '{}')
  from words
  where last > 1 and word <> '' and (n not in (1, last) or length(word) >= 3)
$$;

create index cooperative_name_grams on cooperative using gin (registry_name_grams(search_name));

-- Search by status (and kecamatan) counts from the index alone: the founding date the rules
-- need (a cooperative counts from its founding) travels in it instead of being read from each row.
drop index cooperative_last_status;
create index cooperative_last_status on cooperative (last_status, kecamatan_code, latest_assets, id) include (founded_on);
