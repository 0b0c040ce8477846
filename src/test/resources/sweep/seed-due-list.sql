-- A circulated non-objection list whose deadline passed, holding :n para 9 applications in circulation
-- (psql: -v n=100000 -v tag=bench1). Every 10th application has a standing objection, every 20th a
-- second one, every 7th a withdrawn one only; every 100th was withdrawn by its applicant (it stays
-- WITHDRAWN). The deadline sweep (or an early closure) closes it: the list's status becomes CLOSED.
begin;
insert into call_for_applications (id, title, opens_at, closes_at, created_at, created_by)
values (md5(:'tag' || '-call')::uuid, 'Scale call ' || :'tag', now() - interval '60 days', now() + interval '60 days',
        now(), 'bench');
insert into non_objection_list (id, call_id, title, status, created_at, created_by, circulated_at, circulated_by, deadline)
values (md5(:'tag' || '-list')::uuid, md5(:'tag' || '-call')::uuid, 'Scale list ' || :'tag', 'CIRCULATED',
        now() - interval '20 days', 'bench', now() - interval '15 days', 'bench', now() - interval '1 minute');
insert into application (id, reference, path, status, call_id, org_name, org_name_normalized, org_type, country,
        contact_name, contact_email, language, tracking_secret_hash, submitted_at, updated_at)
select md5(:'tag' || '-app-' || i)::uuid, 'S-' || :'tag' || '-' || i, 'PARA_9',
       case when i % 100 = 0 then 'WITHDRAWN' else 'IN_CIRCULATION' end, md5(:'tag' || '-call')::uuid,
       'Scale Org ' || :'tag' || ' ' || i, 'scale org ' || :'tag' || ' ' || i, 'CIVIL_SOCIETY_ORGANIZATION', 'KE',
       'Contact ' || i, 'contact' || i || '@example.org', 'en', decode(md5(:'tag' || '-secret-' || i), 'hex'),
       now() - interval '40 days', now() - interval '15 days'
  from generate_series(1, :n) i;
insert into non_objection_list_entry (list_id, application_id, added_at, added_by)
select md5(:'tag' || '-list')::uuid, md5(:'tag' || '-app-' || i)::uuid, now() - interval '16 days', 'bench'
  from generate_series(1, :n) i;
insert into objection (id, list_id, application_id, state_code, basis, lodged_by, lodged_at, withdrawn_by, withdrawn_at)
select gen_random_uuid(), md5(:'tag' || '-list')::uuid, md5(:'tag' || '-app-' || i)::uuid, s.code, 'Scale basis', 'ms',
       now() - interval '10 days', case when s.withdrawn then 'ms' end, case when s.withdrawn then now() - interval '9 days' end
  from generate_series(1, :n) i
  join (values ('FR', 10, false), ('DE', 20, false), ('BR', 7, true)) as s (code, every, withdrawn) on i % s.every = 0;
commit;
analyze application;
analyze non_objection_list_entry;
analyze objection;
