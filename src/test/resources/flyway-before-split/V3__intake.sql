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

-- The citation graph: every document a plan cites, and every plan, as one node. A provincial document
-- (13980/KH-UBND, 66-CTr/TU) is only the same document within its province; a central one (57-KL/TW) everywhere.
create table legal_document (
    id                bigserial primary key,
    number_key        varchar(120),
    number            varchar(100),
    scope_province_id bigint references province (id),
    kind              varchar(60),
    issuer            varchar(300),
    issued_on         date,
    subject           varchar(1000),
    search_text       text         not null default '',
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now(),
    version           bigint       not null default 0
);
create unique index legal_document_number_idx on legal_document (number_key, coalesce(scope_province_id, 0))
    where number_key is not null;

-- Plans of TTĐN that are (a version of) a document: a revision adds a second plan to the same number.
create table legal_document_plan (
    plan_id     bigint primary key references plan (id),
    document_id bigint not null references legal_document (id)
);
create index legal_document_plan_document_idx on legal_document_plan (document_id);

create table legal_citation (
    id        bigserial primary key,
    citing_id bigint not null references legal_document (id),
    cited_id  bigint not null references legal_document (id),
    printed   varchar(200),
    unique (citing_id, cited_id)
);
create index legal_citation_cited_idx on legal_citation (cited_id);
