package uk.safeguarding.conference;

import static uk.safeguarding.conference.ConferenceVariables.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/**
 * The chair's record of a review conference. RCPC-01: the day it was held (and why, if not the day set);
 * held after its due day it is a breach, and the next review counts from it. RCPC-07: the contingency plan, attendance for every
 * invited agency and whether it was quorate; an inquorate review cannot end the plan. ICPC-05: each
 * agency's view and any dissent. RCPC-03: ending the plan needs a majority of the agencies agreeing
 * there is evidence of sustained change. RCPC-05: at the third or a later review, changes not realised
 * or risk unchanged or rising request a legal gateway meeting; the system decides that, not the form.
 */
@Component("reviewConferenceRecordGate")
public class ReviewConferenceRecordGate extends CompletionGate {

  private final ReviewConferenceTimingCheck timing;

  public ReviewConferenceRecordGate(ReviewConferenceTimingCheck timing) {
    this.timing = timing;
  }

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    CaseVariables v = gate.variables();
    ConferenceCase.requireDayHeld(gate, "RCPC-01", REVIEW_CONFERENCE_HELD_DATE, "The day the review conference was held");
    HeldConference.REVIEW.checkAgainstTheDaySet(gate, execution);
    gate.requireText("RCPC-07", CONTINGENCY_PLAN, "The contingency plan")
        .requireAnswer("RCPC-07", CONFERENCE_QUORATE, "Was the conference quorate?")
        .requireOneOf("RCPC-03", REVIEW_DECISION, REVIEW_DECISIONS)
        .requireAnswer("RCPC-05", CHANGES_REALISED, "Have the changes the plan asked for been realised?")
        .requireOneOf("RCPC-05", RISK_TREND, RISK_TRENDS);
    checkAttendance(gate, v.list(REVIEW_AGENCIES));
    List<Map<String, Object>> views = AgencyViews.check(gate, "ICPC-05", v.list(REVIEW_AGENCIES), REVIEW_DECISIONS);
    if (END_PLAN.equals(v.text(REVIEW_DECISION))) {
      long agreeing = agreeing(views);
      if (views.isEmpty() || agreeing * 2 <= views.size()) {
        gate.refuse("RCPC-03", REVIEW_DECISION, "ending the plan needs a majority of the agencies agreeing there is evidence"
            + " of sustained change (" + agreeing + " of " + views.size() + " do)");
      }
      if (v.isAnswered(CONFERENCE_QUORATE) && !v.isTrue(CONFERENCE_QUORATE)) {
        gate.refuse("RCPC-07", CONFERENCE_QUORATE, "an inquorate conference cannot end the plan; continue it and reconvene");
      }
    }
  }

  private static void checkAttendance(Gate gate, List<String> invited) {
    List<Map<String, Object>> attendance = ConferenceRows.read(gate, "RCPC-07", ATTENDANCE);
    if (attendance == null) {
      return;
    }
    if (attendance.isEmpty()) {
      gate.refuse("RCPC-07", ATTENDANCE, "record the attendance of every invited agency");
    }
    invited.stream().filter(agency -> attendance.stream().noneMatch(row -> agency.equals(ConferenceRows.text(row, "agency"))))
        .forEach(agency -> gate.refuse("RCPC-07", ATTENDANCE, "no attendance recorded for " + agency + ", an invited agency"));
    for (Map<String, Object> row : attendance) {
      String attended = ConferenceRows.text(row, "attended");
      if (attended == null || !List.of("yes", "no", "true", "false").contains(attended.toLowerCase())) {
        gate.refuse("RCPC-07", ATTENDANCE, "say whether " + ConferenceRows.text(row, "agency") + " attended (yes or no)");
      }
    }
  }

  private static long agreeing(List<Map<String, Object>> views) {
    return views.stream().filter(view -> END_PLAN.equals(ConferenceRows.text(view, "recommendation"))).count();
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    timing.recordIfHeldLate(execution);
    int review = ((Number) execution.getVariable(REVIEW_NUMBER)).intValue() + 1;
    execution.setVariable(REVIEW_NUMBER, review);
    List<Map<String, Object>> views = ConferenceRows.read(execution, AGENCY_VIEWS);
    execution.setVariable(AGENCIES_AGREEING_SUSTAINED_CHANGE, agreeing(views) + " of " + views.size());
    boolean continuing = CONTINUE_PLAN.equals(variables.text(REVIEW_DECISION));
    boolean notWorking = !variables.isTrue(CHANGES_REALISED) || !"reducing".equals(variables.text(RISK_TREND));
    execution.setVariable(LEGAL_GATEWAY_REQUESTED, continuing && review >= LEGAL_GATEWAY_REVIEW && notWorking);
    if (!continuing) {
      execution.setVariable(PLAN_ENDED_AT, variables.date(REVIEW_CONFERENCE_HELD_DATE).toString());
      execution.setVariable(PLAN_END_REASON, "Ended by the review conference: a majority of agencies agreed there is"
          + " evidence of sustained change (RCPC-03)");
    }
  }
}
