package uk.safeguarding.assessment;

import static uk.safeguarding.assessment.ChildAndFamilyAssessmentProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/** CFA-04: the family network meeting: when it was held, who came and what it agreed. */
@Component("familyNetworkMeetingGate")
public class FamilyNetworkMeetingGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    gate.requireDate("CFA-04", FAMILY_NETWORK_MEETING_DATE, "The date of the family network meeting")
        .notInFuture("CFA-04", FAMILY_NETWORK_MEETING_DATE)
        .requireText("CFA-04", FAMILY_NETWORK_ATTENDEES, "Who from the family network came")
        .requireText("CFA-04", FAMILY_NETWORK_OUTCOME, "What the family network agreed");
  }
}
