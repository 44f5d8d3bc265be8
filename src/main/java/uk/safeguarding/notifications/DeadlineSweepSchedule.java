package uk.safeguarding.notifications;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every node sweeps for work due tomorrow and overdue once an hour (at seven minutes past, London): the
 * first sweep after midnight finds the day's overdue work, and a node that was down catches up at its
 * next. Tests turn it off and sweep when they mean to.
 */
@Component
@ConditionalOnProperty(name = "safeguarding.notifications.deadline-sweep.enabled", havingValue = "true", matchIfMissing = true)
class DeadlineSweepSchedule {

  private final DeadlineNotices notices;

  DeadlineSweepSchedule(DeadlineNotices notices) {
    this.notices = notices;
  }

  @Scheduled(cron = "${safeguarding.notifications.deadline-sweep.cron:0 7 * * * *}", zone = "Europe/London")
  void sweep() {
    notices.sweep();
  }
}
