-- When the application's last reason was given: a partner sees only a reason given from the forwarding on (its own
-- decline, a withdrawal after the forwarding), never the office's returns and rejections before it. Reasons given
-- before this column existed have no time: a partner sees none of them.
alter table loan_application add column last_reason_at timestamptz;
comment on column loan_application.last_reason_at is
    'When last_reason was given (a return, rejection, decline or withdrawal); null before V3.';
