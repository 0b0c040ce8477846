-- Registrations (issue 10): what V14 left to the feature that writes them.

-- A representative names a letter of its own organization for its own session: the database says
-- so too (a composite key on the letter, referenced with the representative's session and org).
alter table registration_letter add constraint registration_letter_owner_key unique (id, session_id, application_id);
alter table representative add constraint representative_letter_owner_fk
    foreign key (letter_id, session_id, application_id) references registration_letter (id, session_id, application_id);

-- The secretariat's list of a session's registrations: by registration time, then id.
create index representative_session_order_idx on representative (session_id, registered_at, id);

-- A representative is decided by staff with a time, and a replacement names the one it replaces once.
alter table representative add constraint representative_decided_check
    check ((decided_by is null) = (decided_at is null));
create unique index representative_replaced_once on representative (replaces_id) where replaces_id is not null;
