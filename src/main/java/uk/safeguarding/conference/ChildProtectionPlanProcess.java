package uk.safeguarding.conference;

import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;

import uk.safeguarding.contract.ProcessContract;

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

  /**
   * What each step shows and may write: a person's submission outside it is refused (contract
   * package, docs/architecture.md "A task's contract").
   */
  public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
      .declares(
          choice("dualProcessDecision", "endPlan", "continuePlan"),
          choice("legalGatewayDecision", "issueCareProceedings", "preProceedings", "continueChildProtectionPlan"),
          choice("legalStatus", "section20", "interimCareOrder", "careOrder", "placementOrder", "emergencyProtectionOrder", "policeProtection", "remand"),
          date("legalMeetingDate"),
          date("lookedAfterSince"),
          text("dualProcessRationale"),
          text("legalGatewayRationale"))
      .task(Element.HoldLegalGatewayMeeting, shows("categoryOfAbuse", "planStartDate", "reviewNumber", "earlierChildProtectionPlans", "riskTrend"), writes("legalMeetingDate", "legalGatewayDecision", "legalGatewayRationale"))
      .task(Element.HoldLegalPlanningMeeting, shows("categoryOfAbuse", "planStartDate", "reviewNumber", "earlierChildProtectionPlans", "riskTrend"), writes("legalMeetingDate", "legalGatewayDecision", "legalGatewayRationale"))
      .message("ChildBecameLookedAfter", writes("lookedAfterSince", "legalStatus"))
      .task(Element.DecideOnDualProcess, shows("lookedAfterSince", "legalStatus", "categoryOfAbuse", "planStartDate"), writes("dualProcessDecision", "dualProcessRationale"));

  private ChildProtectionPlanProcess() {}
}
