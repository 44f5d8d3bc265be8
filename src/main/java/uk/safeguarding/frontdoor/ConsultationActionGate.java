package uk.safeguarding.frontdoor;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/** FD-07: the referring agency says what it did about an action agreed at the consultation. */
@Component("consultationActionGate")
public class ConsultationActionGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    gate.requireText("FD-07", ContactProcess.Variables.CONSULTATION_ACTION_DONE, "What your agency did");
  }
}
