package uk.safeguarding.lookedafter;

import static uk.safeguarding.lookedafter.LookedAfterReviewsProcess.Variables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.timescales.Standards;

/**
 * LAC-07: which review comes next and by when. The first counts from the day the child became looked
 * after ({@code first}), the second from the first ({@code second}), every later one from the one before
 * ({@code then}). The diagram's due dates and breach timer name the timescale chosen here; no review is
 * set for after the 18th birthday, when care ends. The agencies' consultations gathered for the review
 * before are cleared for this one.
 */
@Component("nextLookedAfterReview")
public class NextLookedAfterReview implements JavaDelegate {

  private final Standards standards;
  private final LookedAfterCalendar calendar;

  public NextLookedAfterReview(Standards standards, LookedAfterCalendar calendar) {
    this.standards = standards;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    int number = LookedAfterGates.reviewNumber(variables);
    String timescale = number == 1 ? "first" : number == 2 ? "second" : "then";
    String countedFrom = number == 1 ? variables.date(LookedAfterChildProcess.Variables.LOOKED_AFTER_SINCE).toString()
        : variables.text(LAST_REVIEW_ON);
    Date due = standards.due(execution, "LAC-07", timescale, countedFrom);
    execution.setVariable(REVIEW_NUMBER, number);
    execution.setVariable(REVIEW_TIMESCALE, timescale);
    execution.setVariable(REVIEW_COUNTED_FROM, countedFrom);
    execution.setVariable(REVIEW_DUE_BY, Standards.toDateTime(due, "due").toLocalDate().toString());
    execution.setVariable(REVIEW_BEFORE_EIGHTEEN, calendar.dueBeforeEighteen(execution, due));
    // The IRO reads this review's consultations; the last review's are in the history.
    execution.removeVariable(CONSULTATIONS);
  }
}
