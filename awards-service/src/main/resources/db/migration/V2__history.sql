-- Who did what, when and why, to a program and its nominations: the trail behind every result.
create table award_history (
    id            uuid primary key,
    sequence      bigint generated always as identity unique,
    program_id    uuid        not null references award_program (id),
    nomination_id uuid references nomination (id),
    action        text        not null,
    actor         text        not null,
    at            timestamptz not null,
    detail        text
);

create index award_history_program on award_history (program_id, sequence);
create index award_history_nomination on award_history (nomination_id, sequence) where nomination_id is not null;
