package uk.safeguarding.lookedafter;

import static uk.safeguarding.lookedafter.LookedAfterChildProcess.Variables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.gates.CaseVariables;

/**
 * RCPC-06: a child on a child protection plan who becomes looked after may have the plan ended outside
 * conference. Every process of the child waiting for message {@value LookedAfterChildProcess#CHILD_BECAME_LOOKED_AFTER}
 * (the child protection plan) hears it, with the day and the legal status; a child with no such process
 * is fine. How many heard it is kept on the case.
 */
@Component("tellChildBecameLookedAfter")
public class TellChildBecameLookedAfter implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    Date since = Date.from(variables.date(LOOKED_AFTER_SINCE).atStartOfDay(WorkingDayCalendar.LONDON).toInstant());
    int told = execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(LookedAfterChildProcess.CHILD_BECAME_LOOKED_AFTER)
        .processInstanceBusinessKey(execution.getProcessBusinessKey())
        .setVariable(LOOKED_AFTER_SINCE, since)
        .setVariable(LEGAL_STATUS, variables.text(LEGAL_STATUS))
        .correlateAllWithResult().size();
    execution.setVariable(OTHER_PROCESSES_TOLD, told);
  }
}
