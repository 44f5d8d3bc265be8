package uk.safeguarding.conference;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.breaches.HeldDay;
import uk.safeguarding.breaches.StandardsBreachRecorder;

/**
 * ICPC-01 and RCPC-01 once a conference is convened: a date after the deadline does not stop the
 * conference (the child cannot wait for another date), it is recorded as a breach at once and the
 * team manager reviews it. The record step is then expected to confirm that day as the day held; a
 * conference postponed past the deadline is the same breach, found when it is recorded
 * ({@link #recordIfHeldLate}), under the step and deadline the convening timer names, so it is there once.
 */
abstract class ConferenceTimingCheck implements JavaDelegate {

  private final StandardsBreachRecorder breaches;
  private final String ruleId;
  private final String dateVariable;
  private final String step;
  private final HeldDay held;

  ConferenceTimingCheck(StandardsBreachRecorder breaches, String ruleId, String dateVariable, String step, HeldDay held) {
    this.breaches = breaches;
    this.ruleId = ruleId;
    this.dateVariable = dateVariable;
    this.step = step;
    this.held = held;
  }

  /** The deadline the conference had to be held by, as the convening step's timer computes it. */
  abstract Date deadline(DelegateExecution execution);

  /** Once the conference is recorded: held after the deadline is the rule's breach, once. */
  void recordIfHeldLate(DelegateExecution execution) {
    held.recordIfLate(execution, breaches, deadline(execution), step);
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate set = CaseVariables.of(execution).date(dateVariable);
    Date deadline = deadline(execution);
    LocalDate due = LocalDate.parse(ConferenceCase.day(deadline));
    if (set != null && set.isAfter(due)) {
      breaches.record(execution, ruleId, deadline, step, "The conference was set for " + set + ", after its due date " + due + ".");
    }
    held.expectOnTheDaySet(execution);
  }
}
