-- Every list of the API is paged by keyset: the rows after the last one of the previous page, in an
-- order whose last column is unique, compared as one row value, e.g. (created_at, id) < (:at, :id).
-- These indexes serve those orders (the application queue and the ECOSOC roster have theirs already:
-- application_queue_idx, application_status_idx and ecosoc_entry_natural_key).

-- GET /api/v1/public/accredited-organizations: by normalized name, then id, approved only
create index application_accredited_idx on application (org_name_normalized, id) where status = 'APPROVED';

-- GET /api/v1/calls: the latest opening first
create index call_opens_idx on call_for_applications (opens_at, id);

-- GET /api/v1/non-objection-lists: newest first (read backwards)
create index non_objection_list_created_idx on non_objection_list (created_at, id);

-- GET /api/v1/member-state/lists: circulated lists, newest circulation first
create index non_objection_list_circulated_idx on non_objection_list (circulated_at, id) where circulated_at is not null;

-- GET /api/v1/admin/member-state-users: by State, then login name (replaces the index on state_code alone)
create index member_state_user_state_username_idx on member_state_user (state_code, username);
drop index member_state_user_state_idx;

-- GET .../non-objection-lists/{id}/objections: a list's objections in the order they were lodged
create index objection_list_lodged_idx on objection (list_id, lodged_at, id);

-- GET .../disclosure-requests: a list's requests in the order they were made (replaces the index on list_id alone)
create index objection_disclosure_list_requested_idx on objection_disclosure (list_id, requested_at, id);
drop index objection_disclosure_list_idx;
