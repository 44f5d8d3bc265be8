package uk.safeguarding.conference;

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

  private ChildProtectionPlanProcess() {}
}
