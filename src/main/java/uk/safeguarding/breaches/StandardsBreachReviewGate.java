package uk.safeguarding.breaches;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/** ESC-01: the manager's review of a breach says what was done about it. */
@Component("standardsBreachReviewGate")
public class StandardsBreachReviewGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    gate.requireText("ESC-01", "breachAction", "What you have done to put the breach right, and why it happened");
  }
}
