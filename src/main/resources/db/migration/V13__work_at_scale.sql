-- Two engine questions that read every row without an index of their own, measured at 40,000 open
-- tasks (docs/performance.md, issue 20):
-- completing or deleting a task asks for its subtasks (the engine's selectTasksByParentTaskId):
-- 111 ms a completion, a scan of every open task, where an index answers at once;
create index if not exists sg_idx_task_parent on act_ru_task (parent_task_id_);
-- whether any timer is due, which each node's breach sweep asks every 2 seconds (deadlines first),
-- and the due jobs the job executor acquires: a scan of every breach timer of every open task.
create index if not exists sg_idx_job_type_due on act_ru_job (type_, duedate_);
