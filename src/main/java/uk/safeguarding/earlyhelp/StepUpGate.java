package uk.safeguarding.earlyhelp;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/**
 * EH-04: the step up says why. What every contact needs (FD-01, FD-02) is checked by the front door's
 * own start gate when the contact is raised, in this same submission, so a refusal keeps this task open.
 */
@Component("stepUpGate")
public class StepUpGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    gate.requireText("EH-04", EarlyHelpProcess.Variables.STEP_UP_REASON,
        "Why early help steps up: the family will not engage, or the needs have escalated");
  }
}
