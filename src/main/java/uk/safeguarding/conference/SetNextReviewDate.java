package uk.safeguarding.conference;

import static uk.safeguarding.conference.ConferenceVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** RCPC-01: after the first review, the next is due within the profile's 'then' interval of the day the last was held. */
@Component("setNextReviewDate")
public class SetNextReviewDate implements JavaDelegate {

  private final ConferenceCase conferenceCase;

  public SetNextReviewDate(ConferenceCase conferenceCase) {
    this.conferenceCase = conferenceCase;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // The day the review was held, not the day it was set for.
    Object lastReview = execution.getVariable(REVIEW_CONFERENCE_HELD_DATE);
    execution.setVariable(REVIEW_TIMESCALE, "then");
    execution.setVariable(REVIEW_COUNTED_FROM, lastReview);
    execution.setVariable(NEXT_REVIEW_CONFERENCE_DUE, conferenceCase.due(execution, "RCPC-01", "then", lastReview));
  }
}
