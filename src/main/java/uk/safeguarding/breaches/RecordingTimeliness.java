package uk.safeguarding.breaches;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.safeguarding.timescales.Standards;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * REC-01: visits, meetings and decisions are recorded within 24 hours of the event (seed 004, "Case
 * Recording": "recorded promptly, within 24 hours of the event"), by the profile's REC-01 timescale.
 * A step that records an event on a day (a visit, a core group, a child in need meeting) asks this as
 * it is completed: a record that came later is taken, never refused, and is one REC-01 breach of that
 * step on the case (the breach register keeps one per step and deadline).
 */
@Component
public class RecordingTimeliness {

  private static final DateTimeFormatter ENGLAND = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Standards standards;
  private final StandardsBreachRecorder breaches;

  public RecordingTimeliness(Standards standards, StandardsBreachRecorder breaches) {
    this.standards = standards;
    this.breaches = breaches;
  }

  /**
   * Records a REC-01 breach when the event of {@code eventDay} ({@code what}: "the statutory visit") is
   * recorded after the profile allows; returns whether it was recorded in time.
   */
  public boolean recordedInTime(DelegateExecution execution, LocalDate eventDay, String what) {
    Date due = standards.due(execution, "REC-01", eventDay.toString());
    if (!ClockUtil.getCurrentTime().after(due)) {
      return true;
    }
    LocalDate recorded = WorkingDayCalendar.today();
    breaches.record(execution, "REC-01", due, execution.getCurrentActivityName(),
        what + " on " + eventDay.format(ENGLAND) + " was recorded on " + recorded.format(ENGLAND));
    return false;
  }
}
