-- Accredit core schema: calls for applications, the ECOSOC roster, applications,
-- their append-only history and the transactional email outbox.

create table call_for_applications (
    id          uuid primary key,
    title       varchar(200) not null,
    opens_at    timestamptz  not null,
    closes_at   timestamptz  not null,
    created_at  timestamptz  not null,
    created_by  varchar(100) not null,
    version     bigint       not null default 0,
    constraint call_window_ordered check (closes_at > opens_at)
);
create index call_window_idx on call_for_applications (opens_at, closes_at);

-- One row per NGO in the ECOSOC consultative-status list (iCSO). There is no stable public id:
-- the natural key is the normalized name plus country.
create table ecosoc_import (
    id           uuid primary key,
    imported_at  timestamptz  not null,
    imported_by  varchar(100) not null,
    file_name    varchar(255),
    rows_read    integer      not null,
    rows_added   integer      not null,
    rows_updated integer      not null,
    rows_retired integer      not null
);

create table ecosoc_entry (
    id              uuid primary key,
    name            varchar(300) not null,
    name_normalized varchar(300) not null,
    country         varchar(2)     not null,
    category        varchar(10)  not null check (category in ('GENERAL', 'SPECIAL', 'ROSTER')),
    year_granted    integer,
    status          varchar(12)  not null check (status in ('ACTIVE', 'SUSPENDED', 'WITHDRAWN')),
    last_import_id  uuid         not null references ecosoc_import (id),
    updated_at      timestamptz  not null,
    constraint ecosoc_entry_natural_key unique (name_normalized, country)
);

create sequence application_reference_seq start with 1 increment by 1 cache 1;

create table application (
    id                      uuid primary key,
    reference               varchar(24)  not null unique,
    path                    varchar(8)   not null check (path in ('PARA_7', 'PARA_8', 'PARA_9')),
    status                  varchar(24)  not null,
    call_id                 uuid references call_for_applications (id),
    -- the organization, as stated by the applicant
    org_name                varchar(300) not null,
    org_name_normalized     varchar(300) not null,
    org_acronym             varchar(30),
    org_type                varchar(32)  not null,
    country                 varchar(2)     not null,
    website                 varchar(500),
    email                   varchar(254),
    expertise               varchar(4000),
    ecosoc_category_claimed varchar(10)  check (ecosoc_category_claimed in ('GENERAL', 'SPECIAL', 'ROSTER')),
    -- the contact person (confidential)
    contact_name            varchar(200) not null,
    contact_title           varchar(200),
    contact_email           varchar(254) not null,
    contact_phone           varchar(40),
    language                varchar(2)  not null check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    tracking_secret_hash    bytea        not null unique,
    -- ECOSOC verification (para 8)
    ecosoc_entry_id         uuid references ecosoc_entry (id),
    ecosoc_confirmed_by     varchar(100),
    ecosoc_confirmed_at     timestamptz,
    -- review and decision
    information_request     varchar(4000),
    information_response    varchar(8000),
    recommended_by          varchar(100),
    recommended_at          timestamptz,
    decided_by              varchar(100),
    decided_at              timestamptz,
    decision_reference      varchar(200),
    decision_reason         varchar(4000),
    submitted_at            timestamptz  not null,
    updated_at              timestamptz  not null,
    version                 bigint       not null default 0
);
create index application_status_idx on application (status, submitted_at, id);
create index application_call_idx on application (call_id);
create index application_queue_idx on application (submitted_at, id);
-- Duplicates: one open application per organization (normalized name + country) per call.
-- Para 7/8 registrations outside a call share the "no call" bucket.
create unique index application_open_per_org_and_call on application
    (org_name_normalized, country, coalesce(call_id, '00000000-0000-0000-0000-000000000000'::uuid))
    where status not in ('WITHDRAWN', 'REJECTED', 'NOT_APPROVED');

-- Append-only history: one row per change. Updates and deletes are refused by a trigger.
create table application_event (
    id               bigserial primary key,
    application_id   uuid         not null references application (id),
    occurred_at      timestamptz  not null,
    type             varchar(40)  not null,
    actor            varchar(100) not null,
    actor_role       varchar(20)  not null,
    from_status      varchar(24),
    to_status        varchar(24),
    from_path        varchar(8),
    to_path          varchar(8),
    public_reason    varchar(4000),
    internal_note    varchar(4000),
    applicant_visible boolean     not null
);
create index application_event_app_idx on application_event (application_id, id);

create function refuse_history_change() returns trigger language plpgsql as $$
begin
    raise exception 'application history is append-only';
end;
$$;
create trigger application_event_append_only
    before update or delete on application_event
    for each row execute function refuse_history_change();

-- Transactional outbox: written in the transaction of the change it reports, delivered later by
-- the dispatcher (claims rows with FOR UPDATE SKIP LOCKED, so replicas never send one twice).
create table outbox_email (
    id               uuid primary key,
    application_id   uuid references application (id),
    kind             varchar(40)  not null,
    recipient        varchar(254) not null,
    language         varchar(2)  not null,
    subject          varchar(400) not null,
    body_text        text,
    body_html        text,
    status           varchar(10)  not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null,
    last_error       varchar(1000),
    created_at       timestamptz  not null,
    sent_at          timestamptz
);
create index outbox_email_due_idx on outbox_email (next_attempt_at) where status = 'PENDING';
create index outbox_email_app_idx on outbox_email (application_id);
