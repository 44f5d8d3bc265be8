package uk.safeguarding.childinneed;

import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;

import java.util.List;
import uk.safeguarding.contract.CaseFacts;
import uk.safeguarding.contract.ProcessContract;

/**
 * The contract of the child in need plan (processes/childinneed/child-in-need-plan.bpmn, standards.md
 * 3.6, CIN-01 to CIN-08, and RCPC-04 for a child stepped down from a child protection plan). A
 * social worker starts it from Tasklist or over REST; other pathways start it with the message
 * {@value #REQUESTED_MESSAGE}. The plan is written, then reviewed at multi-agency meetings (one
 * {@link ChildInNeedMeetingProcess} per meeting) until every agency agrees it can close, with a
 * reassessment every CIN-08 interval while it lasts.
 */
public final class ChildInNeedPlanProcess {

  public static final String KEY = "ChildInNeedPlan";
  /** The message other pathways correlate to start a plan (the contract between the pathways). */
  public static final String REQUESTED_MESSAGE = "ChildInNeedPlanRequested";
  /** The message that starts early help for a child stepping down from the plan (EH-05). */
  public static final String EARLY_HELP_MESSAGE = "EarlyHelpRequested";

  public enum Element {
    ChildInNeedPlanStarted,
    ChildInNeedPlanRequested,
    PlanOpened,
    PlanInForce,
    DraftChildInNeedPlan,
    PlanNotInPlaceInTime,
    RecordPlanLateBreach,
    Cin01PlanBreachRecorded,
    NextMeeting,
    HoldChildInNeedMeeting,
    EveryAgencyAgreedToClose,
    CloseChildInNeedPlan,
    EarlyHelpFollows,
    StepDownToEarlyHelp,
    PlanClosedEarlyHelpFollows,
    PlanClosedNoEarlyHelp,
    ReassessmentDue,
    ReassessChildsSituation,
    ReassessmentNotDoneInTime,
    RecordReassessmentLateBreach,
    Cin08BreachRecorded
  }

  /** Variable names, in the words practitioners use. */
  public static final class Variables {
    public static final String CASE_REFERENCE = "caseReference";
    public static final String CHILD_NAME = "childName";
    public static final String CHILD_DATE_OF_BIRTH = "childDateOfBirth";
    public static final String HOUSEHOLD_MEMBERS = "householdMembers";

    public static final String INVOLVED_AGENCIES = "involvedAgencies";
    public static final String SOURCE = "childInNeedPlanSource";
    public static final String ASSESSMENT_START_DATE = "assessmentStartDate";
    public static final String CHILD_PROTECTION_PLAN_ENDED_DATE = "childProtectionPlanEndedDate";
    public static final String PLAN_STARTED_AT = "childInNeedPlanStartedAt";
    public static final String PLAN_STARTED_BY = "childInNeedPlanStartedBy";
    /** CIN-01 counts the plan's time from this day: the assessment's start, or the decision that made the plan. */
    public static final String PLAN_CLOCK_START_DATE = "planClockStartDate";
    /** When the plan must be in place (CIN-01 planInPlace from {@link #PLAN_CLOCK_START_DATE}), for the forms. */
    public static final String PLAN_DUE_BY = "planDueBy";
    /** RCPC-04: a child stepped down from a child protection plan stays on the plan until this day. */
    public static final String EARLIEST_CLOSURE_DATE = "earliestClosureDate";
    /** CIN-08 counts from this date: the last assessment of the child's situation. */
    public static final String LAST_ASSESSMENT_DATE = "lastAssessmentDate";

    public static final String NEEDS_IDENTIFIED = "needsIdentified";
    public static final String CONTINGENCY_PLAN = "contingencyPlan";
    public static final String SMART_OUTCOMES = "smartOutcomes";
    public static final String PLAN_IN_PLACE_AT = "planInPlaceAt";

    public static final String REASSESSMENT_DATE = "reassessmentDate";
    public static final String REASSESSMENT_SUMMARY = "reassessmentSummary";
    public static final String LAST_REASSESSMENT_SUMMARY = "lastReassessmentSummary";

    public static final String CLOSURE_REASON = "closureReason";
    public static final String EARLY_HELP_FOLLOWS = "earlyHelpFollows";
    public static final String EARLY_HELP_ARRANGEMENTS = "earlyHelpArrangements";
    public static final String PLAN_CLOSED_AT = "childInNeedPlanClosedAt";
    public static final String PLAN_CLOSED_BY = "childInNeedPlanClosedBy";

    private Variables() {}
  }

  public static final String SOURCE_ASSESSMENT = "assessment";
  public static final String SOURCE_STEP_DOWN = "stepDownFromChildProtectionPlan";
  /** Where a plan comes from (the contract between the pathways). */
  public static final List<String> SOURCES = List.of(SOURCE_ASSESSMENT, "initialConference", "reviewConference",
      SOURCE_STEP_DOWN, "strategyDiscussion");

  /**
   * What each step shows and may write: a person's submission outside it is refused (contract
   * package, docs/architecture.md "A task's contract").
   */
  public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
      .declares(
          checklist("involvedAgencies", "police", "health", "education", "virtual-school", "early-help", "legal", "fostering", "adult-services", "probation", "housing", "yos", "camhs"),
          choice("childInNeedPlanSource", "assessment", "initialConference", "reviewConference", "stepDownFromChildProtectionPlan", "strategyDiscussion"),
          date("assessmentStartDate"),
          date("childProtectionPlanEndedDate"),
          date("lastAssessmentDate"),
          date("reassessmentDate"),
          rows("smartOutcomes"),
          text("closureReason"),
          text("contingencyPlan"),
          text("earlyHelpArrangements"),
          text("needsIdentified"),
          text("reassessmentSummary"),
          yesNo("earlyHelpFollows"))
      .start(Element.ChildInNeedPlanStarted, writes(CaseFacts.OPENING, "childInNeedPlanSource", "assessmentStartDate", "childProtectionPlanEndedDate", "involvedAgencies"))
      .message("ChildInNeedPlanRequested", writes(CaseFacts.OPENING, "childInNeedPlanSource", "assessmentStartDate", "childProtectionPlanEndedDate", "involvedAgencies"))
      .task(Element.DraftChildInNeedPlan, shows("childInNeedPlanSource", "assessmentStartDate", "childProtectionPlanEndedDate", "earliestClosureDate", "involvedAgencies", "planDueBy", "meetingDueBy", "firstMeetingEarliest"), writes("needsIdentified", "smartOutcomes", "contingencyPlan", "lastAssessmentDate"))
      .task(Element.CloseChildInNeedPlan, shows("lastMeetingDate", "earliestClosureDate", "closureViews"), writes("closureReason", "earlyHelpFollows", "earlyHelpArrangements"))
      .task(Element.ReassessChildsSituation, shows("lastAssessmentDate", "lastReassessmentSummary", "meetingHistory"), writes("reassessmentDate", "reassessmentSummary"));

  private ChildInNeedPlanProcess() {}
}
