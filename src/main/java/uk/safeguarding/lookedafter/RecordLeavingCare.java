package uk.safeguarding.lookedafter;

import static uk.safeguarding.lookedafter.LookedAfterChildProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.safeguarding.contract.LookedAfterCodes;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * The child has left care: by then every clock of the pathway has ended with the called processes. What
 * stays on the case is the day and the reason. A report of leaving care brings both; the 18th birthday
 * timer brings neither: care ended at 18, and its SSDA903 reason is E8 ("any other reason"), because nothing recorded
 * yet says whether the young person stayed put with the carers (E17) or moved on (E5, E6): docs/returns.md.
 */
@Component("recordLeavingCare")
public class RecordLeavingCare implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    if (!variables.hasText(LEFT_CARE_REASON)) {
      execution.setVariable(LEFT_CARE_REASON, LookedAfterCodes.CEASED_FOR_ANY_OTHER_REASON);
      execution.setVariable(LEFT_CARE_AT_EIGHTEEN, true);
    }
    if (!variables.hasText(LEFT_CARE_ON)) {
      execution.setVariable(LEFT_CARE_ON, WorkingDayCalendar.today().toString());
    }
  }
}
