-- Answers to creating requests, kept for 24 hours so that a retry gets the first answer instead of doing the work
-- again: an API call's Idempotency-Key ('api') or a page form's one-time _submission id ('form'), per user.
-- A row without completed is a request still being processed.
create table idempotent_request (
    user_id      bigint       not null,
    kind         varchar(8)   not null,
    request_key  varchar(100) not null,
    -- SHA-256 of method, path, parameters and body: the same key with another request is refused (API)
    request_hash varchar(64)  not null,
    created_at   timestamptz  not null default now(),
    completed    boolean      not null default false,
    status       integer,
    content_type text,
    location     text,
    body         bytea,
    primary key (user_id, kind, request_key)
);
create index idempotent_request_created on idempotent_request (created_at);
