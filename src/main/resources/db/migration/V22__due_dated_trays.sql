-- The trays' own index of open tasks (agency/TrayIndex, issue 20): one row for each open task and each
-- group it is offered to (a candidate link), with the task's due date and creation time, the two things
-- the trays filter and sort on. The engine's tables cannot answer "this group's tasks in due-date order":
-- the candidate links carry no date, so a dated tray's count read every task due in the window for all
-- groups (200-525 ms at 300,000 open tasks) and a team manager's page every one of his tasks. Here both
-- are one index range per group. Kept in the engine's own transaction by agency/TrayIndex, recomputed
-- from the task and its links for every task a command writes; a task's rows go with the task itself
-- (the foreign key), whatever removes it. Measured in docs/performance.md.
create table sg_tray_task (
  task_id_     varchar(64)  not null,
  group_id_    varchar(255) not null,
  due_date_    timestamp,
  create_time_ timestamp,
  constraint sg_tray_task_pk primary key (task_id_, group_id_),
  constraint sg_tray_task_open foreign key (task_id_) references act_ru_task (id_) on delete cascade
);
-- a tray in due-date order (every tray's own order), newest first within a day as Tasklist sorts by
-- default; and in order of creation
create index sg_idx_tray_due on sg_tray_task (group_id_, due_date_, create_time_ desc, task_id_);
create index sg_idx_tray_created on sg_tray_task (group_id_, create_time_, task_id_, due_date_);
-- An upgraded database already has open tasks: each is indexed here, so no tray opens empty.
insert into sg_tray_task (task_id_, group_id_, due_date_, create_time_)
  select distinct t.id_, i.group_id_, t.due_date_, t.create_time_
  from act_ru_task t join act_ru_identitylink i on i.task_id_ = t.id_
  where i.type_ = 'candidate' and i.group_id_ is not null;
