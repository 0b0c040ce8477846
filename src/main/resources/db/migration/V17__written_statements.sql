-- Written submissions (issue 10, point 5): a written statement an accredited organization submits
-- for a session, as text or as a PDF (its text extracted), in one of the six UN languages; the
-- secretariat publishes or declines it; the public reads the published ones.

create table written_statement (
    id              uuid primary key,
    session_id      uuid          not null references session (id),
    application_id  uuid          not null references application (id),
    language        varchar(2)    not null check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    title           varchar(300)  not null,
    -- the text as sent, or extracted from the PDF; words counted with ICU4J (document.WordCount)
    text            text          not null,
    word_count      integer       not null check (word_count >= 0),
    -- the PDF as sent (checked by parsing it, never written to disk); null for a text statement
    document        bytea,
    document_sha256 bytea,
    document_bytes  integer       check (document_bytes > 0),
    document_pages  integer       check (document_pages > 0),
    status          varchar(12)   not null check (status in ('SUBMITTED', 'PUBLISHED', 'DECLINED', 'WITHDRAWN')),
    submitted_at    timestamptz   not null,
    decided_by      varchar(200),
    decided_at      timestamptz,
    decline_reason  varchar(2000),
    withdrawn_at    timestamptz,
    updated_at      timestamptz   not null,
    version         bigint        not null default 0,
    check ((document is null) = (document_sha256 is null) and (document is null) = (document_bytes is null)
           and (document is null) = (document_pages is null)),
    check ((status in ('PUBLISHED', 'DECLINED')) = (decided_at is not null)),
    check ((status = 'DECLINED') = (decline_reason is not null))
);
-- staff: a session's statements by submission, then id
create index written_statement_session_idx on written_statement (session_id, submitted_at, id);
-- an organization's own statements
create index written_statement_org_idx on written_statement (application_id, submitted_at, id);
-- the public page: a session's published statements by publication, then id
create index written_statement_published_idx on written_statement (session_id, decided_at, id) where status = 'PUBLISHED';
