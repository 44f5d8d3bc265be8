-- The log of who read a child's record (V12) is append-only, as db/migration-postgresql/V12_1 makes it
-- there. H2 has no trigger language of its own, so the refusal is a Java trigger
-- (childcase/RecordAccessAppendOnly); TRUNCATE does not fire triggers in H2.
create trigger sg_record_access_append_only before update, delete on sg_record_access
  for each row call 'uk.safeguarding.childcase.RecordAccessAppendOnly';
