-- Each roster import records its mode: FULL (entries absent from the file are retired) or PARTIAL
-- (they are left). Imports made before this migration did not record it: a FULL import is known
-- where it retired entries; otherwise the mode stays unknown (null).
alter table ecosoc_import add column mode varchar(10);
update ecosoc_import set mode = 'FULL' where rows_retired > 0;
alter table ecosoc_import add constraint ecosoc_import_mode check (mode in ('FULL', 'PARTIAL'));
