package uk.safeguarding.conference;

import static uk.safeguarding.conference.ConferenceVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;
import uk.safeguarding.calendar.WorkingDayCalendar;

/** RCPC-06 (dual process): the chair decides whether the plan of a child now looked after ends outside conference, and why. */
@Component("dualProcessDecisionGate")
public class DualProcessDecisionGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    gate.requireOneOf("RCPC-06", DUAL_PROCESS_DECISION, DUAL_PROCESS_DECISIONS)
        .requireText("RCPC-06", DUAL_PROCESS_RATIONALE, "The reasons for the decision");
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    if (END_PLAN.equals(variables.text(DUAL_PROCESS_DECISION))) {
      execution.setVariable(PLAN_ENDED_AT, WorkingDayCalendar.today().toString());
      execution.setVariable(PLAN_END_REASON, "Ended outside conference: the child became looked after (RCPC-06, dual process)");
    }
  }
}
