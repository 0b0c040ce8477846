-- Failed emails and resend (issue 12): when an attempt was last made, and, for a FAILED email an admin
-- resent, the new outbox row that replaced it (the FAILED row stays as the record). Each FAILED row is
-- resent at most once: a second resend of the same row is refused (409), and the unique index holds
-- that even when two admins press at the same moment.
alter table outbox_email add column last_attempt_at timestamptz;
alter table outbox_email add column resent_as uuid references outbox_email (id);
create unique index outbox_email_resent_as_idx on outbox_email (resent_as) where resent_as is not null;
-- GET /api/v1/admin/emails?status=FAILED pages by (created_at, id), newest first
create index outbox_email_status_created_idx on outbox_email (status, created_at desc, id desc);
