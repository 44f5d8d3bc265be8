package uk.safeguarding.conference;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.standards.Standards;
import uk.safeguarding.standards.StandardsBreachRecorder;

/** RCPC-01: a review conference set for after the date it was due. */
@Component("checkReviewConferenceTiming")
public class ReviewConferenceTimingCheck extends ConferenceTimingCheck {

  private final Standards standards;

  public ReviewConferenceTimingCheck(StandardsBreachRecorder breaches, Standards standards) {
    super(breaches, "RCPC-01", ConferenceVariables.REVIEW_CONFERENCE_DATE, "Convene review child protection conference");
    this.standards = standards;
  }

  @Override
  protected Date deadline(DelegateExecution execution) {
    return standards.endOf(execution.getVariable(ConferenceVariables.NEXT_REVIEW_CONFERENCE_DUE));
  }
}
