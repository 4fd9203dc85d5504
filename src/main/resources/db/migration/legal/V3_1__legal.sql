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
