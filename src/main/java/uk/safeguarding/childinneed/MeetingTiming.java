package uk.safeguarding.childinneed;

import static uk.safeguarding.childinneed.ChildInNeedMeetingProcess.Variables.*;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.timescales.Standards;
import uk.safeguarding.breaches.StandardsBreachRecorder;

/**
 * When a child in need meeting is held. The first falls between day 15 and day 25 of the assessment
 * (CIN-01), a review no later than the date the last meeting confirmed (CIN-05), and its details go
 * out at least 5 working days before it (CIN-02). A meeting outside its window still goes ahead (the
 * child's plan cannot wait for an argument about dates): it is recorded as a breach when it is
 * arranged, early or late. A meeting not arranged at all is caught first by the CIN-02 timer.
 */
@Component
public class MeetingTiming {

  static final String HOLD_MEETING = "Hold the child in need meeting";
  static final String HOLD_FIRST_MEETING_NOT_EARLY = "Hold the first child in need meeting from day 15 of the assessment";
  static final String SEND_DETAILS = "Send the child in need meeting details";

  private final Standards standards;
  private final StandardsBreachRecorder breaches;

  public MeetingTiming(Standards standards, StandardsBreachRecorder breaches) {
    this.standards = standards;
    this.breaches = breaches;
  }

  /** The meeting has just been arranged for {@code meetingDate}: records whatever that date breaches. */
  void arranged(DelegateExecution execution) {
    CaseVariables v = CaseVariables.of(execution);
    LocalDate meeting = v.date(MEETING_DATE);
    String dueBy = v.text(MEETING_DUE_BY);
    String number = "Meeting " + v.raw(MEETING_NUMBER);
    if (dueBy != null && meeting.isAfter(LocalDate.parse(dueBy))) {
      breaches.record(execution, v.text(MEETING_RULE), standards.endOf(dueBy), HOLD_MEETING,
          number + " is set for " + meeting + ", after its last day " + dueBy);
    }
    String earliest = v.text(FIRST_MEETING_EARLIEST);
    if (earliest != null && meeting.isBefore(LocalDate.parse(earliest))) {
      breaches.record(execution, ChildInNeedMeetingProcess.FIRST_MEETING_RULE, standards.endOf(earliest),
          HOLD_FIRST_MEETING_NOT_EARLY, "The first meeting is set for " + meeting + ", before day 15 of the assessment ("
              + earliest + "): the assessment cannot yet inform the plan");
    }
    Date detailsDue = standards.due(execution, "CIN-02", meeting.toString());
    if (ClockUtil.getCurrentTime().after(detailsDue)) {
      breaches.record(execution, "CIN-02", detailsDue, SEND_DETAILS,
          "The details of the meeting on " + meeting + " went out later than the profile's CIN-02 notice");
    }
  }
}
