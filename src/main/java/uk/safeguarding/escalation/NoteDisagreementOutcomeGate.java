package uk.safeguarding.escalation;

import static uk.safeguarding.escalation.ProfessionalDisagreementProcess.Variables.OUTCOME_NOTED;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/** ESC-04: each party says it has read the stage's outcome; who and when stay in the history. */
@Component("noteDisagreementOutcomeGate")
public class NoteDisagreementOutcomeGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    if (!gate.variables().isTrue(OUTCOME_NOTED)) {
      gate.refuse("ESC-04", OUTCOME_NOTED, "confirm that you have read the outcome of this stage");
    }
  }
}
