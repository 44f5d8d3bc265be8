-- A standards breach on a child's case: which rule, when it fell due, when the system noticed.
-- The unique key makes recording idempotent: a timer that fires again records nothing new.
create table sg_standards_breach (
  id                      varchar(36)  not null primary key,
  case_reference          varchar(64)  not null,
  rule_id                 varchar(16)  not null,
  due_at                  timestamp with time zone not null,
  noticed_at              timestamp with time zone not null,
  process_instance_id     varchar(64)  not null,
  breached_step           varchar(255) not null,
  standards_profile       varchar(64)  not null,
  detail                  varchar(2000),
  constraint sg_standards_breach_once unique (process_instance_id, rule_id, breached_step, due_at)
);

create index sg_standards_breach_case on sg_standards_breach (case_reference);
