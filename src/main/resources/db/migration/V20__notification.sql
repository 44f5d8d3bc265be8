-- Issue 24: the notifications outbox (notifications/Outbox). A row is written in the same transaction as
-- the work that causes it (a task created or assigned, a deadline swept, a breach recorded), with the
-- Camunda job that sends it (notifications/NotificationJobs), so a rolled-back step tells nobody and a
-- committed one is never forgotten. The job retries; the row records who is sending it and when it was
-- sent, so a job run again (a retry after the send, a second node, Cockpit's retry) never sends twice.
-- The email says only the kind of work, its due date, the case reference and a link: no child's data.
create table sg_notification (
  id              varchar(36)    not null primary key,
  -- once per cause, kind and recipient: NEW_WORK|<task>|group:police, OVERDUE|<task>|user:paul
  dedup_key       varchar(400)   not null,
  kind            varchar(32)    not null,
  recipient       varchar(255)   not null,  -- group:<agency group> or user:<user id>
  address         varchar(320)   not null,
  case_reference  varchar(64),
  task_id         varchar(64),
  subject         varchar(500)   not null,
  body            varchar(4000)  not null,
  due_at          timestamp with time zone,
  meeting_name    varchar(255),             -- a convened meeting's invitation carries an iCalendar file
  meeting_on      varchar(32),              -- ISO date (all day) or date and time, London
  digest          boolean        not null,  -- sent in the recipient's daily digest, not at once
  send_after      timestamp with time zone not null,
  created_at      timestamp with time zone not null,
  sending_by      varchar(255),             -- the node sending it now (a lease, see sending_since)
  sending_since   timestamp with time zone,
  sent_at         timestamp with time zone,
  message_id      varchar(255)
);
create unique index sg_notification_once on sg_notification (dedup_key);
create index sg_notification_pending on sg_notification (address, sent_at, send_after);
create index sg_notification_sent on sg_notification (created_at);

-- Each person's and each agency's choice: at once or a daily digest at a set hour, and the kinds they do
-- not want (never a statutory one: notifications/Preferences refuses it).
create table sg_notification_preference (
  owner           varchar(255)   not null primary key,  -- group:<agency group> or user:<user id>
  delivery        varchar(16)    not null,              -- at-once | daily-digest
  digest_hour     integer,
  kinds_off       varchar(1000)  not null,
  changed_by      varchar(255)   not null,
  changed_at      timestamp with time zone not null
);
