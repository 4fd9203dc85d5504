-- Plans, their legal basis and sections, tasks with lead and coordinating agencies.
create table plan (
    id                bigserial primary key,
    province_id       bigint       not null references province (id),
    kind              varchar(30)  not null,
    number            varchar(100),
    title             varchar(1000) not null,
    issuer_name       varchar(300),
    owner_agency_id   bigint references agency (id),
    issued_on         date,
    signer_authority  varchar(100),
    signer_title      varchar(200),
    signer_name       varchar(200),
    year              int          not null,
    status            varchar(20)  not null default 'DRAFT',
    parent_plan_id    bigint references plan (id),
    budget_note       text,
    sample            boolean      not null default false,
    archived          boolean      not null default false,
    search_text       text         not null default '',
    version           bigint       not null default 0,
    created_at        timestamptz  not null default now(),
    created_by        varchar(100),
    updated_at        timestamptz  not null default now()
);
create index plan_province_idx on plan (province_id, year desc);
create index plan_search_idx on plan using gin (search_text gin_trgm_ops);

create table plan_citation (
    id        bigserial primary key,
    plan_id   bigint       not null references plan (id),
    position  int          not null,
    kind      varchar(60),
    number    varchar(100),
    printed   varchar(200),
    issued_on date,
    issuer    varchar(300),
    subject   varchar(1000)
);
create index plan_citation_plan_idx on plan_citation (plan_id);

create table plan_section (
    id        bigserial primary key,
    plan_id   bigint       not null references plan (id),
    ref       varchar(30),
    heading   varchar(1000) not null,
    position  int          not null
);
create index plan_section_plan_idx on plan_section (plan_id);

create table task (
    id               bigserial primary key,
    plan_id          bigint       not null references plan (id),
    province_id      bigint       not null references province (id),
    section_id       bigint references plan_section (id),
    ref              varchar(30),
    position         int          not null default 0,
    content          text         not null,
    timeframe_kind   varchar(20)  not null default 'UNSPECIFIED',
    timeframe_text   varchar(300),
    start_date       date,
    due_date         date,
    expected_output  text,
    budget_estimate  numeric(18, 0),
    status           varchar(20)  not null default 'NOT_STARTED',
    percent          int          not null default 0,
    last_update_at   timestamptz,
    archived         boolean      not null default false,
    search_text      text         not null default '',
    version          bigint       not null default 0,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now()
);
create index task_plan_idx on task (plan_id, position);
create index task_province_idx on task (province_id, status);
create index task_search_idx on task using gin (search_text gin_trgm_ops);

-- Who leads or helps with a task: an agency or a group, with the name as the plan printed it.
create table task_assignment (
    id          bigserial primary key,
    task_id     bigint       not null references task (id),
    role        varchar(20)  not null,
    agency_id   bigint references agency (id),
    group_id    bigint references agency_group (id),
    printed     varchar(300),
    name        varchar(300),
    position    int          not null default 0
);
create index task_assignment_task_idx on task_assignment (task_id);
create index task_assignment_agency_idx on task_assignment (agency_id, task_id);
create index task_assignment_group_idx on task_assignment (group_id, task_id);
