package uk.safeguarding.breaches;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every node sweeps for breaches to review on a short schedule. Tests turn the schedule off and
 * sweep when they mean to, so no review starts behind a test's back while it counts them.
 */
@Component
@ConditionalOnProperty(name = "safeguarding.standards.breach-review-sweep.enabled", havingValue = "true", matchIfMissing = true)
class StandardsBreachReviewSchedule {

  private final StandardsBreachReviews reviews;

  StandardsBreachReviewSchedule(StandardsBreachReviews reviews) {
    this.reviews = reviews;
  }

  @Scheduled(fixedDelayString = "${safeguarding.standards.breach-review-sweep.every:PT2S}")
  void sweep() {
    reviews.sweep();
  }
}
