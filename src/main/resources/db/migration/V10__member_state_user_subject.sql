-- A Member State focal point is bound to the identity provider's immutable subject (the token's
-- "sub"), not to a login name the provider may let its user change. The login name stays as the
-- display name (and the row's id). Existing rows keep working: their subject is their login name,
-- which is what the HTTP Basic demo accounts of dev, local and test present.
alter table member_state_user add column subject varchar(255);
update member_state_user set subject = username;
alter table member_state_user alter column subject set not null;
alter table member_state_user add constraint member_state_user_subject_key unique (subject);
