-- Who last changed a subscription (its URL, event types, description or activity); null until it is changed.
alter table subscription add column updated_by text;
