-- Plan intake: uploaded plan documents kept as drafts until a coordinator confirms them into a plan, and stay
-- attached to that plan afterwards ("văn bản gốc").
create table intake_document (
    id               bigserial primary key,
    province_id      bigint       not null references province (id),
    uploaded_by      varchar(100) not null,
    uploaded_at      timestamptz  not null default now(),
    file_name        varchar(300) not null,
    content_type     varchar(20)  not null,
    encoding         varchar(40),
    sha256           varchar(64)  not null,
    size_bytes       bigint       not null,
    text             text         not null,
    status           varchar(20)  not null default 'REVIEW',
    -- Header fields the reviewer corrected; null means "as the document prints it".
    edited_kind      varchar(30),
    edited_number    varchar(100),
    edited_title     varchar(1000),
    edited_issued_on date,
    edited_year      int,
    plan_id          bigint references plan (id),
    revises_plan_id  bigint references plan (id),
    version          bigint       not null default 0,
    updated_at       timestamptz  not null default now()
);
-- The bytes apart from the row, so listing and reviewing drafts never loads them.
create table intake_content (
    intake_id bigint primary key references intake_document (id),
    content   bytea  not null
);
create index intake_document_province_idx on intake_document (province_id, status);
create index intake_document_plan_idx on intake_document (plan_id);
