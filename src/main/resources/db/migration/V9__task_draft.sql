-- Drafts of task forms: what a practitioner has typed into an open task and saved (Tasklist's Save,
-- its autosave, or PUT /api/tasks/{taskId}/draft) but not yet submitted. One draft per task, holding
-- only what the task writes, as a JSON object (name -> value).
--
-- Kept here rather than as variables of the engine so that a draft is never the case's data: no
-- variable of the case, nothing in the engine's history (Cockpit, the chronology), nothing a gate or
-- a gateway reads, until the task is completed with it.
--
-- The foreign key with "on delete cascade" is how completing a task clears its draft: whatever ends
-- a task (completion, an interrupting event, a cancelled case, an administrator) deletes its row in
-- act_ru_task, and the database deletes the draft in the same transaction. A draft cannot be saved on
-- a task that has already ended. Flyway runs after the engine has created its tables
-- (operations/MigrationsAfterEngine), so act_ru_task exists here.
create table sg_task_draft (
  task_id              varchar(64)     not null primary key,
  process_instance_id  varchar(64)     not null,
  draft_values         varchar(200000) not null,
  saved_by             varchar(255)    not null,
  saved_at             timestamp with time zone not null,
  constraint sg_task_draft_task foreign key (task_id) references act_ru_task (id_) on delete cascade
);
