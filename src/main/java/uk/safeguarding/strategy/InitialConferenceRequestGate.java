package uk.safeguarding.strategy;

import static uk.safeguarding.strategy.Section47EnquiryProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/** S47-04 and ICPC-02: the request carries the safety plan, the reasons and the agencies to invite. */
@Component("initialConferenceRequestGate")
public class InitialConferenceRequestGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    gate.requireText("S47-04", PROVISIONAL_SAFETY_PLAN, "A provisional safety plan")
        .requireText("S47-05", CONFERENCE_REQUEST_REASONS, "Why a conference is needed");
    var invitees = gate.variables().list(CONFERENCE_INVITEES);
    if (invitees.isEmpty()) {
      gate.refuse("ICPC-02", CONFERENCE_INVITEES, "name the agencies involved with the child, to be invited");
    }
    for (String agency : invitees) {
      if (Agency.byGroupId(agency).isEmpty()) {
        gate.refuse("ICPC-02", CONFERENCE_INVITEES, "'" + agency + "' is not an agency");
      }
    }
  }
}
