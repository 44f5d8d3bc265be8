package uk.safeguarding.casefile;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.contract.CaseFacts;
import uk.safeguarding.timescales.Standards;

/**
 * One pathway handing the child on to the next one: the next process starts under the same case
 * reference (business key), so Cockpit and Tasklist show the child's whole journey, and with the case
 * variables every pathway shares, so nobody types them again. The practitioner who decided may not be
 * one who may start the next pathway (a school cannot open an assessment), so the system starts it;
 * the next pathway's own start gate still checks what it is given, under the signed-in user.
 */
public final class NextPathway {

  /** The case variables every pathway shares (docs/architecture.md). */
  public static final String[] SHARED = {CaseStarts.CASE_REFERENCE, "childName", "childDateOfBirth", "householdMembers",
      Standards.PROFILE_VARIABLE, CaseFacts.FAMILY_REFERENCE};

  private NextPathway() {}

  /** The shared case variables of {@code execution}, ready to be added to. */
  public static Map<String, Object> caseVariables(DelegateExecution execution) {
    Map<String, Object> variables = new HashMap<>();
    for (String name : SHARED) {
      Object value = execution.getVariable(name);
      if (value != null) {
        variables.put(name, value);
      }
    }
    return variables;
  }

  public static ProcessInstance start(DelegateExecution execution, String processKey, Map<String, Object> variables) {
    return Context.getCommandContext().runWithoutAuthorization(() -> execution.getProcessEngineServices().getRuntimeService()
        .startProcessInstanceByKey(processKey, execution.getProcessBusinessKey(), variables));
  }

  /** Starts the process whose message start event waits for {@code message} (its key may live on another branch). */
  public static ProcessInstance startByMessage(DelegateExecution execution, String message, Map<String, Object> variables) {
    return Context.getCommandContext().runWithoutAuthorization(() -> execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(message).processInstanceBusinessKey(execution.getProcessBusinessKey())
        .setVariables(variables).correlateStartMessage());
  }


  /** A day as a typed Date at the start of that day in London, the form census dates are kept in. */
  public static Date day(LocalDate day) {
    return Date.from(day.atStartOfDay(WorkingDayCalendar.LONDON).toInstant());
  }
}
