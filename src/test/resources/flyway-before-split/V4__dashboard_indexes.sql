-- The latest updates of a province are found by walking all updates newest first (a province has ~1/34 of them).
create index if not exists progress_update_created_idx on progress_update (created_at desc);
-- Lead assignments of a set of tasks, for progress by lead agency.
create index if not exists task_assignment_lead_idx on task_assignment (task_id) include (agency_id, group_id, name, printed)
    where role = 'LEAD';
