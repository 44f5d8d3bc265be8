-- TR-01 / REC-01: a manager's reassignments from the team tray (childcase/WorkReassignments). One row
-- per decision, never updated or deleted: a task given to another worker, or a whole child transferred
-- to another worker (the child's case then runs its own TR-01 steps). Who decided, when, which task or
-- child, from whom, to whom and why; shown in the child's chronology.
create table sg_work_reassignment (
  id              varchar(36)    not null primary key,
  kind            varchar(16)    not null,  -- task | child
  case_reference  varchar(64)    not null,
  task_id         varchar(64),              -- the task, for kind task
  task_name       varchar(255),
  from_worker     varchar(64),              -- null when the work was the team's, nobody's yet
  to_worker       varchar(64)    not null,
  reason          varchar(4000)  not null,
  decided_by      varchar(64)    not null,
  decided_at      timestamp with time zone not null
);

create index sg_work_reassignment_case on sg_work_reassignment (case_reference, decided_at);
