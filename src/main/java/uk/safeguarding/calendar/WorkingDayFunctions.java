package uk.safeguarding.calendar;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Working days in Tasklist filters: {@code ${workingDaysFromNow(5)}} is the end of the fifth working
 * day from today, so "Due within 5 working days" means what it says over a bank holiday weekend.
 * Query functions are static by the engine's design; the calendar is a stateless singleton anyway.
 */
@Component
public class WorkingDayFunctions extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    try {
      configuration.getExpressionManager().addFunction("workingDaysFromNow",
          WorkingDayFunctions.class.getMethod("workingDaysFromNow", int.class));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("workingDaysFromNow is missing", e);
    }
  }

  /**
   * The first moment after the Nth working day from today. Filters compare "due before", strictly,
   * so this includes a task due at 23:59:59 on that day.
   */
  public static Date workingDaysFromNow(int workingDays) {
    WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
    LocalDate today = WorkingDayCalendar.today();
    return Date.from(calendar.endOfDay(calendar.workingDaysAfter(today, workingDays)).plusSeconds(1).toInstant());
  }
}
