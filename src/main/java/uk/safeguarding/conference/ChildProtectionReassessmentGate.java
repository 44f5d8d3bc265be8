package uk.safeguarding.conference;

import static uk.safeguarding.conference.ConferenceVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/**
 * RA-01: the child's situation is reassessed while the child protection plan lasts (seed 004
 * "Re-assessment Timeframes": what has changed for the child and family in harm, complicating factors,
 * strengths and safety, and the progress made against the plan). The first counts from the conference
 * that made the plan, on whose assessment the plan rests; each later one from the reassessment before.
 */
@Component("childProtectionReassessmentGate")
public class ChildProtectionReassessmentGate extends CompletionGate {

  /** The day the next reassessment counts from, for the diagram's {@code standards.due(..., 'RA-01', 'childProtection', ...)}. */
  public String countsFrom(VariableScope scope) {
    CaseVariables variables = CaseVariables.of(scope);
    LocalDate last = variables.date(LAST_REASSESSMENT_DATE);
    return (last != null ? last : variables.date(PLAN_START_DATE)).toString();
  }

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    gate.requireDate("RA-01", REASSESSMENT_DATE, "The date the reassessment was completed")
        .notInFuture("RA-01", REASSESSMENT_DATE)
        .requireText("RA-01", REASSESSMENT_SUMMARY, "What has changed for the child and family since the last assessment");
    gate.notBefore("RA-01", REASSESSMENT_DATE, LocalDate.parse(countsFrom(execution)), "the assessment it follows");
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    execution.setVariable(LAST_REASSESSMENT_DATE, variables.date(REASSESSMENT_DATE).toString());
    execution.setVariable(LAST_REASSESSMENT_SUMMARY, variables.text(REASSESSMENT_SUMMARY));
  }
}
