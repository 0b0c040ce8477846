-- Scale benchmark (bench/scale.sh): one circulated non-objection list of :n RECOMMENDED-then-circulated
-- (IN_CIRCULATION) para 9 applications, for the deadline sweep; :key names the list (its title is
-- "Scale sweep list <key>", its id md5('scale-sweep-list-<key>')), so one database holds a small warm-up list
-- and the measured one.
--   psql -v n=100000 -v key=main -f bench/scale/seed_sweep.sql
-- The list's deadline is 30 days ahead: the harness moves it to now() once the service is ready, and
-- times the sweep from that moment. One application in 100 has a standing objection (it becomes OBJECTED).
\set ON_ERROR_STOP on
select setseed(0.2718);

insert into call_for_applications (id, title, opens_at, closes_at, created_at, created_by)
values (md5('scale-sweep-call')::uuid, 'Scale sweep call', now() - interval '120 days', now() + interval '30 days',
        now() - interval '130 days', 'scale-admin')
on conflict do nothing;

insert into non_objection_list (id, call_id, title, status, created_at, created_by, circulated_at, circulated_by, deadline)
values (md5('scale-sweep-list-' || :'key')::uuid, md5('scale-sweep-call')::uuid, 'Scale sweep list ' || :'key', 'CIRCULATED',
        now() - interval '20 days', 'scale-approver', now() - interval '15 days', 'scale-approver', now() + interval '30 days');

create temporary table if not exists scale_countries as select string_to_array('AD,AE,AF,AG,AL,AM,AO,AR,AT,AU,AZ,BA,BB,BD,BE,BF,BG,BH,BI,BJ,BN,BO,BR,BS,BT,BW,BY,BZ,CA,CD,CF,CG,CH,CI,CL,CM,CN,CO,CR,CU,CV,CY,CZ,DE,DJ,DK,DM,DO,DZ,EC,EE,EG,ER,ES,ET,FI,FJ,FM,FR,GA,GB,GD,GE,GH,GM,GN,GQ,GR,GT,GW,GY,HN,HR,HT,HU,ID,IE,IL,IN,IQ,IR,IS,IT,JM,JO,JP,KE,KG,KH,KI,KM,KN,KP,KR,KW,KZ,LA,LB,LC,LI,LK,LR,LS,LT,LU,LV,LY,MA,MC,MD,ME,MG,MH,MK,ML,MM,MN,MR,MT,MU,MV,MW,MX,MY,MZ,NA,NE,NG,NI,NL,NO,NP,NR,NZ,OM,PA,PE,PG,PH,PK,PL,PT,PW,PY,QA,RO,RS,RU,RW,SA,SB,SC,SD,SE,SG,SI,SK,SL,SM,SN,SO,SR,SS,ST,SV,SY,SZ,TD,TG,TH,TJ,TL,TM,TN,TO,TR,TT,TV,TZ,UA,UG,US,UY,UZ,VC,VE,VN,VU,WS,YE,ZA,ZM,ZW', ',') as a;

insert into application (id, reference, path, status, call_id, org_name, org_name_normalized, org_type, country,
                         contact_name, contact_email, language, tracking_secret_hash,
                         recommended_by, recommended_at, submitted_at, updated_at)
select md5('scale-sweep-app-' || :'key' || '-' || i)::uuid, 'SCALE-SW-' || :'key' || '-' || i, 'PARA_9', 'IN_CIRCULATION', md5('scale-sweep-call')::uuid,
       'Sweep Organization ' || :'key' || ' ' || i, 'sweep organization ' || :'key' || ' ' || i, 'CIVIL_SOCIETY_ORGANIZATION',
       c.a[1 + floor(193 * random())::int], 'Contact ' || i, 'sweep-' || :'key' || '-' || i || '@scale.example.org', 'en',
       decode(md5('scale-sweep-secret-' || :'key' || '-' || i), 'hex'), 'scale-reviewer', now() - interval '25 days',
       now() - interval '100 days' + i * interval '1 second', now() - interval '15 days'
from generate_series(1, :n) i, scale_countries c;

insert into non_objection_list_entry (list_id, application_id, added_at, added_by)
select md5('scale-sweep-list-' || :'key')::uuid, md5('scale-sweep-app-' || :'key' || '-' || i)::uuid, now() - interval '16 days', 'scale-approver'
from generate_series(1, :n) i;

insert into objection (id, list_id, application_id, state_code, basis, lodged_by, lodged_at)
select md5('scale-sweep-objection-' || :'key' || '-' || i)::uuid, md5('scale-sweep-list-' || :'key')::uuid, md5('scale-sweep-app-' || :'key' || '-' || i)::uuid,
       'FR', 'Scale benchmark objection', 'scale-ms-fr', now() - interval '10 days'
from generate_series(100, :n, 100) i;
