-- The staff queue at a million applications (issue 14): each filter the queue offers reads an index whose
-- leading columns are the filter's and whose next ones are the list's order, so a page after a cursor is
-- one range of the index, e.g. status = :s and (submitted_at, id) > (:at, :id) (Paging writes the cursor
-- condition as one row-value comparison; application.QueuePlansTest checks the plans). OLDEST and NEWEST
-- read the same index, backwards for NEWEST. Filters left without their own index (path alone, country)
-- are not selective enough to need one: the planner walks the order's index and skips the few rows that
-- differ (about 2 in 3 for a path, a page still reads a few hundred index entries at any size).

-- status: application_status_idx (status, submitted_at, id) from V1.
-- status and path together (the console's status filter with a path): without it the status index
-- reads every row of the status whose path differs.
create index application_status_path_idx on application (status, path, submitted_at, id);

-- a call, in the queue's order (replaces the index on call_id alone, which still served the foreign key
-- and every query on call_id: the new one leads with call_id too)
create index application_call_queue_idx on application (call_id, submitted_at, id);
drop index application_call_idx;

-- assigned to a reviewer: application_assignee_idx (assigned_to, submitted_at, id) from V26.

-- the queue by organization name (sort=NAME), without a filter and with a status filter
create index application_name_idx on application (org_name_normalized, id);
create index application_status_name_idx on application (status, org_name_normalized, id);

-- Text search (q: a word of the organization name, matched anywhere in the normalized name with LIKE
-- '%word%'): trigram GIN indexes (pg_trgm, created by V13; the roster's name_normalized has had one
-- since V13) find the few names holding a rare word without reading the table. The finer statistics
-- on the name let the planner tell a rare word (read the trigram index, then sort the few matches)
-- from a common one (walk the order's index: a page of matches comes quickly).
create index application_name_trgm_idx on application using gin (org_name_normalized gin_trgm_ops);
alter table application alter column org_name_normalized set statistics 1000;
