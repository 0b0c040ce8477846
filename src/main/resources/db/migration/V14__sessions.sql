-- Sessions of the Committee and the representatives accredited organizations register for them
-- (issue 10). Every moment is an instant (timestamptz); a session is shown in its own time zone.

create table session (
    id                          uuid primary key,
    code                        varchar(40)  not null unique,
    title                       varchar(200) not null,
    kind                        varchar(32)  not null check (kind in ('ORGANIZATIONAL', 'SUBSTANTIVE', 'CONCLUDING',
                                                                      'RECONVENED', 'INTERSESSIONAL_CONSULTATION')),
    venue                       varchar(12)  not null check (venue in ('NEW_YORK', 'VIENNA', 'ONLINE')),
    time_zone                   varchar(40)  not null,
    opens_at                    timestamptz  not null,
    closes_at                   timestamptz  not null,
    -- organizations register representatives from registration_opens_at (inclusive) to
    -- registration_closes_at (exclusive); para 9 organizations until para9_closes_at when it is set
    registration_opens_at       timestamptz  not null,
    registration_closes_at      timestamptz  not null,
    para9_closes_at             timestamptz,
    -- seats per organization and mode; null = no limit
    in_person_seats             integer      check (in_person_seats >= 0),
    online_seats                integer      check (online_seats >= 0),
    created_at                  timestamptz  not null,
    updated_at                  timestamptz  not null,
    version                     bigint       not null default 0,
    check (closes_at > opens_at),
    check (registration_closes_at > registration_opens_at),
    check (registration_closes_at <= opens_at),
    check (para9_closes_at is null or (para9_closes_at <= registration_closes_at
                                       and para9_closes_at > registration_opens_at))
);
-- the public calendar: by opening, then id
create index session_opens_idx on session (opens_at, id);

-- The agenda items of a session (organizations ask to speak on one).
create table session_agenda_item (
    id          uuid primary key,
    session_id  uuid         not null references session (id),
    number      integer      not null check (number > 0),
    title       varchar(300) not null,
    unique (session_id, number)
);

-- The official letter on the organization's letterhead, signed by its head, listing its
-- representatives for one session. PDF bytes, checked by parsing; never written to disk.
create table registration_letter (
    id              uuid primary key,
    session_id      uuid         not null references session (id),
    application_id  uuid         not null references application (id),
    content         bytea        not null,
    sha256          bytea        not null,
    size_bytes      integer      not null check (size_bytes > 0),
    pages           integer      not null check (pages > 0),
    uploaded_at     timestamptz  not null
);
create index registration_letter_org_idx on registration_letter (application_id, session_id, uploaded_at);

-- A representative of an accredited organization (the approved application) for one session.
create table representative (
    id                  uuid primary key,
    session_id          uuid         not null references session (id),
    application_id      uuid         not null references application (id),
    letter_id           uuid         not null references registration_letter (id),
    name                varchar(200) not null,
    title               varchar(200) not null,
    employer            varchar(300) not null,
    email               varchar(254) not null,
    email_normalized    varchar(254) not null,
    mode                varchar(10)  not null check (mode in ('IN_PERSON', 'ONLINE')),
    gender              varchar(20)  check (gender in ('FEMALE', 'MALE', 'OTHER', 'UNDISCLOSED')),
    nationality         varchar(2),
    status              varchar(16)  not null check (status in ('REQUESTED', 'LATE_REQUEST', 'CONFIRMED',
                                                                'REFUSED', 'WITHDRAWN', 'REPLACED')),
    late                boolean      not null default false,
    replaces_id         uuid         references representative (id),
    decided_by          varchar(200),
    decided_at          timestamptz,
    decision_reason     varchar(2000),
    registered_at       timestamptz  not null,
    updated_at          timestamptz  not null,
    version             bigint       not null default 0
);
-- one person once per session while the registration stands
create unique index representative_once_per_session on representative (session_id, email_normalized)
    where status in ('REQUESTED', 'LATE_REQUEST', 'CONFIRMED');
create index representative_org_idx on representative (application_id, session_id, registered_at, id);
create index representative_session_idx on representative (session_id, status, registered_at, id);

-- The meetings actually held (domain.md). Times: 10:00 to 18:00 local on the first and last day;
-- registration from 30 days before the opening until 18:00 New York time, 7 days before it.
insert into session (id, code, title, kind, venue, time_zone, opens_at, closes_at, registration_opens_at,
                     registration_closes_at, para9_closes_at, in_person_seats, online_seats, created_at, updated_at)
select md5('accredit-session-' || s.code)::uuid, s.code, s.title, s.kind, s.venue, s.tz,
       (s.first_day + time '10:00') at time zone s.tz,
       (s.last_day + time '18:00') at time zone s.tz,
       ((s.first_day - 30) + time '00:00') at time zone 'America/New_York',
       ((s.first_day - 7) + time '18:00') at time zone 'America/New_York',
       null,
       s.in_person, s.online,
       timestamptz '2026-12-01 00:00:00+00', timestamptz '2026-12-01 00:00:00+00'
from (values
    ('AHC-ORG-2021', 'Organizational session', 'ORGANIZATIONAL', 'NEW_YORK', 'America/New_York', date '2021-05-10', date '2021-05-12', 1, null::integer),
    ('AHC-ORGMATTERS-2022', 'Session on organizational matters', 'ORGANIZATIONAL', 'NEW_YORK', 'America/New_York', date '2022-02-24', date '2022-02-24', 1, null),
    ('AHC-1', 'First session', 'SUBSTANTIVE', 'NEW_YORK', 'America/New_York', date '2022-02-28', date '2022-03-11', 1, null),
    ('AHC-2', 'Second session', 'SUBSTANTIVE', 'VIENNA', 'Europe/Vienna', date '2022-05-30', date '2022-06-10', 1, null),
    ('AHC-3', 'Third session', 'SUBSTANTIVE', 'NEW_YORK', 'America/New_York', date '2022-08-29', date '2022-09-09', 1, null),
    ('AHC-4', 'Fourth session', 'SUBSTANTIVE', 'VIENNA', 'Europe/Vienna', date '2023-01-09', date '2023-01-20', 1, null),
    ('AHC-5', 'Fifth session', 'SUBSTANTIVE', 'VIENNA', 'Europe/Vienna', date '2023-04-11', date '2023-04-21', 1, null),
    ('AHC-6', 'Sixth session', 'SUBSTANTIVE', 'NEW_YORK', 'America/New_York', date '2023-08-21', date '2023-09-01', 1, null),
    ('AHC-CONCLUDING', 'Concluding session', 'CONCLUDING', 'NEW_YORK', 'America/New_York', date '2024-01-29', date '2024-02-09', 1, null),
    ('AHC-CONCLUDING-RECONVENED', 'Reconvened concluding session', 'RECONVENED', 'NEW_YORK', 'America/New_York', date '2024-07-29', date '2024-08-09', 1, null),
    ('AHC-IC-1', 'First intersessional consultation', 'INTERSESSIONAL_CONSULTATION', 'VIENNA', 'Europe/Vienna', date '2022-03-24', date '2022-03-25', 2, 2),
    ('AHC-IC-2', 'Second intersessional consultation', 'INTERSESSIONAL_CONSULTATION', 'VIENNA', 'Europe/Vienna', date '2022-06-13', date '2022-06-14', 2, 2),
    ('AHC-IC-3', 'Third intersessional consultation', 'INTERSESSIONAL_CONSULTATION', 'VIENNA', 'Europe/Vienna', date '2022-11-03', date '2022-11-04', 2, 2),
    ('AHC-IC-4', 'Fourth intersessional consultation', 'INTERSESSIONAL_CONSULTATION', 'VIENNA', 'Europe/Vienna', date '2023-03-06', date '2023-03-07', 2, 2),
    ('AHC-IC-5', 'Fifth intersessional consultation', 'INTERSESSIONAL_CONSULTATION', 'VIENNA', 'Europe/Vienna', date '2023-06-20', date '2023-06-21', 2, 2)
) as s (code, title, kind, venue, tz, first_day, last_day, in_person, online);
