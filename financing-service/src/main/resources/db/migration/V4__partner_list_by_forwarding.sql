-- A partner's list is ordered by when each application was forwarded (the most recent first), not by its drafting.
create index loan_application_partner_forwarded on loan_application (partner_id, forwarded_at desc, id) where forwarded_at is not null;
drop index loan_application_partner;
