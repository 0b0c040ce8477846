-- The standing of an accreditation (issue 10): the secretariat may suspend an accreditation
-- (status SUSPENDED, reinstated back to APPROVED) or withdraw it (ACCREDITATION_WITHDRAWN, final).
-- A withdrawn accreditation frees the organization to apply again, as a refused or withdrawn
-- application does; a suspended one still counts as its open application. Kept in step with
-- ApplicationStatus.isOpen().
drop index application_open_per_org_and_call;
create unique index application_open_per_org_and_call on application
    (org_name_normalized, country, coalesce(call_id, '00000000-0000-0000-0000-000000000000'::uuid))
    where status not in ('WITHDRAWN', 'REJECTED', 'NOT_APPROVED', 'ACCREDITATION_WITHDRAWN');
