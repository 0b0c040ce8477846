-- Speakers (issue 10, point 6): accredited organizations ask to speak on an agenda item of a
-- session, naming a confirmed representative; the secretariat orders and publishes the list.

-- The list of speakers of one agenda item: DRAFT (requests come and go, staff reorder) until it is
-- PUBLISHED (frozen, public). A row appears with the item's first request or staff action.
create table speakers_list (
    item_id         uuid         primary key references session_agenda_item (id),
    session_id      uuid         not null references session (id),
    status          varchar(12)  not null check (status in ('DRAFT', 'PUBLISHED')),
    reordered_by    varchar(200),
    reordered_at    timestamptz,
    published_by    varchar(200),
    published_at    timestamptz,
    version         bigint       not null default 0,
    check ((status = 'PUBLISHED') = (published_at is not null))
);

-- One organization's request to speak on one agenda item, naming its speaker (a representative,
-- whose personal data stays in the representative row and never reaches a public endpoint).
create table speaker_request (
    id                  uuid         primary key,
    session_id          uuid         not null references session (id),
    item_id             uuid         not null references session_agenda_item (id),
    application_id      uuid         not null references application (id),
    representative_id   uuid         not null references representative (id),
    topic               varchar(200),
    status              varchar(12)  not null check (status in ('REQUESTED', 'WITHDRAWN')),
    -- the place staff gave it (1-based) in the list; null = not placed by staff (suggested order)
    position            integer      check (position > 0),
    requested_at        timestamptz  not null,
    withdrawn_at        timestamptz,
    version             bigint       not null default 0,
    check ((status = 'WITHDRAWN') = (withdrawn_at is not null))
);
-- one standing request per organization per agenda item (after a withdrawal it may ask again)
create unique index speaker_request_once_per_item on speaker_request (item_id, application_id)
    where status = 'REQUESTED';
-- the item's requests in the order of the rule's input (time of request, then id)
create index speaker_request_item_idx on speaker_request (item_id, status, requested_at, id);
-- an organization's own requests for a session
create index speaker_request_org_idx on speaker_request (application_id, session_id, requested_at, id);
