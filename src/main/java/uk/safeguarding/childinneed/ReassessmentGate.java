package uk.safeguarding.childinneed;

import static uk.safeguarding.childinneed.ChildInNeedPlanProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/**
 * CIN-08: a reassessment of the child's situation while the plan lasts (seed 004 "Re-assessment
 * Timeframes": what has changed for the child and family in harm, complicating factors, strengths
 * and safety, and the progress made against the plan). The next one is due from its date.
 */
@Component("reassessmentGate")
public class ReassessmentGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    gate.requireDate("CIN-08", REASSESSMENT_DATE, "The date the reassessment was completed")
        .notInFuture("CIN-08", REASSESSMENT_DATE)
        .requireText("CIN-08", REASSESSMENT_SUMMARY, "What has changed for the child and family since the last assessment");
    gate.notBefore("CIN-08", REASSESSMENT_DATE, gate.variables().date(LAST_ASSESSMENT_DATE), "the previous assessment");
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    execution.setVariable(LAST_ASSESSMENT_DATE, variables.date(REASSESSMENT_DATE).toString());
    execution.setVariable(LAST_REASSESSMENT_SUMMARY, variables.text(REASSESSMENT_SUMMARY));
    execution.removeVariable(REASSESSMENT_DATE);
    execution.removeVariable(REASSESSMENT_SUMMARY);
  }
}
