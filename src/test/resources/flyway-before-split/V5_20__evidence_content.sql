-- Evidence bytes apart from their description, as intake_content already is: the task page lists evidence names
-- without loading the files (Hibernate loads a bytea column with its row, whatever fetch type it is given).
create table evidence_content (
    evidence_id bigint primary key references evidence_file (id),
    content     bytea  not null
);
-- Downloads read the bytes in slices (vn.ttdn.common.database.StoredBytes). Uncompressed out-of-line storage lets
-- PostgreSQL fetch only a slice's chunks; a compressed value would be decompressed from its start for every slice.
-- The files are mostly compressed already (PDF, DOCX, JPEG), so little space is lost.
alter table evidence_content alter column content set storage external;
alter table intake_content alter column content set storage external;

-- "|| ''" makes a fresh, uncompressed value that the new storage applies to.
insert into evidence_content (evidence_id, content) select id, content || ''::bytea from evidence_file;
alter table evidence_file drop column content;
update intake_content set content = content || ''::bytea;
