package uk.safeguarding.childinneed;

import static uk.safeguarding.childinneed.ChildInNeedPlanProcess.Variables.CLOSURE_REASON;
import static uk.safeguarding.childinneed.ChildInNeedPlanProcess.Variables.EARLY_HELP_ARRANGEMENTS;
import static uk.safeguarding.childinneed.ChildInNeedPlanProcess.Variables.NEEDS_IDENTIFIED;
import static uk.safeguarding.childinneed.ChildInNeedPlanProcess.Variables.SMART_OUTCOMES;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.casefile.NextPathway;

/**
 * CIN-07, EH-05: a plan closed with early help to follow starts early help for the same child, with
 * the child in need plan as its input (what the child needed, the outcomes, why it closed and what
 * was agreed for early help), so the lead professional starts from what social care knew.
 */
@Component("stepDownToEarlyHelpFromChildInNeedPlan")
public class StepDownToEarlyHelp implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    CaseVariables v = CaseVariables.of(execution);
    Map<String, Object> stepDown = NextPathway.caseVariables(execution);
    stepDown.put("stepDownFrom", "childInNeedPlan");
    stepDown.put("socialCarePlanSummary", String.join("\n",
        "Needs identified: " + v.text(NEEDS_IDENTIFIED),
        "Outcomes: " + v.text(SMART_OUTCOMES),
        "Why the child in need plan closed: " + v.text(CLOSURE_REASON),
        "Early help agreed: " + v.text(EARLY_HELP_ARRANGEMENTS)));
    NextPathway.startByMessage(execution, ChildInNeedPlanProcess.EARLY_HELP_MESSAGE, stepDown);
  }
}
