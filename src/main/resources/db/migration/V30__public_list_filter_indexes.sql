-- The public list of accredited organizations (GET /api/v1/public/accredited-organizations, JSON pages
-- and the streamed CSV) is read in the order (org_name_normalized, id), after a key compared as one
-- row value. Unfiltered, application_accredited_idx (V12) serves it as one index range. Filtered by
-- path or by call, that index would be walked from the key on and every row of another path or call
-- skipped: a deep page of a small path or call would read most of the approved rows. These partial
-- indexes put the filter's column first, so each filter is again one range that stops after the page.
-- Approved rows only: small next to the whole table, and nothing else reads them.
create index application_accredited_path_idx on application (path, org_name_normalized, id) where status = 'APPROVED';
create index application_accredited_call_idx on application (call_id, org_name_normalized, id) where status = 'APPROVED';
