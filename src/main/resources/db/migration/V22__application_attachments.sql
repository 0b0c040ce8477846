-- Documents a para 9 applicant attaches to its application (issue 11): its statutes and/or its
-- registration certificate, at most one of each. PDF bytes checked by parsing (document.PdfDocuments),
-- written in the submission's transaction, kept in PostgreSQL, never written to disk.
create table application_attachment (
    id              uuid primary key,
    application_id  uuid         not null references application (id),
    kind            varchar(30)  not null check (kind in ('STATUTES', 'REGISTRATION_CERTIFICATE')),
    content         bytea        not null,
    sha256          bytea        not null,
    size_bytes      integer      not null check (size_bytes > 0),
    pages           integer      not null check (pages > 0),
    uploaded_at     timestamptz  not null,
    constraint application_attachment_one_per_kind unique (application_id, kind)
);
