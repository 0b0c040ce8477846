-- Issue 8: information requests as a thread, and the safeguards of the non-objection procedure.

-- ---- Information requests: every question and its answer, in order -------------------------
create table information_request (
    id             uuid primary key,
    application_id uuid          not null references application (id),
    asked_at       timestamptz   not null,
    asked_by       varchar(100)  not null,
    question       varchar(4000) not null,
    answered_at    timestamptz,
    answer         varchar(8000),
    constraint information_request_answer_with_time check ((answer is null) = (answered_at is null))
);
create index information_request_app_idx on information_request (application_id, asked_at);
-- At most one open question per application.
create unique index information_request_one_open on information_request (application_id) where answered_at is null;

-- Existing data: each INFORMATION_REQUESTED line of the history is a question (its public reason);
-- it was answered by the next line leaving INFORMATION_REQUESTED for IN_REVIEW. Only the latest
-- answer was kept (application.information_response); older ones had been overwritten.
insert into information_request (id, application_id, asked_at, asked_by, question, answered_at, answer)
select md5(random()::text || clock_timestamp()::text || q.id::text)::uuid,
       q.application_id,
       q.occurred_at,
       q.actor,
       coalesce(q.public_reason, case when q.latest then a.information_request end, '(question not recorded)'),
       ans.occurred_at,
       case when ans.occurred_at is null then null
            when q.latest and a.information_response is not null then a.information_response
            else '(answer not kept: it was overwritten by a later information request)' end
from (select e.*, row_number() over (partition by e.application_id order by e.id desc) = 1 as latest
      from application_event e where e.to_status = 'INFORMATION_REQUESTED') q
join application a on a.id = q.application_id
left join lateral (select n.occurred_at from application_event n
                   where n.application_id = q.application_id and n.id > q.id
                     and n.from_status = 'INFORMATION_REQUESTED' and n.to_status = 'IN_REVIEW'
                   order by n.id limit 1) ans on true;

-- An application whose question predates its history (none expected): keep it too.
insert into information_request (id, application_id, asked_at, asked_by, question, answered_at, answer)
select md5(random()::text || clock_timestamp()::text || a.id::text)::uuid, a.id, a.updated_at, 'unknown',
       a.information_request,
       case when a.information_response is not null then a.updated_at end, a.information_response
from application a
where a.information_request is not null
  and not exists (select 1 from information_request r where r.application_id = a.id);

alter table application drop column information_request;
alter table application drop column information_response;

-- The answer is shown on its history line (a catalog-only change: no row is rewritten).
alter table application_event alter column public_reason type varchar(8000);

-- ---- Non-objection safeguards ---------------------------------------------------------------
-- A deadline shorter than the configured window: proposed with a reason by one approver,
-- confirmed by another, who circulates the list.
alter table non_objection_list
    add column proposed_deadline       timestamptz,
    add column short_deadline_reason   varchar(2000),
    add column deadline_proposed_by    varchar(100),
    add column deadline_proposed_at    timestamptz,
    add column deadline_confirmed_by   varchar(100),
    -- The Committee's decision approving an application despite an objection: proposed by one
    -- approver, recorded once another confirms it.
    add column proposed_decision_reference varchar(200),
    add column proposed_decided_on     date,
    add column decision_proposed_by    varchar(100),
    add column decision_proposed_at    timestamptz;

create table approved_despite_objection (
    list_id        uuid          not null references non_objection_list (id),
    application_id uuid          not null references application (id),
    reason         varchar(4000) not null,
    primary key (list_id, application_id)
);
