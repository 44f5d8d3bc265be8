-- Issue 24: a daily digest's items are all sent by the job of one of them (notifications/NotificationSender).
-- The notification whose job holds this one while sending_by sends it: when the job of another item finds
-- its own taken for a digest that another job is sending, it leaves it to that job (which sends it, or gives
-- it back and tries again), instead of failing and counting a try against a mail server that works.
alter table sg_notification add column sending_for varchar(36);
