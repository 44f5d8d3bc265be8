-- The task list indexes of the PostgreSQL migration (H2 has no partial indexes).
create index if not exists sg_idx_task_due on act_ru_task (due_date_, id_);
create index if not exists sg_idx_identlink_candidate on act_ru_identitylink (group_id_, task_id_);
