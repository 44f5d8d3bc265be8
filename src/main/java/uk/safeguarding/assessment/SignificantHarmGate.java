package uk.safeguarding.assessment;

import static uk.safeguarding.assessment.ChildAndFamilyAssessmentProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/** CFA-05: what makes significant harm apparent; the strategy discussion starts from it. */
@Component("significantHarmGate")
public class SignificantHarmGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    gate.requireText("CFA-05", SIGNIFICANT_HARM_DETAILS, "What makes significant harm apparent");
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    execution.setVariable(SIGNIFICANT_HARM_RAISED_AT, ClockUtil.getCurrentTime());
  }
}
