-- Identity: users, roles, audit log.
create table app_user (
    id                  bigserial primary key,
    username            varchar(100) not null unique,
    password_hash       varchar(200) not null,
    full_name           varchar(200) not null,
    email               varchar(200),
    agency_id           bigint references agency (id),
    province_id         bigint references province (id),
    roles               varchar(200) not null,
    enabled             boolean      not null default true,
    failed_attempts     int          not null default 0,
    locked_until        timestamptz,
    must_change_password boolean     not null default false,
    search_text         text         not null default '',
    version             bigint       not null default 0,
    created_at          timestamptz  not null default now()
);

create table audit_log (
    id           bigserial primary key,
    at           timestamptz  not null default now(),
    username     varchar(100),
    province_id  bigint,
    action       varchar(30)  not null,
    entity_type  varchar(60)  not null,
    entity_id    bigint,
    summary      varchar(500),
    before_state jsonb,
    after_state  jsonb,
    search_text  text         not null default ''
);
create index audit_log_at_idx on audit_log (at desc);
create index audit_log_entity_idx on audit_log (entity_type, entity_id);
