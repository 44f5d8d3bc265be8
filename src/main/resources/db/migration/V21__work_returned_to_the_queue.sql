-- Issue 23, leavers and movers: a task a person had claimed goes back to its agency's queue when the
-- directory no longer lists them, or no longer in a group the task is offered to
-- (childcase/WorkReassignments.returnToTheQueue). Kept as a reassignment to nobody: the team's tray.
alter table sg_work_reassignment alter column to_worker drop not null;
