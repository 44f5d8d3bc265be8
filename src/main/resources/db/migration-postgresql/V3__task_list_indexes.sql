-- The task list practitioners keep open all day: a page of their agency's tasks in due-date order.
-- With these two indexes PostgreSQL walks the tasks by due date and stops after one page, checking
-- each against the agency's candidate links from the index alone, instead of joining and sorting
-- every task of the agency. Indexes on the engine's own tables, measured in docs/performance.md.
create index if not exists sg_idx_task_due on act_ru_task (due_date_, id_);
create index if not exists sg_idx_identlink_candidate on act_ru_identitylink (group_id_, task_id_) where type_ = 'candidate';
