-- REC-01 / CHR-01: corrections of the case record. A fact every pathway of the child shares (the
-- child's name, date of birth, household, the authority's standards profile) was wrong and children's
-- social care corrected it in every running process of the child (childcase/CorrectCaseRecordDelegate).
-- Who, when, the fact, the old and the new value and the reason are kept here, one row per correction,
-- and shown in the chronology. Rows are never updated or deleted.
create table sg_case_correction (
  id                   varchar(36)    not null primary key,
  case_reference       varchar(64)    not null,
  fact                 varchar(64)    not null,  -- childName | childDateOfBirth | householdMembers | standardsProfile
  old_value            varchar(4000),            -- as the running processes held it (several, if they disagreed)
  new_value            varchar(4000)  not null,
  reason               varchar(4000)  not null,
  corrected_by         varchar(64)    not null,
  corrected_at         timestamp with time zone not null,
  process_instance_id  varchar(64)    not null,  -- the CorrectCaseRecord instance
  processes_corrected  integer        not null   -- how many running processes of the child were changed
);

create index sg_case_correction_case on sg_case_correction (case_reference, corrected_at);
