-- Directory: provinces, agencies, aliases, groups, reorganisations.
create extension if not exists pg_trgm;

create table province (
    id            bigserial primary key,
    code          varchar(20)  not null unique,
    name          varchar(200) not null,
    kind          varchar(20)  not null default 'PROVINCE',
    active        boolean      not null default true,
    successor_id  bigint references province (id),
    merged_on     date,
    version       bigint       not null default 0
);

create table agency (
    id                  bigserial primary key,
    province_id         bigint       not null references province (id),
    parent_id           bigint references agency (id),
    kind                varchar(30)  not null,
    full_name           varchar(300) not null,
    short_name          varchar(100),
    coordinator         boolean      not null default false,
    email               varchar(200),
    phone               varchar(50),
    address             varchar(300),
    ttdn_leader_name    varchar(200),
    ttdn_leader_contact varchar(200),
    ttdn_officer_name   varchar(200),
    ttdn_officer_contact varchar(200),
    active              boolean      not null default true,
    successor_id        bigint references agency (id),
    ended_on            date,
    search_text         text         not null default '',
    version             bigint       not null default 0,
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now()
);
create index agency_province_idx on agency (province_id, active);
create index agency_search_idx on agency using gin (search_text gin_trgm_ops);

-- Other names an agency is known by: abbreviations, former names, names as printed in plans.
create table agency_alias (
    id         bigserial primary key,
    agency_id  bigint       not null references agency (id),
    alias      varchar(300) not null,
    alias_key  varchar(300) not null
);
create index agency_alias_key_idx on agency_alias (alias_key);

-- Named groups as plans use them ("Các sở, ban, ngành"): members are the agencies of the listed kinds plus explicit ones.
create table agency_group (
    id           bigserial primary key,
    province_id  bigint       not null references province (id),
    name         varchar(300) not null,
    name_key     varchar(300) not null,
    member_kinds varchar(300) not null default '',
    aliases      text         not null default '',
    version      bigint       not null default 0
);
create table agency_group_member (
    group_id   bigint not null references agency_group (id),
    agency_id  bigint not null references agency (id),
    primary key (group_id, agency_id)
);

-- Mergers and renamings with their effective date; the successor takes over open work.
create table reorganisation (
    id             bigserial primary key,
    kind           varchar(20)  not null,
    subject        varchar(20)  not null,
    predecessor_id bigint       not null,
    successor_id   bigint       not null,
    effective_on   date         not null,
    note           varchar(500),
    tasks_moved    int          not null default 0,
    created_at     timestamptz  not null default now(),
    created_by     varchar(100)
);
