-- Rate limits shared by every replica (ratelimit.RateLimiter): one row per bucket, key and fixed
-- window, counted with INSERT ... ON CONFLICT ... DO UPDATE ... RETURNING. The key (a client
-- address or an email address) is kept only as its SHA-256 digest. Ended windows are deleted.
create table rate_limit_window (
    bucket       varchar(60)  not null,
    subject      bytea        not null,
    window_start timestamptz  not null,
    window_end   timestamptz  not null,
    hits         integer      not null,
    primary key (bucket, subject, window_start)
);
create index rate_limit_window_end_idx on rate_limit_window (window_end);
