-- pgbench script: the statements the service runs for one submission: the rate-limit count on its
-- own, then one transaction (ApplicationService.submit, Journal.submitted, Notifications.enqueue: plain inserts through
-- common.RowWriter, with the same columns), with the same 3:1 mix of
-- para 7 and para 8 as bench/submit.lua. run.sh passes the mean size of the email data the service
-- wrote as -D data_len=... so the outbox rows weigh the same (emails are rendered at delivery).
\set n random(1, 1000000000000)
\set para8 random(1, 4)
-- Rate limits (ratelimit.RateLimiter, via PublicPostLimits.submission): before the transaction, on
-- its own (autocommit), the client's and the recipient's counts in one statement. Every request of
-- bench/submit.lua comes from one client address with one contact email, so, as for the service,
-- every submission counts on the same two rows (keys stored as SHA-256 digests; windows of 1 h
-- aligned on the epoch). Its commit does not wait for the WAL flush, as the service's.
INSERT INTO rate_limit_window (bucket, subject, window_start, window_end, hits)
VALUES ('public-post-client', sha256('\x01'::bytea), date_trunc('hour', now()), date_trunc('hour', now()) + interval '1 hour', 1),
       ('public-post-recipient', sha256('\x02'::bytea), date_trunc('hour', now()), date_trunc('hour', now()) + interval '1 hour', 1)
ON CONFLICT (bucket, subject, window_start) DO UPDATE SET hits = rate_limit_window.hits + 1
RETURNING bucket, hits, set_config('synchronous_commit', 'off', true);
-- The driver sends BEGIN with the transaction's first statement (the service's nextval), so pgbench
-- pipelines the two. The service makes its UUIDs in the JVM; here the application's id is derived
-- from the client and its random number, and the insert reads the drawn number with currval.
\startpipeline
BEGIN;
SELECT nextval('application_reference_seq');
\endpipeline
-- duplicates: no query, the partial unique index application_open_per_org_and_call refuses them on insert
-- para 8: the roster look-up is ecosoc.EcosocMatcher's, two round trips: the entries with the same
-- normalized name in the country (unambiguousMatch; the bench roster is empty, so no acronym count
-- follows), then candidates: pg_trgm's threshold for this transaction and the trigram scan, sent
-- together (no acronym signal for these names, hence the empty one; no row, so no entity fetch)
\if :para8 = 1
SELECT id, acronym, category, country, last_import_id, name, name_normalized, status, updated_at, year_granted
FROM ecosoc_entry WHERE name_normalized = 'pgbench org ' || :client_id || ' ' || :n AND country = 'FR';
\startpipeline
SELECT set_config('pg_trgm.similarity_threshold', '0.2', true);
SELECT cast(id AS varchar), similarity(name_normalized, 'pgbench org ' || :client_id || ' ' || :n) FROM ecosoc_entry
WHERE name_normalized % ('pgbench org ' || :client_id || ' ' || :n) OR name_normalized = 'pgbench org ' || :client_id || ' ' || :n
    OR acronym = ANY('{""}'::varchar[]) ORDER BY 2 DESC LIMIT 200;
\endpipeline
\endif
-- the application, its first history line, the roster note (para 8) and the acknowledgement go in
-- one round trip (one statement for all, see Journal.submitted and common.RowWriter); pgbench
-- sends them as a pipeline
\startpipeline
INSERT INTO application (id, reference, path, status, call_id, org_name, org_name_normalized, org_acronym, org_type,
        country, website, email, expertise, ecosoc_category_claimed, contact_name, contact_title, contact_email,
        contact_phone, language, tracking_secret_hash, ecosoc_entry_id, submitted_at, updated_at, version)
VALUES (md5(:client_id || '-' || :n)::uuid, 'AHC-2026-' || lpad(currval('application_reference_seq')::text, greatest(5, length(currval('application_reference_seq')::text)), '0'), CASE WHEN :para8 = 1 THEN 'PARA_8' ELSE 'PARA_7' END,
        'SUBMITTED', NULL, 'pgbench Org ' || :client_id || ' ' || :n, 'pgbench org ' || :client_id || ' ' || :n, NULL,
        CASE WHEN :para8 = 1 THEN 'NGO' ELSE 'INTERGOVERNMENTAL_ORGANIZATION' END, 'FR', NULL, NULL, NULL,
        CASE WHEN :para8 = 1 THEN 'SPECIAL' END, 'Bench', NULL, 'bench@example.org', NULL,
        CASE WHEN :para8 = 1 THEN 'fr' ELSE 'en' END, sha256(uuid_send(gen_random_uuid())), NULL, now(), now(), 0);
INSERT INTO application_event (application_id, occurred_at, type, actor, actor_role, from_status, to_status,
        from_path, to_path, public_reason, internal_note, applicant_visible)
VALUES (md5(:client_id || '-' || :n)::uuid, now(), 'SUBMITTED', 'applicant', 'applicant', NULL, 'SUBMITTED', NULL,
        CASE WHEN :para8 = 1 THEN 'PARA_8' ELSE 'PARA_7' END, NULL, NULL, true);
\if :para8 = 1
INSERT INTO application_event (application_id, occurred_at, type, actor, actor_role, from_status, to_status,
        from_path, to_path, public_reason, internal_note, applicant_visible)
VALUES (md5(:client_id || '-' || :n)::uuid, now(), 'ECOSOC_MATCH_PROPOSED', 'system', 'system', NULL, NULL, NULL, NULL, NULL,
        'No roster entry resembles the name; a reviewer searches the roster or moves the application to para 9.', false);
\endif
INSERT INTO outbox_email (id, application_id, kind, recipient, language, template_data, status, attempts,
        next_attempt_at, created_at)
VALUES (gen_random_uuid(), md5(:client_id || '-' || :n)::uuid, 'ACKNOWLEDGEMENT', 'bench@example.org', CASE WHEN :para8 = 1 THEN 'fr' ELSE 'en' END,
        repeat('d', :data_len), 'PENDING', 0, now(), now());
\endpipeline
END;
