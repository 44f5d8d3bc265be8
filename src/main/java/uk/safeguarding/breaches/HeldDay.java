package uk.safeguarding.breaches;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.Gate;

/**
 * A meeting (a child protection conference, a looked after review) happens on the day it is held,
 * not the day it was set. When it is set, the day it will be held is expected to be that day and is
 * put on the record form to confirm or change; when it is recorded, a day other than the one set needs
 * its reason, and a day past the rule's due day is the rule's breach, recorded under the same step and
 * deadline as the rule's timers, so the register keeps one breach for the meeting however it was found.
 * Every clock that counts from the meeting then counts from the held day. Nothing here refuses a late
 * meeting: a child cannot wait for a date that has passed (docs/architecture.md "A gate").
 */
public final class HeldDay {

  private final String ruleId;
  private final String setField;
  private final String heldField;
  private final String reasonField;
  private final String setStep;

  /**
   * @param setField the day the meeting was set for
   * @param heldField the day it was held, a date the record step writes
   * @param reasonField why it was held on another day, which the record step writes
   * @param setStep the task definition key of the step that set the day
   */
  public HeldDay(String ruleId, String setField, String heldField, String reasonField, String setStep) {
    this.ruleId = ruleId;
    this.setField = setField;
    this.heldField = heldField;
    this.reasonField = reasonField;
    this.setStep = setStep;
  }

  /** When the day is set: the record step will show it as the day held, to be changed if it moves. */
  public void expectOnTheDaySet(DelegateExecution execution) {
    execution.setVariable(heldField, CaseVariables.of(execution).date(setField).toString());
    execution.removeVariable(reasonField);
  }

  /**
   * The held day (which the step's gate requires, not in the future) is not before the day the meeting
   * was set (it had not been arranged), and a day other than the one set says why.
   *
   * @return the held day, or null when it is missing or unreadable (refused already)
   */
  public LocalDate checkAgainstTheDaySet(Gate gate, DelegateExecution execution) {
    LocalDate held = dateOrNull(gate.variables(), heldField);
    LocalDate set = dateOrNull(gate.variables(), setField);
    if (held == null || set == null) {
      return held;
    }
    LocalDate setOn = daySetOn(execution);
    if (setOn != null && held.isBefore(setOn)) {
      gate.refuse(ruleId, heldField, "the meeting was only arranged on " + setOn + " (for " + set + "); it cannot have been held on " + held);
    }
    if (!held.equals(set) && !gate.variables().hasText(reasonField)) {
      gate.refuse(ruleId, reasonField, "it was set for " + set + " and held on " + held + ": say why it was "
          + (held.isAfter(set) ? "postponed" : "brought forward"));
    }
    return held;
  }

  /**
   * After the record passes: a meeting held after {@code deadline} is the rule's breach, named as the
   * rule's timers name it ({@code breachedStep}, {@code deadline}), so it is on the case once.
   */
  public void recordIfLate(DelegateExecution execution, StandardsBreachRecorder breaches, Date deadline, String breachedStep) {
    CaseVariables variables = CaseVariables.of(execution);
    LocalDate held = variables.date(heldField);
    LocalDate due = deadline.toInstant().atZone(WorkingDayCalendar.LONDON).toLocalDate();
    if (held.isAfter(due)) {
      LocalDate set = variables.date(setField);
      String moved = held.equals(set) ? "" : " It was set for " + set + ": " + variables.text(reasonField);
      breaches.record(execution, ruleId, deadline, breachedStep, "Held on " + held + ", after its due day " + due + "." + moved);
    }
  }

  /** The day the step that set the meeting was completed: the latest, when the step repeats (one review after another). */
  private LocalDate daySetOn(DelegateExecution execution) {
    List<HistoricTaskInstance> set = execution.getProcessEngineServices().getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(setStep).finished()
        .orderByHistoricTaskInstanceEndTime().desc().listPage(0, 1);
    return set.isEmpty() || set.get(0).getEndTime() == null ? null
        : set.get(0).getEndTime().toInstant().atZone(WorkingDayCalendar.LONDON).toLocalDate();
  }

  private static LocalDate dateOrNull(CaseVariables variables, String name) {
    try {
      return variables.date(name);
    } catch (IllegalArgumentException refusedElsewhere) {
      return null;
    }
  }
}
