package uk.safeguarding.frontdoor;

import static uk.safeguarding.frontdoor.ContactProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/**
 * FD-06: the referring agency has the outcome and says whether it agrees. A disagreement is raised at
 * once from here; the disagreement's own start gate checks the issue, the agency's position and the
 * child's safety (ESC-01, ESC-03, ESC-04), in this same submission.
 */
@Component("noteContactOutcomeGate")
public class NoteContactOutcomeGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    gate.requireAnswer("FD-06", REFERRER_DISAGREES, "Does your agency disagree with the outcome?");
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    execution.setVariable(REFERRER_DISAGREES, variables.isTrue(REFERRER_DISAGREES));
    execution.setVariable(OUTCOME_NOTED_AT, ClockUtil.getCurrentTime());
  }
}
