-- Tasklist's work trays (identity/TasklistFilters), measured in docs/performance.md.
-- Tasklist asks for active tasks only: an agency's count is every task it has a candidate link to
-- less the few that are suspended, found here at once instead of reading every task's row.
create index if not exists sg_idx_task_not_active on act_ru_task (id_) where suspension_state_ <> 1;
-- "By child" orders the agency's tasks by the case reference of their process instance, compared in
-- lower case (agency/AgencyTaskList): the case references in that order, walked until a page of the
-- agency's tasks is found, and each task's own reference (or that it has none) from the index alone.
create index if not exists sg_idx_variable_name_text on act_ru_variable (name_, type_, lower(text_)) include (execution_id_);
create index if not exists sg_idx_variable_by_execution_name on act_ru_variable (execution_id_, name_, type_) include (text_);
-- Each tray's page carries its cards' variables (the child's name, the case reference): the REST API
-- asks for them by scope (task, execution, process instance) and name, VAR_SCOPE_ in (...), which the
-- engine does not index, so without this every page read every variable of every open case.
create index if not exists sg_idx_variable_scope_name on act_ru_variable (var_scope_, name_);
