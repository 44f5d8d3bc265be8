package uk.safeguarding.conference;

import static uk.safeguarding.conference.ConferenceVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/**
 * RCPC-05 (legal gateway after the third review) and RCPC-08 (legal planning for a long or repeated
 * plan): the meeting's date, its decision and the reasons.
 */
@Component("legalGatewayMeetingGate")
public class LegalGatewayMeetingGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    String rule = "HoldLegalGatewayMeeting".equals(execution.getCurrentActivityId()) ? "RCPC-05" : "RCPC-08";
    ConferenceCase.requireDayHeld(gate, rule, LEGAL_MEETING_DATE, "The date of the meeting");
    gate.requireOneOf(rule, LEGAL_GATEWAY_DECISION, LEGAL_GATEWAY_DECISIONS)
        .requireText(rule, LEGAL_GATEWAY_RATIONALE, "The reasons for the decision");
  }
}
