-- Emails are rendered when they are delivered, from the data written in the transaction of the
-- change they report (template_data, JSON). The subject and bodies are filled in at delivery as a
-- record of what was sent; the bodies (and the data) of an email that carries the applicant's
-- tracking secret are erased once it is sent.
alter table outbox_email add column template_data text;
alter table outbox_email alter column subject drop not null;
-- Rows written before this migration were rendered then: they keep their bodies and are sent as such.
alter table outbox_email add constraint outbox_email_has_content
    check (template_data is not null or body_text is not null or status = 'SENT');
