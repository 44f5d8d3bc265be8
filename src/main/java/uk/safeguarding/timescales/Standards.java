package uk.safeguarding.timescales;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.MultiInstanceActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * The deadlines the diagrams ask for, by rule ID. A diagram writes
 * {@code ${standards.due(execution, 'ICPC-01', strategyDiscussionDate)}} and never a number: the
 * number comes from the case's standards profile (process variable {@value #PROFILE_VARIABLE}, else the
 * configured default), so one authority's timescales change by editing its profile, or in the running
 * installation ({@link LocalTimescales}): the profiles are asked afresh for every clock.
 */
public class Standards {

  public static final String PROFILE_VARIABLE = "standardsProfile";

  private final Supplier<StandardsProfiles> profiles;
  private final WorkingDayCalendar calendar;

  public Standards(StandardsProfiles profiles, WorkingDayCalendar calendar) {
    this(() -> profiles, calendar);
  }

  public Standards(Supplier<StandardsProfiles> profiles, WorkingDayCalendar calendar) {
    this.profiles = profiles;
    this.calendar = calendar;
  }

  /** The deadline of a rule with a single timescale, counted from {@code from}. */
  public Date due(VariableScope scope, String ruleId, Object from) {
    return due(scope, ruleId, null, from);
  }

  /** The deadline of one named timescale of a rule (e.g. 'ESC-02', 'stage2'). */
  public Date due(VariableScope scope, String ruleId, String timescaleKey, Object from) {
    return Date.from(deadline(profileOf(scope), ruleId, timescaleKey, toDateTime(from, ruleId)).toInstant());
  }

  /**
   * The moment the front door's timescales (the profile's {@code officeHours.rules}) count from: the
   * receipt itself within the profile's office hours, otherwise the next opening. A contact at 22:00 on a
   * Tuesday counts from 09:00 on Wednesday, one on a Friday evening before a bank holiday Monday from
   * Tuesday's opening.
   */
  public Date officeHoursFrom(VariableScope scope, Object received) {
    return Date.from(officeHoursFrom(profileOf(scope), toDateTime(received, "office hours")).toInstant());
  }

  public ZonedDateTime officeHoursFrom(String profileId, ZonedDateTime received) {
    return profiles().profile(profileId).officeHours().nextOpenMoment(received, calendar);
  }

  /**
   * The due date of the step a breach point's timer is attached to (see {@code breaches/BreachPoints}):
   * the timer's execution is the step's own scope while the step is open.
   */
  public Date dueOfStep(VariableScope execution) {
    Expression stepsDue = execution instanceof ExecutionEntity entity ? dueDateOf(entity.getActivity()) : null;
    if (stepsDue == null) {
      throw new ProcessEngineException("standards.dueOfStep(execution) is the timer of a breach point on a user task"
          + " with a due date; it was asked at " + (execution instanceof ExecutionEntity entity ? entity.getActivityId() : execution));
    }
    Object due = stepsDue.getValue(execution);
    return due instanceof Date date ? date : Date.from(toDateTime(due, "dueOfStep").toInstant());
  }

  /** The due date a user task declares; for a boundary event on a multi-instance task, the task inside the body. */
  public static Expression dueDateOf(ActivityImpl attachedTo) {
    ActivityImpl step = stepOf(attachedTo);
    return step != null && step.getActivityBehavior() instanceof UserTaskActivityBehavior userTask
        ? userTask.getTaskDefinition().getDueDateExpression() : null;
  }

  /** A boundary event on a multi-instance step is attached to its body, which holds the step. */
  public static ActivityImpl stepOf(ActivityImpl attachedTo) {
    return attachedTo != null && attachedTo.getActivityBehavior() instanceof MultiInstanceActivityBehavior
        && attachedTo.getActivities().size() == 1 ? attachedTo.getActivities().get(0) : attachedTo;
  }

  /** The end of the given day: for deadlines that are a date the case already holds, such as a meeting date. */
  public Date endOf(Object day) {
    return Date.from(calendar.endOfDay(toDateTime(day, "date").toLocalDate()).toInstant());
  }

  /** The engine's present moment, which tests move on to fire timers. */
  public Date now() {
    return ClockUtil.getCurrentTime();
  }

  public ZonedDateTime deadline(String profileId, String ruleId, String timescaleKey, ZonedDateTime from) {
    return profiles().profile(profileId).rule(ruleId).timescale(timescaleKey).deadline(from, calendar);
  }

  public String profileOf(VariableScope scope) {
    Object chosen = scope == null ? null : scope.getVariable(PROFILE_VARIABLE);
    return chosen == null || chosen.toString().isBlank() ? profiles().defaultProfile() : chosen.toString();
  }

  public StandardsProfiles profiles() {
    return profiles.get();
  }

  public WorkingDayCalendar calendar() {
    return calendar;
  }

  /**
   * Forms submit dates as ISO text ("2026-11-24" or "2026-11-24T10:30"), the REST API as Date: both
   * mean a moment in London.
   */
  public static ZonedDateTime toDateTime(Object value, String what) {
    if (value == null) {
      throw new IllegalArgumentException("No date was given to count " + what + " from");
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(WorkingDayCalendar.LONDON);
    }
    if (value instanceof ZonedDateTime zoned) {
      return zoned.withZoneSameInstant(WorkingDayCalendar.LONDON);
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.atZoneSameInstant(WorkingDayCalendar.LONDON);
    }
    if (value instanceof LocalDateTime local) {
      return local.atZone(WorkingDayCalendar.LONDON);
    }
    if (value instanceof LocalDate day) {
      return day.atStartOfDay(WorkingDayCalendar.LONDON);
    }
    String text = value.toString().trim();
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay(WorkingDayCalendar.LONDON);
      }
      if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
        return OffsetDateTime.parse(text).atZoneSameInstant(WorkingDayCalendar.LONDON);
      }
      return LocalDateTime.parse(text).atZone(WorkingDayCalendar.LONDON);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not a date (expected YYYY-MM-DD) for " + what, e);
    }
  }
}
