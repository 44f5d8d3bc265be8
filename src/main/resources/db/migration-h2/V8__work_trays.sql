-- Tasklist's work trays (identity/TasklistFilters); H2 has no partial or covering indexes, so these
-- are the plain forms of db/migration-postgresql/V8__work_trays.sql.
create index if not exists sg_idx_task_not_active on act_ru_task (suspension_state_, id_);
create index if not exists sg_idx_variable_by_execution_name on act_ru_variable (execution_id_, name_, type_);
create index if not exists sg_idx_variable_scope_name on act_ru_variable (var_scope_, name_);
