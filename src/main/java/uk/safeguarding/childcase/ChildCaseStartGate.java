package uk.safeguarding.childcase;

import static uk.safeguarding.childcase.ChildCaseProcess.Variables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.safeguarding.casefile.CaseStarts;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.Gate;
import uk.safeguarding.casefile.StartGate;

/**
 * The child's case opens under the child's case reference (one case per child), with the case's
 * clocks starting now: supervision (SUP-01), the chronology review (CHR-01) and the case summary
 * (SUM-01) all count from the day the case opened until they are first done.
 */
@Component("childCaseStartGate")
public class ChildCaseStartGate extends StartGate {

  public ChildCaseStartGate(CaseStarts caseStarts) {
    super(caseStarts, "SUP-01");
  }

  @Override
  protected void checkStart(Gate gate, DelegateExecution execution) {
    // The case asks nothing of its own: its reference, profile and starter are every start's checks.
  }

  @Override
  protected void started(DelegateExecution execution, CaseVariables v) {
    Date now = ClockUtil.getCurrentTime();
    execution.setVariable(CASE_OPENED_AT, now);
    execution.setVariable(LAST_SUPERVISION_AT, now);
    execution.setVariable(LAST_CHRONOLOGY_REVIEW_AT, now);
    execution.setVariable(LAST_SUMMARY_AT, now);
    execution.setVariable(FAMILY_NOT_ENGAGING, false);
  }
}
