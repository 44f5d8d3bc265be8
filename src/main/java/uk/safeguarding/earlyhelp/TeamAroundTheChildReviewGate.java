package uk.safeguarding.earlyhelp;

import static uk.safeguarding.earlyhelp.EarlyHelpProcess.Variables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/**
 * EH-03: a Team Around the Child review is a meeting held on a day (not in the future, not before the
 * last one), with the progress against the plan and the next step; the next review counts from it.
 */
@Component("teamAroundTheChildReviewGate")
public class TeamAroundTheChildReviewGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    CaseVariables v = gate.variables();
    gate.requireDate("EH-03", MEETING_DATE, "The date of the review meeting")
        .notInFuture("EH-03", MEETING_DATE)
        .requireText("EH-03", REVIEW_PROGRESS, "Progress against the plan, with the child's views")
        .requireOneOf("EH-03", NEXT_STEP, EarlyHelpProcess.AFTER_REVIEW);
    try {
      LocalDate meeting = v.date(MEETING_DATE);
      LocalDate last = v.date(LAST_MEETING_DATE);
      if (meeting != null && last != null && meeting.isBefore(last)) {
        gate.refuse("EH-03", MEETING_DATE, "is before the last meeting (" + last + ")");
      }
    } catch (IllegalArgumentException alreadyRefused) {
      // requireDate names it
    }
    NextSteps.check(gate, v.text(NEXT_STEP), "EH-03");
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    execution.setVariable(LAST_MEETING_DATE, variables.date(MEETING_DATE).toString());
    NextSteps.passed(execution, variables);
  }
}
