-- An email that carries the applicant's tracking secret (the acknowledgement) keeps no template data
-- once the dispatcher gives up on it (status FAILED), as after it is sent: the secret must not stay
-- in the table. Only a PENDING row must still have something to send.
alter table outbox_email drop constraint outbox_email_has_content;
alter table outbox_email add constraint outbox_email_has_content
    check (template_data is not null or body_text is not null or status <> 'PENDING');
