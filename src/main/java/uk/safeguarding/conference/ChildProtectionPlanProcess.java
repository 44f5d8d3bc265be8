package uk.safeguarding.conference;

import static uk.safeguarding.conference.ConferenceVariables.*;
import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;

import uk.safeguarding.contract.ProcessContract;
import uk.safeguarding.lookedafter.LookedAfterChildProcess;

/** The contract of the plan diagram (processes/conference/child-protection-plan.bpmn). */
public final class ChildProtectionPlanProcess {

  public static final String KEY = "ChildProtectionPlan";
  /** RCPC-06: sent by the looked after children pathway to every process of the child. */
  public static final String CHILD_BECAME_LOOKED_AFTER = "ChildBecameLookedAfter";

  public enum Element {
    ChildProtectionPlanMade,
    PlanInPlace,
    CoreGroupsAndVisits,
    NextReviewConference,
    ReviewChildProtectionConference,
    ReviewDecision,
    PlanEndsAtReview,
    SetNextReviewDate,
    LegalGatewayRequested,
    HoldLegalGatewayMeeting,
    LegalGatewayMeetingHeld,
    SecondOrLaterPlan,
    PlanOpenTooLong,
    HoldLegalPlanningMeeting,
    LegalPlanningMeetingHeld,
    ReassessmentOnPlanDue,
    ReassessChildOnPlan,
    ReassessmentOnPlanNotDoneInTime,
    Ra01BreachRecorded,
    ChildBecameLookedAfterWhileOnPlan,
    ChildBecameLookedAfter,
    DecideOnDualProcess,
    PlanToEndOutsideConference,
    PlanContinues,
    PlanEndedOutsideConference,
    PlanEndedChildLookedAfter,
    RequestChildInNeedPlanAfterPlan,
    PlanEndedChildInNeedPlanFollows
  }

  /**
   * What each step shows and may write: a person's submission outside it is refused (contract
   * package, docs/architecture.md "A task's contract").
   */
  public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
      .declares(
          choice(DUAL_PROCESS_DECISION, DUAL_PROCESS_DECISIONS),
          choice(LEGAL_GATEWAY_DECISION, LEGAL_GATEWAY_DECISIONS),
          choice(LEGAL_STATUS, LookedAfterChildProcess.LEGAL_STATUSES),
          date(LEGAL_MEETING_DATE),
          date(LOOKED_AFTER_SINCE),
          text(DUAL_PROCESS_RATIONALE),
          text(LEGAL_GATEWAY_RATIONALE),
          date(REASSESSMENT_DATE),
          text(REASSESSMENT_SUMMARY))
      // RA-01: the last reassessment, from which the next one counts.
      .computes(LAST_REASSESSMENT_DATE, LAST_REASSESSMENT_SUMMARY)
      // The next review's date (RCPC-01), how and when the plan ended, and where a child in need plan comes from.
      .computes(REVIEW_TIMESCALE, REVIEW_COUNTED_FROM, NEXT_REVIEW_CONFERENCE_DUE, PLAN_ENDED_AT, PLAN_END_REASON,
          CHILD_IN_NEED_PLAN_SOURCE)
      // Handed in by the initial conference, and back by each review conference (RCPC-03, RCPC-05).
      .computes(CATEGORY_OF_ABUSE, PLAN_START_DATE, EARLIER_CHILD_PROTECTION_PLANS, SECOND_OR_LATER_PLAN,
          CONFERENCE_AGENCIES, CORE_GROUP_MEMBERS, REVIEW_NUMBER, REVIEW_CONFERENCE_DATE, REVIEW_CONFERENCE_HELD_DATE,
          REVIEW_DECISION, RISK_TREND,
          LEGAL_GATEWAY_REQUESTED)
      .task(Element.HoldLegalGatewayMeeting,
          shows(CATEGORY_OF_ABUSE, PLAN_START_DATE, REVIEW_NUMBER, EARLIER_CHILD_PROTECTION_PLANS, RISK_TREND),
          writes(LEGAL_MEETING_DATE, LEGAL_GATEWAY_DECISION, LEGAL_GATEWAY_RATIONALE))
      .task(Element.HoldLegalPlanningMeeting,
          shows(CATEGORY_OF_ABUSE, PLAN_START_DATE, REVIEW_NUMBER, EARLIER_CHILD_PROTECTION_PLANS, RISK_TREND),
          writes(LEGAL_MEETING_DATE, LEGAL_GATEWAY_DECISION, LEGAL_GATEWAY_RATIONALE))
      .task(Element.ReassessChildOnPlan,
          shows(CATEGORY_OF_ABUSE, PLAN_START_DATE, LAST_REASSESSMENT_DATE, LAST_REASSESSMENT_SUMMARY),
          writes(REASSESSMENT_DATE, REASSESSMENT_SUMMARY))
      // RCPC-06: what TellChildBecameLookedAfter sends (the day and the legal status); the case's facts it does not.
      .message(CHILD_BECAME_LOOKED_AFTER, writes(LOOKED_AFTER_SINCE, LEGAL_STATUS))
      .task(Element.DecideOnDualProcess,
          shows(LOOKED_AFTER_SINCE, LEGAL_STATUS, CATEGORY_OF_ABUSE, PLAN_START_DATE),
          writes(DUAL_PROCESS_DECISION, DUAL_PROCESS_RATIONALE));

  private ChildProtectionPlanProcess() {}
}
