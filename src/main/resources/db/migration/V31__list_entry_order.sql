-- A list's entries are read a page at a time in the list's order: the organization's normalized name, then
-- the application's id. The entry carries that name, so that a page is one range of one index
-- (list_id, org_name_normalized, application_id) whatever the size of this list or of any other. Before, the page
-- walked application_name_idx over every application and probed each one's entry: the cost of a small list's page
-- grew with the applications of other lists whose names sort before its own.
alter table non_objection_list_entry add column org_name_normalized varchar(300);
update non_objection_list_entry e set org_name_normalized = a.org_name_normalized
  from application a where a.id = e.application_id;
alter table non_objection_list_entry alter column org_name_normalized set not null;
create index non_objection_list_entry_order_idx
    on non_objection_list_entry (list_id, org_name_normalized, application_id);

-- The name is the application's, never the writer's: set on insert from the application (whatever the insert
-- names), and kept in step when the application's name changes.
create function non_objection_list_entry_name() returns trigger language plpgsql as $$
begin
    select a.org_name_normalized into strict new.org_name_normalized from application a where a.id = new.application_id;
    return new;
end
$$;
create trigger non_objection_list_entry_name before insert or update of application_id, org_name_normalized
    on non_objection_list_entry for each row execute function non_objection_list_entry_name();

create function application_name_to_list_entry() returns trigger language plpgsql as $$
begin
    update non_objection_list_entry set org_name_normalized = new.org_name_normalized
     where application_id = new.id;
    return null;
end
$$;
create trigger application_name_to_list_entry after update of org_name_normalized on application
    for each row when (old.org_name_normalized is distinct from new.org_name_normalized)
    execute function application_name_to_list_entry();

-- How many applications a list holds, kept by the database on every insert or delete of entries (one update per
-- statement and list, from the statement's transition table): a list's view gives its size without counting
-- 100,000 entries on every request.
alter table non_objection_list add column entry_count integer not null default 0;
update non_objection_list l set entry_count = (select count(*) from non_objection_list_entry e where e.list_id = l.id);

create function non_objection_list_entry_added() returns trigger language plpgsql as $$
begin
    update non_objection_list l set entry_count = l.entry_count + a.n
      from (select list_id, count(*) as n from added group by list_id) a where l.id = a.list_id;
    return null;
end
$$;
create trigger non_objection_list_entry_added after insert on non_objection_list_entry
    referencing new table as added for each statement execute function non_objection_list_entry_added();

create function non_objection_list_entry_removed() returns trigger language plpgsql as $$
begin
    update non_objection_list l set entry_count = l.entry_count - r.n
      from (select list_id, count(*) as n from removed group by list_id) r where l.id = r.list_id;
    return null;
end
$$;
create trigger non_objection_list_entry_removed after delete on non_objection_list_entry
    referencing old table as removed for each statement execute function non_objection_list_entry_removed();

-- An entry never moves to another list (it is deleted and added again): its list is fixed.
create function non_objection_list_entry_list_fixed() returns trigger language plpgsql as $$
begin
    raise exception 'an entry does not move between lists (%)', old.application_id;
end
$$;
create trigger non_objection_list_entry_list_fixed before update of list_id on non_objection_list_entry
    for each row when (old.list_id is distinct from new.list_id) execute function non_objection_list_entry_list_fixed();
