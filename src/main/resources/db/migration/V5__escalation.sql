-- ESC-01: a breach raises at most one professional disagreement for the same rule on the same case.
-- The key is the rule and the case: the sweep claims it (insert where not exists) and starts the
-- disagreement in the same transaction, so a second breach of the rule, or a second node, finds the
-- claim and raises nothing.
create table sg_breach_escalation (
  case_reference                  varchar(64) not null,
  rule_id                         varchar(16) not null,
  breach_id                       varchar(36) not null,
  escalation_process_instance_id  varchar(64),
  raised_at                       timestamp with time zone not null,
  constraint sg_breach_escalation_once primary key (case_reference, rule_id)
);

-- ESC-04: the record of every disagreement in full, one entry for each step: raised, each stage's
-- issue, positions, outcome and rationale (or its deadline passing), a strategy discussion started.
-- The forms show the latest part of it (a string variable holds 4,000 characters at most).
create table sg_escalation_record (
  id                   varchar(36)     not null primary key,
  process_instance_id  varchar(64)     not null,
  case_reference       varchar(64)     not null,
  step                 varchar(64)     not null,
  recorded_at          timestamp with time zone not null,
  entry                varchar(100000) not null
);

create index sg_escalation_record_case on sg_escalation_record (case_reference, recorded_at);

-- ESC-06: the outcome and the learning of every disagreement, for the safeguarding partnership's audits.
create table sg_escalation_outcome (
  process_instance_id  varchar(64)     not null primary key,
  case_reference       varchar(64)     not null,
  route                varchar(32)     not null,  -- stages | conferenceDissent (ESC-05)
  raised_by            varchar(64)     not null,  -- the practitioner's user id, or system
  breach_rule_id       varchar(16),               -- the breach that raised it (ESC-01), if any
  raising_agency       varchar(64)     not null,
  other_agency         varchar(64)     not null,
  disagreement_about   varchar(64)     not null,
  issue                varchar(100000) not null,
  resolved_at_stage    integer         not null,  -- 1 to 4; 0 for the conference dissent route
  outcome              varchar(255)    not null,
  rationale            varchar(100000) not null,
  learning             varchar(100000) not null,
  raised_at            timestamp with time zone not null,
  concluded_at         timestamp with time zone not null
);

create index sg_escalation_outcome_case on sg_escalation_outcome (case_reference);
