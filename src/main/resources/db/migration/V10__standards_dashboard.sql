-- The managers' Standards dashboard (oversight/StandardsDashboard) counts a period's deadlines and
-- breaches by due day, and lists open statutory deadlines by task and due day: each count reads one
-- index range, never a whole table, at a year of history and 40,000 open tasks.
create index if not exists sg_idx_hi_task_due on act_hi_taskinst (due_date_, task_def_key_, proc_def_key_);
create index if not exists sg_idx_task_key_due on act_ru_task (task_def_key_, due_date_);
create index if not exists sg_standards_breach_due on sg_standards_breach (due_at, rule_id);
