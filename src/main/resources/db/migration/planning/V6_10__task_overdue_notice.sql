-- What OverdueWatch has announced: one TaskBecameOverdue per task and due date. Inserting with "on conflict do
-- nothing" tells a node whether it is the one to announce, so two nodes or a second run announce nothing twice.
create table task_overdue_notice (
    task_id bigint not null references task (id),
    due_on date not null,
    noticed_at timestamp with time zone not null default now(),
    primary key (task_id, due_on)
);
