-- The log of who read a child's record (V12) is append-only for every user of the database, the
-- application's own included: a row is never changed or removed. Removing rows past their retention
-- is a deliberate act of the database's owner, who disables these triggers for it (docs/operations.md).
create or replace function sg_record_access_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'sg_record_access is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger sg_record_access_append_only before update or delete on sg_record_access
  for each row execute function sg_record_access_refuse_change();
create trigger sg_record_access_no_truncate before truncate on sg_record_access
  for each statement execute function sg_record_access_refuse_change();
