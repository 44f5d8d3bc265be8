-- An agency's tray (agency/AgencyTaskList) reads a page in two ways, measured in docs/performance.md
-- (issue 20): the first few thousand tasks of all in due-date order, each checked against the
-- agency's links, or, where the agency's tasks come after those (a team manager's supervision, due six
-- weeks out), every task of the agency's links, sorted. Both read only each task's id, due date,
-- creation time, claim and state: with these in the indexes they are read from the index alone, not
-- from the task rows (at 40,000 open tasks the team manager's page went from 31 to 15 ms).
create index if not exists sg_idx_task_due_walk on act_ru_task (due_date_, id_) include (create_time_, suspension_state_, assignee_);
drop index if exists sg_idx_task_due;
create index if not exists sg_idx_task_order on act_ru_task (id_) include (due_date_, create_time_, suspension_state_, assignee_);
