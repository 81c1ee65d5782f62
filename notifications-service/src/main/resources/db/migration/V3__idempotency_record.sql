-- Webhook writes with an Idempotency-Key (platform.idempotency): the first answer is kept and replayed for a retry.
-- The same table as financing's (V1__financing.sql), read and written by the platform's IdempotencyRecords.
-- partner_id is the owner of the key: 'PARTNER:' followed by the partner's partner_id, or 'OFFICE:' for officers (the
-- office's subscriptions are all officers'); a partner_id alone could be any text, 'OFFICE' too.
-- response_body never holds a signing secret: a creation or a rotation keeps the secret's id (signing_secret.id) in
-- its place, and the replay reads the secret there again.
create table idempotency_record (
    partner_id      text        not null,
    idempotency_key text        not null,
    request_hash    text        not null,
    response_status int,
    response_body   text,
    created_at      timestamptz not null,
    primary key (partner_id, idempotency_key)
);

create index idempotency_record_created on idempotency_record (created_at);
