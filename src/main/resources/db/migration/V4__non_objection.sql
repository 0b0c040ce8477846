-- The non-objection procedure (resolution 75/282 para 9): Member State users, UN holidays,
-- non-objection lists, objections, "no objection" declarations and disclosures of the basis.

-- A Member State focal point's account. The identity provider authenticates the user (role
-- member-state); this row says which Member State the login name speaks for.
create table member_state_user (
    username          varchar(100) primary key,
    state_code        varchar(2)   not null,
    focal_point_email varchar(254) not null,
    language          varchar(2)   not null check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    created_at        timestamptz  not null,
    created_by        varchar(100) not null
);
create index member_state_user_state_idx on member_state_user (state_code);

-- UN holidays that do not count as working days (added to those in accredit.objection.holidays).
create table un_holiday (
    holiday     date         primary key,
    name        varchar(200) not null,
    created_at  timestamptz  not null,
    created_by  varchar(100) not null
);

create table non_objection_list (
    id                 uuid primary key,
    call_id            uuid         not null references call_for_applications (id),
    title              varchar(200) not null,
    status             varchar(12)  not null check (status in ('DRAFT', 'CIRCULATED', 'CLOSED', 'DECIDED')),
    created_at         timestamptz  not null,
    created_by         varchar(100) not null,
    circulated_at      timestamptz,
    circulated_by      varchar(100),
    deadline           timestamptz,
    closed_at          timestamptz,
    closed_by          varchar(100),
    decision_reference varchar(200),
    decided_on         date,
    decided_by         varchar(100),
    version            bigint       not null default 0,
    constraint non_objection_list_circulated_has_deadline check (status = 'DRAFT' or deadline is not null)
);
create index non_objection_list_call_idx on non_objection_list (call_id, created_at);
-- The sweep looks for circulated lists whose deadline passed.
create index non_objection_list_due_idx on non_objection_list (deadline) where status = 'CIRCULATED';

-- An application is on at most one list (a withdrawn application is taken off, i.e. deleted here).
create table non_objection_list_entry (
    list_id        uuid         not null references non_objection_list (id),
    application_id uuid         not null references application (id),
    added_at       timestamptz  not null,
    added_by       varchar(100) not null,
    primary key (list_id, application_id),
    constraint non_objection_list_entry_one_list unique (application_id)
);

-- An objection by a Member State to one application on a circulated list. Confidential.
create table objection (
    id             uuid primary key,
    list_id        uuid          not null references non_objection_list (id),
    application_id uuid          not null references application (id),
    state_code     varchar(2)    not null,
    basis          varchar(2000) not null,
    lodged_by      varchar(100)  not null,
    lodged_at      timestamptz   not null,
    withdrawn_by   varchar(100),
    withdrawn_at   timestamptz
);
-- One standing objection per State per application.
create unique index objection_standing_per_state on objection (application_id, state_code) where withdrawn_at is null;
create index objection_list_idx on objection (list_id, state_code);

-- A State's declaration that it has no (further) objection to anything on the list.
create table no_objection_declaration (
    list_id     uuid         not null references non_objection_list (id),
    state_code  varchar(2)   not null,
    declared_by varchar(100) not null,
    declared_at timestamptz  not null,
    primary key (list_id, state_code)
);

-- A Member State asks for the general basis of the objections to an application; the secretariat
-- answers (only while accredit.objection.basis-disclosure is on). Every disclosure is kept.
create table objection_disclosure (
    id             uuid primary key,
    list_id        uuid          not null references non_objection_list (id),
    application_id uuid          not null references application (id),
    state_code     varchar(2)    not null,
    requested_by   varchar(100)  not null,
    requested_at   timestamptz   not null,
    general_basis  varchar(2000),
    disclosed_by   varchar(100),
    disclosed_at   timestamptz
);
create unique index objection_disclosure_open_per_state on objection_disclosure (application_id, state_code)
    where disclosed_at is null;
create index objection_disclosure_list_idx on objection_disclosure (list_id);
