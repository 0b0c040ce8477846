-- Idempotency keys (idempotency.Idempotency), shared by every replica. One row per caller and key,
-- identified by a SHA-256 of both (the key itself is not stored). A first request claims its key
-- (state IN_FLIGHT, with a lease) with INSERT ... ON CONFLICT; a success stores its response (DONE),
-- the body encrypted with a key derived from the idempotency key; a failure deletes the row.
-- Rows past expires_at are deleted by a scheduled set-based DELETE.
create table idempotency_key (
    lookup       bytea         primary key,
    fingerprint  bytea         not null,
    state        varchar(10)   not null check (state in ('IN_FLIGHT', 'DONE')),
    -- the claim's own id: only the request that holds the claim completes or releases it
    claim        uuid          not null,
    locked_until timestamptz,
    created_at   timestamptz   not null,
    expires_at   timestamptz   not null,
    status       integer,
    content_type varchar(255),
    location     varchar(2048),
    iv           bytea,
    body         bytea,
    check (state = 'IN_FLIGHT' and locked_until is not null or state = 'DONE' and status is not null)
);
create index idempotency_key_expires_idx on idempotency_key (expires_at);
