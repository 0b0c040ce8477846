-- Assignment of an application to a reviewer (console queue, "assigned to me").
alter table application add column assigned_to text null;
alter table application add column assigned_at timestamptz null;
-- "assigned to me", in the queue's order (submission time, then id)
create index application_assignee_idx on application (assigned_to, submitted_at, id) where assigned_to is not null;
