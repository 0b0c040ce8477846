-- The version of organization-name normalization (OrganizationNames.VERSION) the stored forms were
-- computed with. NormalizedNamesRefresh recomputes them at start only while this is older than the
-- code's, so a start reads no application or roster rows once they are current. 0: computed before V13.
create table name_normalization (
    single  boolean primary key default true check (single),
    version integer not null
);
insert into name_normalization (version) values (0);
