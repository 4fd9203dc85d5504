-- Lead assignments of a set of tasks, for progress by lead agency.
create index if not exists task_assignment_lead_idx on task_assignment (task_id) include (agency_id, group_id, name, printed)
    where role = 'LEAD';
