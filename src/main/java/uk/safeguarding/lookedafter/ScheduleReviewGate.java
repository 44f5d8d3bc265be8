package uk.safeguarding.lookedafter;

import static uk.safeguarding.lookedafter.LookedAfterReviewsProcess.Variables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.standards.CompletionGate;
import uk.safeguarding.standards.Gate;

/**
 * LAC-07: the IRO sets the review's date no later than the day it is due, and not in the past: the
 * consultations, the social worker's report and the IRO's conversation with the social worker all count
 * back from it (LAC-08, LAC-17).
 */
@Component("scheduleReviewGate")
public class ScheduleReviewGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    gate.requireDate("LAC-07", REVIEW_DATE, "The date of the review");
    LocalDate date = RecordedStepGate.dateOrNull(gate.variables(), REVIEW_DATE);
    LocalDate dueBy = gate.variables().date(REVIEW_DUE_BY);
    if (date != null && date.isAfter(dueBy)) {
      gate.refuse("LAC-07", REVIEW_DATE, "review " + gate.variables().text(REVIEW_NUMBER) + " is due by " + dueBy
          + "; set a date on or before it");
    }
    if (date != null && date.isBefore(LookedAfterCalendar.today())) {
      gate.refuse("LAC-07", REVIEW_DATE, "cannot be in the past (" + date + ")");
    }
  }
}
