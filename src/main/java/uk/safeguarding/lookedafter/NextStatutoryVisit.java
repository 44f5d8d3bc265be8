package uk.safeguarding.lookedafter;

import static uk.safeguarding.lookedafter.PlacementAndVisitsProcess.Variables.*;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.timescales.Standards;

/**
 * LAC-16 (reg 28): which statutory visit comes next and by when. The first visit of a placement counts
 * from its start ({@code firstVisit}); in the placement's first year each visit counts from the one
 * before ({@code firstYear}); after it, {@code longTerm} where the placement is meant to last until 18,
 * otherwise {@code otherwise}. The year is judged on the day of the visit before.
 */
@Component("nextStatutoryVisit")
public class NextStatutoryVisit implements JavaDelegate {

  private final Standards standards;
  private final LookedAfterCalendar calendar;

  public NextStatutoryVisit(Standards standards, LookedAfterCalendar calendar) {
    this.standards = standards;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    LocalDate placed = variables.date(LookedAfterChildProcess.Variables.PLACEMENT_START_DATE);
    LocalDate lastVisit = variables.date(LAST_VISIT_ON);
    String timescale;
    LocalDate countedFrom;
    if (lastVisit == null || lastVisit.isBefore(placed)) {
      timescale = "firstVisit";
      countedFrom = placed;
    } else {
      countedFrom = lastVisit;
      timescale = lastVisit.isBefore(placed.plusYears(1)) ? "firstYear"
          : variables.isTrue(LookedAfterChildProcess.Variables.PLACEMENT_LONG_TERM) ? "longTerm" : "otherwise";
    }
    Date due = standards.due(execution, "LAC-16", timescale, countedFrom.toString());
    execution.setVariable(VISIT_TIMESCALE, timescale);
    execution.setVariable(VISIT_COUNTED_FROM, countedFrom.toString());
    execution.setVariable(VISIT_DUE_BY, Standards.toDateTime(due, "due").toLocalDate().toString());
    execution.setVariable(VISIT_BEFORE_EIGHTEEN, calendar.dueBeforeEighteen(execution, due));
  }
}
