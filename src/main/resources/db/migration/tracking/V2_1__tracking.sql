-- Progress updates with their evidence, and comments on tasks.
create table progress_update (
    id           bigserial primary key,
    task_id      bigint       not null references task (id),
    agency_id    bigint       not null references agency (id),
    author       varchar(100) not null,
    status       varchar(20)  not null,
    percent      int          not null,
    narrative    text         not null,
    created_at   timestamptz  not null default now()
);
create index progress_update_task_idx on progress_update (task_id, created_at desc);
create index progress_update_agency_idx on progress_update (agency_id, created_at desc);

create table evidence_file (
    id            bigserial primary key,
    update_id     bigint       not null references progress_update (id),
    file_name     varchar(300) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null,
    sha256        varchar(64)  not null,
    content       bytea        not null
);
create index evidence_file_update_idx on evidence_file (update_id);

create table task_comment (
    id          bigserial primary key,
    task_id     bigint       not null references task (id),
    agency_id   bigint references agency (id),
    author      varchar(100) not null,
    body        text         not null,
    created_at  timestamptz  not null default now()
);
create index task_comment_task_idx on task_comment (task_id, created_at);
