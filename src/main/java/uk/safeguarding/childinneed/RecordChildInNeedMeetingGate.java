package uk.safeguarding.childinneed;

import static uk.safeguarding.childinneed.ChildInNeedMeetingProcess.Variables.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.childinneed.ChildInNeedPlanProcess.Variables;
import uk.safeguarding.identity.CurrentUser;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;
import uk.safeguarding.timescales.Standards;
import uk.safeguarding.breaches.RecordingTimeliness;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * The record of a child in need meeting. CIN-04: the child's lived experience and current views,
 * or, where the child could not be heard directly, how their voice will be heard (advocacy, for
 * example); the plan's outcomes, each SMART. CIN-05: the next review's date, no later than the
 * profile's maximum interval. CIN-07: whether the plan continues or closure is proposed; RCPC-04: a
 * child stepped down from a child protection plan cannot have closure proposed before the minimum.
 */
@Component("recordChildInNeedMeetingGate")
public class RecordChildInNeedMeetingGate extends CompletionGate {

  private final Standards standards;
  private final RecordingTimeliness recording;

  public RecordChildInNeedMeetingGate(Standards standards, RecordingTimeliness recording) {
    this.standards = standards;
    this.recording = recording;
  }

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    CaseVariables v = gate.variables();
    LocalDate meeting = v.date(MEETING_DATE);
    if (meeting.isAfter(WorkingDayCalendar.today())) {
      gate.refuse("CIN-04", MEETING_DATE, "the meeting on " + meeting + " has not been held yet; record it once it has");
    }
    gate.requireText("CIN-04", LIVED_EXPERIENCE, "The child's lived experience as the meeting discussed it")
        .requireAnswer("CIN-04", CHILD_HEARD_DIRECTLY, "Were the child's views heard directly?")
        .requireText("CIN-04", PROGRESS_SUMMARY, "What has changed for the child since the plan was made or last reviewed");
    if (v.isTrue(CHILD_HEARD_DIRECTLY)) {
      gate.requireText("CIN-04", CHILDS_VIEWS, "The child's current views");
    } else if (v.isAnswered(CHILD_HEARD_DIRECTLY)) {
      gate.requireText("CIN-04", CHILDS_VOICE_MECHANISM, "How the child's voice will be heard (advocacy, for example)");
    }
    List<String> attended = v.list(AGENCIES_ATTENDED);
    attended.stream().filter(a -> !PlanAgencies.PARTNERS.contains(a))
        .forEach(a -> gate.refuse("CIN-04", AGENCIES_ATTENDED, "'" + a + "' is not one of " + PlanAgencies.PARTNERS));
    SmartOutcomes.read(v.raw(Variables.SMART_OUTCOMES), gate);
    gate.requireOneOf("CIN-07", PLAN_DECISION, ChildInNeedMeetingProcess.PLAN_DECISIONS);
    nextReview(gate, execution, meeting);
    if (ChildInNeedMeetingProcess.PROPOSE_CLOSURE.equals(v.text(PLAN_DECISION))) {
      String earliest = v.text(Variables.EARLIEST_CLOSURE_DATE);
      if (earliest != null && meeting.isBefore(LocalDate.parse(earliest))) {
        gate.refuse("RCPC-04", PLAN_DECISION, "the child was stepped down from a child protection plan that ended on "
            + v.date(Variables.CHILD_PROTECTION_PLAN_ENDED_DATE) + " and stays on this plan until at least " + earliest
            + "; closure cannot be proposed before then");
      }
    }
  }

  /** CIN-05: the next review is confirmed at every meeting, after it and within the profile's maximum interval. */
  private void nextReview(Gate gate, DelegateExecution execution, LocalDate meeting) {
    gate.requireDate("CIN-05", NEXT_REVIEW_DATE, "The date of the next review (confirmed at every meeting)");
    try {
      LocalDate next = gate.variables().date(NEXT_REVIEW_DATE);
      if (next == null) {
        return;
      }
      LocalDate latest = LocalDate.parse(PlanDays.day(standards.due(execution, "CIN-05", meeting.toString())));
      if (!next.isAfter(meeting)) {
        gate.refuse("CIN-05", NEXT_REVIEW_DATE, "must be after this meeting (" + meeting + ")");
      } else if (next.isAfter(latest)) {
        gate.refuse("CIN-05", NEXT_REVIEW_DATE, "must be no later than " + latest + ", the profile's maximum interval after"
            + " the meeting on " + meeting + " (" + next + " is later)");
      }
    } catch (IllegalArgumentException alreadyRefused) {
      // requireDate names the date that does not parse
    }
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    SmartOutcomes outcomes = SmartOutcomes.read(variables.raw(Variables.SMART_OUTCOMES), Gate.on(execution));
    outcomes.keep(execution);
    String meeting = variables.date(MEETING_DATE).toString();
    recording.recordedInTime(execution, variables.date(MEETING_DATE), "The child in need meeting");
    String next = variables.date(NEXT_REVIEW_DATE).toString();
    boolean closing = ChildInNeedMeetingProcess.PROPOSE_CLOSURE.equals(variables.text(PLAN_DECISION));
    execution.setVariable(NEXT_REVIEW_DATE, next);
    execution.setVariable(LAST_MEETING_DATE, meeting);
    execution.setVariable(MEETING_RECORDED_BY, CurrentUser.of(execution));
    String entry = "Meeting " + variables.raw(MEETING_NUMBER) + " on " + meeting + ", recorded by " + CurrentUser.of(execution)
        + "\nLived experience: " + variables.text(LIVED_EXPERIENCE)
        + "\nChild's views: " + (variables.isTrue(CHILD_HEARD_DIRECTLY) ? variables.text(CHILDS_VIEWS)
            : "not heard directly; heard through " + variables.text(CHILDS_VOICE_MECHANISM))
        + "\nProgress: " + variables.text(PROGRESS_SUMMARY)
        + "\nOutcomes:\n" + outcomes.summary()
        + "\nDecision: " + (closing ? "closure proposed (every agency's view follows)" : "the plan continues")
        + "; next review " + next;
    Object earlier = variables.raw(MEETING_HISTORY);
    execution.setVariable(MEETING_HISTORY, earlier == null ? entry : entry + "\n\n" + earlier);
    // The next meeting is a review, due by the date confirmed now (CIN-05).
    execution.setVariable(MEETING_DUE_BY, next);
    execution.setVariable(MEETING_RULE, ChildInNeedMeetingProcess.REVIEW_MEETING_RULE);
    execution.removeVariable(FIRST_MEETING_EARLIEST);
    execution.setVariable(CLOSURE_AGREED, closing);
    execution.setVariable(CLOSURE_VIEWS, null);
    PlanAgencies.keep(execution, DISAGREEING_AGENCIES, List.of());
  }
}
