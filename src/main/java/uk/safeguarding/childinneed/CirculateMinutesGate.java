package uk.safeguarding.childinneed;

import static uk.safeguarding.childinneed.ChildInNeedMeetingProcess.Variables.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/**
 * CIN-06: children's social care circulates the minutes and the updated plan to the family and to
 * every agency involved (seed 002 Standard 5), on a date between the meeting and today. Lateness is the
 * boundary timer's to record: it fires at the deadline the task shows.
 */
@Component("circulateMinutesGate")
public class CirculateMinutesGate extends CompletionGate {

  static final String FAMILY = "family";

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    gate.requireDate("CIN-06", MINUTES_CIRCULATED_DATE, "The date the minutes and the updated plan were circulated")
        .notInFuture("CIN-06", MINUTES_CIRCULATED_DATE);
    CaseVariables v = gate.variables();
    try {
      LocalDate circulated = v.date(MINUTES_CIRCULATED_DATE);
      LocalDate meeting = v.date(MEETING_DATE);
      if (circulated != null && circulated.isBefore(meeting)) {
        gate.refuse("CIN-06", MINUTES_CIRCULATED_DATE, "is before the meeting (" + meeting + ")");
      }
    } catch (IllegalArgumentException alreadyRefused) {
      // requireDate names the date that does not parse
    }
    List<String> to = v.list(MINUTES_CIRCULATED_TO);
    if (!to.contains(FAMILY)) {
      gate.refuse("CIN-06", MINUTES_CIRCULATED_TO, "the minutes and the updated plan go to the family");
    }
    List<String> missing = v.list(INVITED_AGENCIES).stream().filter(a -> !to.contains(a)).toList();
    if (!missing.isEmpty()) {
      gate.refuse("CIN-06", MINUTES_CIRCULATED_TO, "the minutes and the updated plan go to every agency involved; not sent to: "
          + PlanAgencies.names(missing));
    }
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    execution.setVariable(MINUTES_CIRCULATED_DATE, variables.date(MINUTES_CIRCULATED_DATE).toString());
  }
}
