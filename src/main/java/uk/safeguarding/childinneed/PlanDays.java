package uk.safeguarding.childinneed;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * The plan keeps the days it works out (when a meeting is due, the earliest closure) as ISO days,
 * "2027-01-14": the forms show them in their date fields as they are, and {@code standards.due} and
 * {@code standards.endOf} read them as that day in London.
 */
final class PlanDays {

  private PlanDays() {}

  static String day(Date moment) {
    return moment.toInstant().atZone(WorkingDayCalendar.LONDON).toLocalDate().toString();
  }

  /** Adds an entry to a running record the forms show (agencies' reports, views on closing), oldest first. */
  static void append(VariableScope scope, String name, String entry, String separator) {
    Object earlier = scope.getVariable(name);
    scope.setVariable(name, earlier == null || earlier.toString().isBlank() ? entry : earlier + separator + entry);
  }

}
