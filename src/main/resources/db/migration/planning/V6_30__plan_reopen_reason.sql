-- A closed plan may be issued again; why, by whom and when is kept on the plan and shown on its page.
alter table plan add column reopen_reason text;
alter table plan add column reopened_by varchar(100);
alter table plan add column reopened_at timestamptz;
