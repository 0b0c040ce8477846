-- Scale benchmark (bench/scale.sh): :n applications, after Flyway created the schema.
--   psql -v n=1000000 -f bench/scale/seed_applications.sql
-- Deterministic (setseed): the same n gives the same rows, so --reuse can keep a seeded database.
--   * 20 calls over two years; PARA_9 applications always in a call, half the others too
--   * paths: PARA_7 30%, PARA_8 45%, PARA_9 25%
--   * statuses (8): APPROVED exactly every 10th (100,000 at 1M, for the public list and CSV); of the others
--     REJECTED 38%, WITHDRAWN 25%, NOT_APPROVED 13%, SUBMITTED 10%, IN_REVIEW 7%, RECOMMENDED 4%,
--     INFORMATION_REQUESTED 3%
--   * 193 countries, skewed (a few have many, most few); languages mostly en, then fr and es
--   * submitted_at spread evenly over the last 730 days
--   * assigned to one of 10 reviewers (scale-reviewer-01..10): every open application under review
--     (IN_REVIEW, INFORMATION_REQUESTED, RECOMMENDED) and a third of the decided ones
--   * names "<Coined> <Common> for <Common> <n>": the coined word (three syllables out of 20) is in about
--     1 name in 8,000, the common words are skewed ("Foundation" in about 1 name in 6); the rare word
--     "Quillwort" is in 1 name in 20,000 (50 at 1M, 1 at 10k), "Saxifrage" in exactly 20 names at any size (the
--     same answer at both sizes, for the target); the number keeps names unique
--     (one open application per organization and call).
\set ON_ERROR_STOP on
select setseed(0.1414);

insert into call_for_applications (id, title, opens_at, closes_at, created_at, created_by)
select md5('scale-call-' || c)::uuid, 'Scale call ' || lpad(c::text, 2, '0'),
       now() - interval '760 days' + c * interval '36 days',
       now() - interval '760 days' + c * interval '36 days' + interval '90 days',
       now() - interval '770 days', 'scale-admin'
from generate_series(1, 20) c
on conflict do nothing;

create temporary table scale_words (k text primary key, a text[]);
insert into scale_words values
 ('syl', array['ka','ro','mi','ta','ne','lu','so','ve','di','ba','ze','po','ri','gu','fa','le','mo','ti','sa','nu']),
 ('common', array['Foundation','Development','Women','Youth','Rights','Health','Education','Network','Alliance',
   'Institute','Council','Centre','Society','Action','Peace','Environment','Climate','Justice','Children','Water',
   'Community','Human','Solidarity','Cooperation','Research','Heritage','Democracy','Freedom','Forum','Initiative',
   'Partnership','Trust','Union','League','Federation','Coalition','Mission','Relief','Citizens','Future']),
 ('country', string_to_array('AD,AE,AF,AG,AL,AM,AO,AR,AT,AU,AZ,BA,BB,BD,BE,BF,BG,BH,BI,BJ,BN,BO,BR,BS,BT,BW,BY,BZ,CA,CD,CF,CG,CH,CI,CL,CM,CN,CO,CR,CU,CV,CY,CZ,DE,DJ,DK,DM,DO,DZ,EC,EE,EG,ER,ES,ET,FI,FJ,FM,FR,GA,GB,GD,GE,GH,GM,GN,GQ,GR,GT,GW,GY,HN,HR,HT,HU,ID,IE,IL,IN,IQ,IR,IS,IT,JM,JO,JP,KE,KG,KH,KI,KM,KN,KP,KR,KW,KZ,LA,LB,LC,LI,LK,LR,LS,LT,LU,LV,LY,MA,MC,MD,ME,MG,MH,MK,ML,MM,MN,MR,MT,MU,MV,MW,MX,MY,MZ,NA,NE,NG,NI,NL,NO,NP,NR,NZ,OM,PA,PE,PG,PH,PK,PL,PT,PW,PY,QA,RO,RS,RU,RW,SA,SB,SC,SD,SE,SG,SI,SK,SL,SM,SN,SO,SR,SS,ST,SV,SY,SZ,TD,TG,TH,TJ,TL,TM,TN,TO,TR,TT,TV,TZ,UA,UG,US,UY,UZ,VC,VE,VN,VU,WS,YE,ZA,ZM,ZW', ',')),
 ('lang', array['en','en','en','en','fr','fr','es','es','ar','zh','ru']);

insert into application (id, reference, path, status, call_id, org_name, org_name_normalized, org_type, country,
                         contact_name, contact_email, language, tracking_secret_hash,
                         recommended_by, recommended_at, decided_by, decided_at, decision_reference,
                         assigned_to, assigned_at, submitted_at, updated_at)
select md5('scale-app-' || i)::uuid,
       'SCALE-' || i,
       path,
       status,
       case when path = 'PARA_9' or r_call < 0.5 then md5('scale-call-' || (1 + h2 % 20))::uuid end,
       name,
       lower(name),
       case path when 'PARA_7' then (case when r_call < 0.25 then 'UN_ENTITY' else 'INTERGOVERNMENTAL_ORGANIZATION' end)
                 when 'PARA_8' then 'NGO'
                 else (array['CIVIL_SOCIETY_ORGANIZATION','CIVIL_SOCIETY_ORGANIZATION','ACADEMIC_INSTITUTION','PRIVATE_SECTOR'])[1 + i % 4] end,
       country,
       'Contact ' || i,
       'contact-' || i || '@scale.example.org',
       language,
       decode(md5('scale-secret-' || i), 'hex'),
       case when status in ('RECOMMENDED', 'APPROVED', 'NOT_APPROVED') then 'scale-reviewer' end,
       case when status in ('RECOMMENDED', 'APPROVED', 'NOT_APPROVED') then submitted_at + interval '20 days' end,
       case when status in ('APPROVED', 'REJECTED', 'NOT_APPROVED') then 'scale-approver' end,
       case when status in ('APPROVED', 'REJECTED', 'NOT_APPROVED') then submitted_at + interval '40 days' end,
       case when status = 'APPROVED' then 'Decision ' || to_char(submitted_at, 'YYYY') || '/' || i end,
       case when status in ('IN_REVIEW', 'INFORMATION_REQUESTED', 'RECOMMENDED') or (status <> 'SUBMITTED' and r_assign < 0.33)
            then 'scale-reviewer-' || lpad((1 + i % 10)::text, 2, '0') end,
       case when status in ('IN_REVIEW', 'INFORMATION_REQUESTED', 'RECOMMENDED') or (status <> 'SUBMITTED' and r_assign < 0.33)
            then submitted_at + interval '2 days' end,
       submitted_at,
       submitted_at + interval '40 days'
from (
    select i, r_call, r_assign, submitted_at, language, country, h2,
           case when r_path < 0.30 then 'PARA_7' when r_path < 0.75 then 'PARA_8' else 'PARA_9' end as path,
           case when i % 10 = 0 then 'APPROVED'
                when r_status < 0.38 then 'REJECTED'
                when r_status < 0.63 then 'WITHDRAWN'
                when r_status < 0.76 then 'NOT_APPROVED'
                when r_status < 0.86 then 'SUBMITTED'
                when r_status < 0.93 then 'IN_REVIEW'
                when r_status < 0.97 then 'RECOMMENDED'
                else 'INFORMATION_REQUESTED' end as status,
           case when i % 20000 = 1 then 'Quillwort'
                when i % (:n / 20) = 7 then 'Saxifrage'
                else initcap(syl[1 + (h1 % 20)] || syl[1 + (h1 / 20 % 20)] || syl[1 + (h1 / 400 % 20)]) end
             || ' ' || common[1 + floor(40 * r_w1 * r_w1)::int] || ' for ' || common[1 + floor(40 * r_w2)::int]
             || ' ' || i as name
    from (
        select i, random() as r_path, random() as r_status, random() as r_call, random() as r_assign,
               random() as r_w1, random() as r_w2,
               (('x' || substr(md5('scale-word-' || i), 1, 7))::bit(28)::int) % 8000 as h1,
               (('x' || substr(md5('scale-word-' || i), 8, 7))::bit(28)::int) as h2,
               now() - interval '730 days' * random() as submitted_at,
               lang[1 + floor(11 * random())::int] as language,
               country[1 + floor(193 * power(random(), 2))::int] as country,
               syl, common
        from generate_series(1, :n) i,
             (select a as syl from scale_words where k = 'syl') s,
             (select a as common from scale_words where k = 'common') c,
             (select a as country from scale_words where k = 'country') co,
             (select a as lang from scale_words where k = 'lang') l
    ) r
) x;
