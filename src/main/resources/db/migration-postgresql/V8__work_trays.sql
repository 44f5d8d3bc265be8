-- Tasklist's work trays (identity/TasklistFilters), measured in docs/performance.md.
-- Tasklist asks for active tasks only: an agency's count is every task it has a candidate link to
-- less the few that are suspended, found here at once instead of reading every task's row.
create index if not exists sg_idx_task_not_active on act_ru_task (id_) where suspension_state_ <> 1;
-- "By child" orders the agency's tasks by the case reference of their process instance: this index
-- answers that join from the index alone (the variable's name, its execution and its value).
create index if not exists sg_idx_variable_by_execution_name on act_ru_variable (execution_id_, name_, type_) include (text_);
