package uk.safeguarding.strategy;

import static uk.safeguarding.strategy.Section47EnquiryProcess.Variables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.timescales.Standards;

/**
 * ICPC-01: the conference is due within the profile's working days of the strategy discussion that
 * started the enquiry (not of the request), so time lost in the enquiry is not added on.
 */
@Component("recordInitialConferenceRequest")
public class RecordInitialConferenceRequestDelegate implements JavaDelegate {

  private final Standards standards;

  public RecordInitialConferenceRequestDelegate(Standards standards) {
    this.standards = standards;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date due = standards.due(execution, "ICPC-01",
        execution.getVariable(StrategyDiscussionProcess.Variables.STRATEGY_DISCUSSION_DATE));
    execution.setVariable(INITIAL_CONFERENCE_REQUESTED_AT, ClockUtil.getCurrentTime());
    execution.setVariable(INITIAL_CONFERENCE_DUE_DATE, due);
    // The day as a practitioner reads it, for forms and the chronology.
    execution.setVariable("initialConferenceDueDay",
        due.toInstant().atZone(WorkingDayCalendar.LONDON).toLocalDate().toString());
  }
}
