-- The latest updates of a province are found by walking all updates newest first (a province has ~1/34 of them).
create index if not exists progress_update_created_idx on progress_update (created_at desc);
