-- Scale benchmark (bench/scale.sh): :n PENDING emails, each a copy of the acknowledgement the service wrote for
-- the one application submitted through the API (its template data, its kind), to its own recipient
-- (scale-outbox-<run>-<i>@scale.example.org) and in the six languages in turn, due now.
--   psql -v n=10000 -v run="'r1'" -f bench/scale/seed_outbox.sql
\set ON_ERROR_STOP on
insert into outbox_email (id, application_id, kind, recipient, language, subject, status, attempts, next_attempt_at,
                          created_at, template_data)
select md5('scale-outbox-' || :run || '-' || i)::uuid, o.application_id, o.kind,
       'scale-outbox-' || :run || '-' || i || '@scale.example.org',
       (array['en','fr','es','ar','zh','ru'])[1 + i % 6], null, 'PENDING', 0, now(), now(), o.template_data
from generate_series(1, :n) i,
     (select application_id, kind, template_data from outbox_email
      where kind = 'ACKNOWLEDGEMENT' and template_data is not null and recipient not like 'scale-outbox-%'
      order by created_at limit 1) o;
