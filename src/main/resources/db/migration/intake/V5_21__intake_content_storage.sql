-- Intake bytes stored as evidence bytes are (see tracking/V5_20): uncompressed out of line, read in slices.
alter table intake_content alter column content set storage external;
-- "|| ''" makes a fresh, uncompressed value that the new storage applies to.
update intake_content set content = content || ''::bytea;
