-- The projection of the register kept by financing and awards (module registry-projection),
-- fed only by registry.cooperative.v1 events. Never written by anything else.
create table cooperative_projection (
    id                 uuid primary key,
    version            bigint      not null,
    cooperative_number text,
    name               text        not null,
    jenis              text        not null,
    bentuk             text,
    kelompok           text,
    kbli_code          text,
    kecamatan_code     text,
    founded_on         date        not null,
    dissolved_on       date,
    annual_reports     jsonb       not null default '[]',
    last_event_id      text        not null,
    updated_at         timestamptz not null
);

create index cooperative_projection_number on cooperative_projection (cooperative_number);
