package uk.safeguarding.earlyhelp;

import static uk.safeguarding.earlyhelp.EarlyHelpProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.Gate;

/** What closing or stepping up needs, the same after the assessment and after every review. */
final class NextSteps {

  private NextSteps() {}

  static void check(Gate gate, String next, String ruleId) {
    if (EarlyHelpProcess.CLOSE.equals(next)) {
      gate.requireText(ruleId, CLOSURE_REASON, "How the child's needs have been met");
    }
    if (EarlyHelpProcess.STEP_UP.equals(next)) {
      gate.requireText("EH-04", STEP_UP_REASON, "Why early help steps up: the family will not engage, or the needs have escalated");
    }
  }

  static void passed(DelegateExecution execution, CaseVariables variables) {
    if (EarlyHelpProcess.STEP_UP.equals(variables.text(NEXT_STEP))) {
      execution.setVariable(STEP_UP_AT, ClockUtil.getCurrentTime());
    }
  }
}
