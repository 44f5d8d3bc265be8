package uk.safeguarding.frontdoor;

import static uk.safeguarding.frontdoor.ContactProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/** FD-05: the allocated worker has read the new contact and says what they are doing about it. */
@Component("allocatedWorkerToldGate")
public class AllocatedWorkerToldGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    gate.requireText("FD-05", ALLOCATED_WORKER_RESPONSE, "What you are doing about the new contact");
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    execution.setVariable(ALLOCATED_WORKER_TOLD_AT, ClockUtil.getCurrentTime());
  }
}
