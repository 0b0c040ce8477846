-- pgbench script: the statements the service runs for one submission, in one transaction
-- (ApplicationService.submit, Journal.submitted, Notifications.enqueue: plain inserts through
-- common.RowWriter, with the same columns), with the same 3:1 mix of
-- para 7 and para 8 as bench/submit.lua. run.sh passes the mean size of the email data the service
-- wrote as -D data_len=... so the outbox rows weigh the same (emails are rendered at delivery).
\set n random(1, 1000000000000)
\set para8 random(1, 4)
-- The driver sends BEGIN with the transaction's first statement (the service's nextval), so pgbench
-- pipelines the two. The service makes its UUIDs in the JVM; here the application's id is derived
-- from the client and its random number, and the insert reads the drawn number with currval.
\startpipeline
BEGIN;
SELECT nextval('application_reference_seq');
\endpipeline
-- duplicates: no query, the partial unique index application_open_per_org_and_call refuses them on insert
\if :para8 = 1
SELECT id FROM ecosoc_entry WHERE name_normalized = 'pgbench org ' || :client_id || ' ' || :n AND country = 'FR' LIMIT 1;
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
        'No roster entry matches the name and country.', false);
\endif
INSERT INTO outbox_email (id, application_id, kind, recipient, language, template_data, status, attempts,
        next_attempt_at, created_at)
VALUES (gen_random_uuid(), md5(:client_id || '-' || :n)::uuid, 'ACKNOWLEDGEMENT', 'bench@example.org', CASE WHEN :para8 = 1 THEN 'fr' ELSE 'en' END,
        repeat('d', :data_len), 'PENDING', 0, now(), now());
\endpipeline
END;
