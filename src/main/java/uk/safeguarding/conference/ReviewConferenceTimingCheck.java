package uk.safeguarding.conference;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.timescales.Standards;
import uk.safeguarding.breaches.StandardsBreachRecorder;

/** RCPC-01: a review conference set for, or held on, a day after the date it was due. */
@Component("checkReviewConferenceTiming")
public class ReviewConferenceTimingCheck extends ConferenceTimingCheck {

  private final Standards standards;

  public ReviewConferenceTimingCheck(StandardsBreachRecorder breaches, Standards standards) {
    super(breaches, "RCPC-01", ConferenceVariables.REVIEW_CONFERENCE_DATE, "Convene review child protection conference",
        HeldConference.REVIEW);
    this.standards = standards;
  }

  @Override
  Date deadline(DelegateExecution execution) {
    // As the convening step's timer computes it, so a breach found here and the timer's are one.
    return standards.due(execution, "RCPC-01", (String) execution.getVariable(ConferenceVariables.REVIEW_TIMESCALE),
        execution.getVariable(ConferenceVariables.REVIEW_COUNTED_FROM));
  }
}
