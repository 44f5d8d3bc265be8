-- CHR-01: significant events of a child's case added by hand (a family bereavement, a move of school),
-- shown in the chronology next to what the pathways and the engine's history already know.
create table sg_case_event (
  id               varchar(36)    not null primary key,
  case_reference   varchar(64)    not null,
  event_date       date           not null,
  description      varchar(4000)  not null,
  recorded_by      varchar(64)    not null,
  recorded_at      timestamp with time zone not null
);

create index sg_case_event_case on sg_case_event (case_reference, event_date);

-- RR-01: the flags raised on a child's case for the manager (a re-referral within 12 months of a
-- closure, a second or later child protection plan, a child moving between CiN and CP). The unique
-- key makes raising idempotent: the same pathway start flags the same thing once.
create table sg_case_flag (
  id                   varchar(36)    not null primary key,
  case_reference       varchar(64)    not null,
  rule_id              varchar(16)    not null,
  kind                 varchar(32)    not null,  -- reReferral | repeatChildProtectionPlan | movingBetweenCinAndCp
  reason               varchar(2000)  not null,
  process_instance_id  varchar(64)    not null,  -- the pathway whose start raised it
  flagged_at           timestamp with time zone not null,
  constraint sg_case_flag_once unique (process_instance_id, kind)
);

create index sg_case_flag_case on sg_case_flag (case_reference);
