package uk.safeguarding.childinneed;

import static uk.safeguarding.childinneed.ChildInNeedPlanProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/**
 * CIN-01: the plan is in place (for a plan from an assessment, when the assessment completes). CIN-04:
 * it says what the child needs, has SMART, child-focused outcomes and a contingency plan. CIN-08: the
 * date of the latest assessment, from which the next reassessment is due.
 */
@Component("draftChildInNeedPlanGate")
public class DraftChildInNeedPlanGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    gate.requireText("CIN-04", NEEDS_IDENTIFIED, "What the child needs (from the assessment)")
        .requireText("CIN-04", CONTINGENCY_PLAN, "The contingency plan (what happens if the outcomes are not met)")
        .requireDate("CIN-08", LAST_ASSESSMENT_DATE, "The date the latest assessment of the child's needs was completed")
        .notInFuture("CIN-08", LAST_ASSESSMENT_DATE);
    SmartOutcomes.read(gate.variables().raw(SMART_OUTCOMES), gate);
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    SmartOutcomes.read(variables.raw(SMART_OUTCOMES), Gate.on(execution)).keep(execution);
    execution.setVariable(LAST_ASSESSMENT_DATE, variables.date(LAST_ASSESSMENT_DATE).toString());
    execution.setVariable(PLAN_IN_PLACE_AT, ClockUtil.getCurrentTime());
  }
}
