-- Documents cited without a number (a law by its name and date, "Chương trình công tác năm 2021 của Tỉnh ủy"):
-- known by kind, issuer, date and name folded (Citation.namedKey), so that two laws never merge; scoped like numbers.
alter table legal_document add column name_key varchar(600);
create unique index legal_document_name_idx on legal_document (name_key, coalesce(scope_province_id, 0))
    where name_key is not null;
