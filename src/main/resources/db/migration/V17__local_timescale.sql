-- An authority's timescales changed in the running installation (issue 22, point 4): one row for every
-- change of one rule's timescale in one standards profile, over what its YAML file says
-- (timescales/LocalTimescales). Append-only: the code only inserts, and the latest version of a rule
-- is the one new clocks count by; the rows are the audit (who, when, why, the value before and after).
-- The version is the installation's: unique, so two service managers changing at once cannot both
-- take the same number.
create table sg_local_timescale (
  version         bigint        not null primary key,
  profile_id      varchar(64)   not null,
  rule_id         varchar(32)   not null,
  timescale_key   varchar(64),
  old_timescale   varchar(64)   not null,
  new_timescale   varchar(64)   not null,
  reason          varchar(2000) not null,
  changed_by      varchar(255)  not null,
  changed_at      timestamp with time zone not null
);
create index sg_local_timescale_profile on sg_local_timescale (profile_id, version);
