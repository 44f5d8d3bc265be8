package uk.safeguarding.lookedafter;

import static uk.safeguarding.lookedafter.LookedAfterChildProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * The child has left care: by then every clock of the pathway has ended with the called processes. What
 * stays on the case is the day and the reason. A report of leaving care brings both; the 18th birthday
 * timer brings neither, so its reason is {@value LookedAfterChildProcess#TURNED_EIGHTEEN}.
 */
@Component("recordLeavingCare")
public class RecordLeavingCare implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    if (!variables.hasText(LEFT_CARE_REASON)) {
      execution.setVariable(LEFT_CARE_REASON, LookedAfterChildProcess.TURNED_EIGHTEEN);
    }
    if (!variables.hasText(LEFT_CARE_ON)) {
      execution.setVariable(LEFT_CARE_ON, WorkingDayCalendar.today().toString());
    }
  }
}
