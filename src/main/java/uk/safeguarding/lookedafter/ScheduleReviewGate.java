package uk.safeguarding.lookedafter;

import static uk.safeguarding.lookedafter.LookedAfterReviewsProcess.Variables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;
import uk.safeguarding.breaches.HeldDay;
import uk.safeguarding.timescales.Standards;
import uk.safeguarding.breaches.StandardsBreachRecorder;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * LAC-07: the IRO sets the review's date no later than the day it is due, and not in the past: the
 * consultations, the social worker's report and the IRO's conversation with the social worker all count
 * back from it (LAC-08, LAC-17). Once the due day has passed no date can meet it, and a review that
 * could not be set would stop this review and every later one: a later date is then taken and the
 * review is on record as late (LAC-07), the same breach the review's timers record, so it is there once.
 */
@Component("scheduleReviewGate")
public class ScheduleReviewGate extends CompletionGate {

  /** The step that LAC-07's breach names, whichever of the review's timers or this gate records it. */
  static final String HOLD_REVIEW = "Hold the looked after review";

  /** LAC-07: the review happens on the day it is held; the one set is what the IRO confirms or changes. */
  static final HeldDay HELD = new HeldDay("LAC-07", REVIEW_DATE, REVIEW_HELD_ON, REVIEW_POSTPONED_REASON,
      LookedAfterReviewsProcess.Element.ScheduleReview.name());

  private final Standards standards;
  private final StandardsBreachRecorder breaches;

  public ScheduleReviewGate(Standards standards, StandardsBreachRecorder breaches) {
    this.standards = standards;
    this.breaches = breaches;
  }

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    gate.requireDate("LAC-07", REVIEW_DATE, "The date of the review");
    LocalDate date = RecordedStepGate.dateOrNull(gate.variables(), REVIEW_DATE);
    LocalDate dueBy = gate.variables().date(REVIEW_DUE_BY);
    LocalDate today = WorkingDayCalendar.today();
    if (date != null && date.isAfter(dueBy) && !today.isAfter(dueBy)) {
      gate.refuse("LAC-07", REVIEW_DATE, "review " + gate.variables().text(REVIEW_NUMBER) + " is due by " + dueBy
          + "; set a date on or before it");
    }
    if (date != null && date.isBefore(today)) {
      gate.refuse("LAC-07", REVIEW_DATE, "cannot be in the past (" + date + ")");
    }
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    HELD.expectOnTheDaySet(execution);
    LocalDate date = variables.date(REVIEW_DATE);
    LocalDate dueBy = variables.date(REVIEW_DUE_BY);
    if (date.isAfter(dueBy)) {
      // The deadline as the review's LAC-07 timers compute it, so the register keeps one breach for the review.
      breaches.record(execution, "LAC-07",
          standards.due(execution, "LAC-07", variables.text(REVIEW_TIMESCALE), variables.text(REVIEW_COUNTED_FROM)),
          HOLD_REVIEW, "Review " + variables.text(REVIEW_NUMBER) + " was due by " + dueBy + " and is set for " + date);
    }
  }
}
