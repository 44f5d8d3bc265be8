package uk.safeguarding.childinneed;

import static uk.safeguarding.childinneed.ChildInNeedMeetingProcess.Variables.*;
import static uk.safeguarding.childinneed.ChildInNeedPlanProcess.Variables.*;
import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;

import java.util.List;
import uk.safeguarding.contract.CaseFacts;
import uk.safeguarding.contract.ProcessContract;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.agency.WhoMayStart;

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

  /**
   * Children's social care opens a child in need plan: the social worker, their manager, or the
   * conference chair whose conference decided on one (a pathway's message start runs as its user).
   */
  public static final WhoMayStart WHO_MAY_START = new WhoMayStart(KEY, List.of(Agency.CSC_SOCIAL_WORKER, Agency.CSC_TEAM_MANAGER, Agency.CP_CHAIR));
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
    /** The referral to children's social care: CIN-01 counts the days of the assessment from it, as CFA-03 does. */
    public static final String REFERRAL_DATE = "referralDate";
    public static final String ASSESSMENT_START_DATE = "assessmentStartDate";
    public static final String CHILD_PROTECTION_PLAN_ENDED_DATE = "childProtectionPlanEndedDate";
    /** The assessment's plan and the DfE child in need census dates, carried on from the assessment (CFA-07). */
    public static final String ASSESSMENT_PLAN = "assessmentPlan";
    public static final String CENSUS_REFERRAL_DATE = "censusReferralDate";
    public static final String CENSUS_REFERRAL_SOURCE = "censusReferralSource";
    public static final String CENSUS_ASSESSMENT_START_DATE = "censusAssessmentStartDate";
    public static final String CENSUS_ASSESSMENT_AUTHORISATION_DATE = "censusAssessmentAuthorisationDate";
    public static final String PLAN_STARTED_AT = "childInNeedPlanStartedAt";
    public static final String PLAN_STARTED_BY = "childInNeedPlanStartedBy";
    /** CIN-01 counts the plan's time from this day: the referral that began the assessment, or the decision that made the plan. */
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
          checklist(INVOLVED_AGENCIES, "police", "health", "education", "virtual-school", "early-help", "legal",
              "fostering", "adult-services", "probation", "housing", "yos", "camhs"),
          choice(SOURCE, SOURCES),
          date(ASSESSMENT_START_DATE),
          date(REFERRAL_DATE),
          date(CENSUS_ASSESSMENT_AUTHORISATION_DATE),
          date(CENSUS_ASSESSMENT_START_DATE),
          date(CENSUS_REFERRAL_DATE),
          date(CHILD_PROTECTION_PLAN_ENDED_DATE),
          date(LAST_ASSESSMENT_DATE),
          date(REASSESSMENT_DATE),
          rows(SMART_OUTCOMES),
          text(ASSESSMENT_PLAN),
          text(CENSUS_REFERRAL_SOURCE),
          text(CLOSURE_REASON),
          text(CONTINGENCY_PLAN),
          text(EARLY_HELP_ARRANGEMENTS),
          text(NEEDS_IDENTIFIED),
          text(REASSESSMENT_SUMMARY),
          yesNo(EARLY_HELP_FOLLOWS))
      // Who started the plan and when, the day its clock counts from and its deadlines (CIN-01, RCPC-04), when it was
      // in place, the last reassessment (CIN-08) and its closure. lastAssessmentDate is not here: the draft asks for
      // it, and each reassessment moves it on.
      .computes(PLAN_STARTED_AT, PLAN_STARTED_BY, PLAN_CLOCK_START_DATE, PLAN_DUE_BY, EARLIEST_CLOSURE_DATE,
          PLAN_IN_PLACE_AT, LAST_REASSESSMENT_SUMMARY, PLAN_CLOSED_AT, PLAN_CLOSED_BY)
      // The meetings' clock (CIN-01, CIN-05), and what each meeting hands back: its record, the next review, the
      // decision about the plan and every agency's view on closing it (CIN-07).
      .computes(MEETING_NUMBER, MEETING_DUE_BY, FIRST_MEETING_EARLIEST, MEETING_RULE, MEETING_HISTORY,
          LAST_MEETING_DATE, NEXT_REVIEW_DATE, PLAN_DECISION, CLOSURE_AGREED, CLOSURE_AGREED_AT, CLOSURE_VIEWS,
          DISAGREEING_AGENCIES, CLOSURE_DISAGREEMENTS)
      .start(Element.ChildInNeedPlanStarted,
          writes(CaseFacts.OPENING, SOURCE, REFERRAL_DATE, ASSESSMENT_START_DATE, CHILD_PROTECTION_PLAN_ENDED_DATE,
              INVOLVED_AGENCIES))
      // Sent by the assessment (CFA-07, with its plan and the census dates) and the conferences (ICPC-05, RCPC-04).
      .message(REQUESTED_MESSAGE,
          writes(CaseFacts.OPENING, SOURCE, REFERRAL_DATE, ASSESSMENT_START_DATE, CHILD_PROTECTION_PLAN_ENDED_DATE,
              INVOLVED_AGENCIES, ASSESSMENT_PLAN, CENSUS_REFERRAL_DATE, CENSUS_REFERRAL_SOURCE, CENSUS_ASSESSMENT_START_DATE,
              CENSUS_ASSESSMENT_AUTHORISATION_DATE))
      .task(Element.DraftChildInNeedPlan,
          shows(SOURCE, REFERRAL_DATE, ASSESSMENT_START_DATE, CHILD_PROTECTION_PLAN_ENDED_DATE, EARLIEST_CLOSURE_DATE,
              INVOLVED_AGENCIES, PLAN_DUE_BY, MEETING_DUE_BY, FIRST_MEETING_EARLIEST),
          writes(NEEDS_IDENTIFIED, SMART_OUTCOMES, CONTINGENCY_PLAN, LAST_ASSESSMENT_DATE))
      .task(Element.CloseChildInNeedPlan,
          shows(LAST_MEETING_DATE, EARLIEST_CLOSURE_DATE, CLOSURE_VIEWS),
          writes(CLOSURE_REASON, EARLY_HELP_FOLLOWS, EARLY_HELP_ARRANGEMENTS))
      .task(Element.ReassessChildsSituation,
          shows(LAST_ASSESSMENT_DATE, LAST_REASSESSMENT_SUMMARY, MEETING_HISTORY),
          writes(REASSESSMENT_DATE, REASSESSMENT_SUMMARY));

  private ChildInNeedPlanProcess() {}
}
