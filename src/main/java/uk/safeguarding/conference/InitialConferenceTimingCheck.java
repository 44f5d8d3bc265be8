package uk.safeguarding.conference;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.breaches.StandardsBreachRecorder;

/** ICPC-01: the initial conference set for, or held on, a day after the ICPC-01 date of the strategy discussion. */
@Component("checkInitialConferenceTiming")
public class InitialConferenceTimingCheck extends ConferenceTimingCheck {

  private final ConferenceCase conferenceCase;

  public InitialConferenceTimingCheck(StandardsBreachRecorder breaches, ConferenceCase conferenceCase) {
    super(breaches, "ICPC-01", ConferenceVariables.CONFERENCE_DATE, "Convene initial child protection conference",
        HeldConference.INITIAL);
    this.conferenceCase = conferenceCase;
  }

  @Override
  Date deadline(DelegateExecution execution) {
    return conferenceCase.due(execution, "ICPC-01", null, execution.getVariable(ConferenceVariables.STRATEGY_DISCUSSION_DATE));
  }
}
