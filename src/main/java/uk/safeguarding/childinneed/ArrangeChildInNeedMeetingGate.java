package uk.safeguarding.childinneed;

import static uk.safeguarding.childinneed.ChildInNeedMeetingProcess.Variables.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.safeguarding.childinneed.ChildInNeedPlanProcess.Variables;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * CIN-02: children's social care arranges the meeting and sends its date, time and venue to every
 * agency involved in the plan (an agency added here stays involved). The date may not be in the past;
 * a date outside the meeting's window (CIN-01, CIN-05) or too close for the CIN-02 notice is recorded
 * as a breach by {@link MeetingTiming}.
 */
@Component("arrangeChildInNeedMeetingGate")
public class ArrangeChildInNeedMeetingGate extends CompletionGate {

  private final MeetingTiming timing;

  public ArrangeChildInNeedMeetingGate(MeetingTiming timing) {
    this.timing = timing;
  }

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    gate.requireDate("CIN-02", MEETING_DATE, "The date of the meeting")
        .requireText("CIN-02", MEETING_VENUE, "The time and venue of the meeting");
    CaseVariables v = gate.variables();
    try {
      LocalDate meeting = v.date(MEETING_DATE);
      if (meeting != null && meeting.isBefore(WorkingDayCalendar.today())) {
        gate.refuse("CIN-02", MEETING_DATE, "the meeting is being arranged, so it cannot be in the past (" + meeting + ")");
      }
    } catch (IllegalArgumentException alreadyRefused) {
      // requireDate names the date that does not parse
    }
    PlanAgencies.check(gate, "CIN-02", INVITED_AGENCIES, "Invite the agencies involved in the plan");
    List<String> invited = v.list(INVITED_AGENCIES);
    List<String> missing = v.list(Variables.INVOLVED_AGENCIES).stream().filter(a -> !invited.contains(a)).toList();
    if (!missing.isEmpty()) {
      gate.refuse("CIN-02", INVITED_AGENCIES, "every agency involved in the plan gets the meeting details; not invited: "
          + PlanAgencies.names(missing));
    }
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    List<String> invited = variables.list(INVITED_AGENCIES);
    PlanAgencies.keep(execution, INVITED_AGENCIES, invited);
    PlanAgencies.keep(execution, Variables.INVOLVED_AGENCIES, invited);
    execution.setVariable(MEETING_DATE, variables.date(MEETING_DATE).toString());
    execution.setVariable(DETAILS_SENT_AT, ClockUtil.getCurrentTime());
    timing.arranged(execution);
  }
}
