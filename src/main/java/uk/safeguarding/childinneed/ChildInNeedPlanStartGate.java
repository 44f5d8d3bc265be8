package uk.safeguarding.childinneed;

import static uk.safeguarding.childinneed.ChildInNeedPlanProcess.Variables.*;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.safeguarding.childinneed.ChildInNeedMeetingProcess.Variables;
import uk.safeguarding.identity.CurrentUser;
import uk.safeguarding.casefile.CaseStarts;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.Gate;
import uk.safeguarding.casefile.StartGate;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * The start of a child in need plan, the same for a social worker's start (Tasklist, REST) and for
 * another pathway's message {@value ChildInNeedPlanProcess#REQUESTED_MESSAGE}: a refused start throws
 * to whoever started it, so a pathway that sends bad variables fails loudly and no half-written plan
 * is left behind. Once it passes, the plan's first deadlines are worked out from what the case knows:
 * CIN-01 (the plan and the first meeting, from the referral that began the assessment, as CFA-03
 * counts), CIN-05 (the first review of a plan a conference or a strategy discussion decided on, from
 * that decision or from the end of the child protection plan) and RCPC-04 (a child stepped down from a
 * child protection plan stays on the plan for the profile's minimum).
 */
@Component("childInNeedPlanStartGate")
public class ChildInNeedPlanStartGate extends StartGate {

  public ChildInNeedPlanStartGate(CaseStarts caseStarts) {
    super(caseStarts, "CIN-01");
  }

  @Override
  protected void checkStart(Gate gate, DelegateExecution execution) {
    CaseVariables v = gate.variables();
    gate.requireText("CIN-01", CHILD_NAME, "The child's name")
        .requireDate("CIN-01", CHILD_DATE_OF_BIRTH, "The child's date of birth")
        .notInFuture("CIN-01", CHILD_DATE_OF_BIRTH)
        .requireOneOf("CIN-01", SOURCE, ChildInNeedPlanProcess.SOURCES);
    PlanAgencies.check(gate, "CIN-02", INVOLVED_AGENCIES, "Name the agencies involved in the plan");
    String source = v.text(SOURCE);
    if (ChildInNeedPlanProcess.SOURCE_ASSESSMENT.equals(source)) {
      // Seed 002 Standard 5's "days 15 and 25 of the assessment" are the days of Standard 4's assessment,
      // which runs from the referral (CFA-03), not from the day the assessment process was opened.
      gate.requireDate("CIN-01", REFERRAL_DATE,
              "The date of the referral to children's social care (CIN-01 counts the days of the assessment from it)")
          .notInFuture("CIN-01", REFERRAL_DATE)
          .notInFuture("CIN-01", ASSESSMENT_START_DATE);
      notBeforeTheReferral(gate, v);
    }
    if (ChildInNeedPlanProcess.SOURCE_STEP_DOWN.equals(source)) {
      gate.requireDate("RCPC-04", CHILD_PROTECTION_PLAN_ENDED_DATE,
              "The date the child protection plan ended (RCPC-04: the child stays on this plan for a minimum from it)")
          .notInFuture("RCPC-04", CHILD_PROTECTION_PLAN_ENDED_DATE);
    }
  }

  @Override
  protected void started(DelegateExecution execution, CaseVariables v) {
    firstDeadlines(execution, v, v.text(SOURCE));
    PlanAgencies.keep(execution, INVOLVED_AGENCIES, v.list(INVOLVED_AGENCIES));
    execution.setVariable(PLAN_STARTED_AT, ClockUtil.getCurrentTime());
    execution.setVariable(PLAN_STARTED_BY, CurrentUser.of(execution));
    execution.setVariable(Variables.MEETING_NUMBER, 0);
  }

  /** The assessment's start, when it is given (the assessment hands it on), is on or after the referral. */
  private static void notBeforeTheReferral(Gate gate, CaseVariables v) {
    LocalDate started;
    try {
      started = v.date(ASSESSMENT_START_DATE);
    } catch (IllegalArgumentException notADate) {
      gate.refuse("CIN-01", ASSESSMENT_START_DATE, notADate.getMessage());
      return;
    }
    LocalDate referral;
    try {
      referral = v.date(REFERRAL_DATE);
    } catch (IllegalArgumentException refusedAlready) {
      return;
    }
    if (started != null && referral != null && started.isBefore(referral)) {
      gate.refuse("CIN-01", ASSESSMENT_START_DATE,
          "the assessment cannot have started (" + started + ") before the referral (" + referral + ")");
    }
  }

  private void firstDeadlines(DelegateExecution execution, CaseVariables v, String source) {
    String meetingDueBy;
    String planClockStart;
    if (ChildInNeedPlanProcess.SOURCE_ASSESSMENT.equals(source)) {
      planClockStart = v.date(REFERRAL_DATE).toString();
      meetingDueBy = PlanDays.day(standards().due(execution, "CIN-01", "firstMeetingLatest", planClockStart));
      execution.setVariable(Variables.FIRST_MEETING_EARLIEST,
          PlanDays.day(standards().due(execution, "CIN-01", "firstMeetingEarliest", planClockStart)));
      execution.setVariable(Variables.MEETING_RULE, ChildInNeedMeetingProcess.FIRST_MEETING_RULE);
    } else {
      // A conference or a strategy discussion was itself the multi-agency meeting that decided on the
      // plan (a step down, the conference that ended the child protection plan): the plan's clock starts
      // from that decision, and the first child in need review is due within the CIN-05 interval of it.
      planClockStart = (ChildInNeedPlanProcess.SOURCE_STEP_DOWN.equals(source)
          ? v.date(CHILD_PROTECTION_PLAN_ENDED_DATE) : WorkingDayCalendar.today()).toString();
      meetingDueBy = PlanDays.day(standards().due(execution, "CIN-05", planClockStart));
      execution.setVariable(Variables.MEETING_RULE, ChildInNeedMeetingProcess.REVIEW_MEETING_RULE);
    }
    execution.setVariable(PLAN_CLOCK_START_DATE, planClockStart);
    execution.setVariable(PLAN_DUE_BY, PlanDays.day(standards().due(execution, "CIN-01", "planInPlace", planClockStart)));
    execution.setVariable(Variables.MEETING_DUE_BY, meetingDueBy);
    if (ChildInNeedPlanProcess.SOURCE_STEP_DOWN.equals(source)) {
      Date earliest = standards().due(execution, "RCPC-04", v.date(CHILD_PROTECTION_PLAN_ENDED_DATE).toString());
      execution.setVariable(EARLIEST_CLOSURE_DATE, PlanDays.day(earliest));
    }
  }
}
