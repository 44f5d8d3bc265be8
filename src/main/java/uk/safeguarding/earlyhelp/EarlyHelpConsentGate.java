package uk.safeguarding.earlyhelp;

import static uk.safeguarding.earlyhelp.EarlyHelpProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;
import uk.safeguarding.casefile.NextPathway;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * EH-01: early help needs the parents' consent, and the child's own from 12 where the child has
 * capacity. Without it, the lead professional closes with the reasons or steps up to the front door
 * (EH-04: the family refuses to engage).
 */
@Component("earlyHelpConsentGate")
public class EarlyHelpConsentGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    CaseVariables v = gate.variables();
    gate.requireAnswer("EH-01", PARENTS_CONSENT, "Have the parents consented to early help?");
    // The child is asked once the parents agree: without them there is no early help to consent to.
    if (v.isTrue(CHILD_CONSENT_NEEDED) && v.isTrue(PARENTS_CONSENT)) {
      gate.requireAnswer("EH-01", CHILD_CONSENT, "Has the child (12 or over) consented, or does the child lack capacity to?");
    }
    if (v.isAnswered(PARENTS_CONSENT) && !consented(v)) {
      gate.requireOneOf("EH-04", NEXT_STEP, EarlyHelpProcess.WITHOUT_CONSENT)
          .requireText("EH-04", NO_CONSENT_REASON, "Why consent was not given, and what that means for the child");
    }
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    if (consented(variables)) {
      execution.setVariable(NEXT_STEP, EarlyHelpProcess.ASSESSMENT);
      execution.setVariable(CONSENT_DATE, NextPathway.day(WorkingDayCalendar.today()));
    } else if (EarlyHelpProcess.STEP_UP.equals(variables.text(NEXT_STEP))) {
      execution.setVariable(STEP_UP_AT, ClockUtil.getCurrentTime());
    }
  }

  private static boolean consented(CaseVariables v) {
    return v.isTrue(PARENTS_CONSENT) && (!v.isTrue(CHILD_CONSENT_NEEDED) || v.isTrue(CHILD_CONSENT));
  }
}
