-- Exactly-once delivery across database outages, crashes and shutdown (issue 12). A dispatcher claims an email in
-- its own short transaction: status SENDING, a lease (claimed_until) and a token (claim_token) that only it knows;
-- it sends outside any transaction and records the outcome in a second short transaction guarded by the token.
-- A SENDING row whose lease ran out (its dispatcher died) may be claimed again.
alter table outbox_email drop constraint outbox_email_status_check;
alter table outbox_email add constraint outbox_email_status_check
    check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED'));
alter table outbox_email add column claimed_until timestamptz;
alter table outbox_email add column claim_token uuid;
alter table outbox_email add constraint outbox_email_claim_has_lease
    check (status <> 'SENDING' or (claimed_until is not null and claim_token is not null));
-- V6's rule, with SENDING treated like PENDING: a row that may still be sent has something to send.
alter table outbox_email drop constraint outbox_email_has_content;
alter table outbox_email add constraint outbox_email_has_content
    check (template_data is not null or body_text is not null or status not in ('PENDING', 'SENDING'));
-- the claim looks at PENDING and SENDING rows only, oldest due first
drop index outbox_email_due_idx;
create index outbox_email_due_idx on outbox_email (next_attempt_at, created_at) where status in ('PENDING', 'SENDING');
