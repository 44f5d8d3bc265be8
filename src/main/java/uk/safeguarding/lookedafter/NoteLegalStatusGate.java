package uk.safeguarding.lookedafter;

import static uk.safeguarding.lookedafter.CarePlanningProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/** LAC-02: each involved agency confirms it has noted the child's legal status and placement. */
@Component("noteLegalStatusGate")
public class NoteLegalStatusGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    if (!gate.variables().isTrue(LEGAL_STATUS_NOTED)) {
      gate.refuse("LAC-02", LEGAL_STATUS_NOTED, "confirm that your agency has noted the child's legal status");
    }
  }
}
