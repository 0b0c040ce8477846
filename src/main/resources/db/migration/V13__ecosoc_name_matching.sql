-- ECOSOC name matching (issue 8, section 6).
-- Trigram similarity ranks roster candidates for a para 8 application. pg_trgm ships with
-- PostgreSQL (contrib; the embedded server carries it) and is a trusted extension: the database
-- owner may create it.
create extension if not exists pg_trgm;

-- The acronym written in parentheses in the roster name ("Internet Society (ISOC)" -> "isoc"),
-- a signal apart from the name.
alter table ecosoc_entry add column acronym varchar(50);
create index ecosoc_entry_acronym_idx on ecosoc_entry (acronym) where acronym is not null;
create index ecosoc_entry_name_trgm_idx on ecosoc_entry using gin (name_normalized gin_trgm_ops);

-- name_normalized (roster) and org_name_normalized (applications) were written by the older
-- normalization; the service recomputes them, and the acronyms, at start
-- (org.accredit.organization.NormalizedNamesRefresh), as ICU4J normalizes.
