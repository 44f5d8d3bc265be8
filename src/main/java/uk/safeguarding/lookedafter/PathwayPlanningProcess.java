package uk.safeguarding.lookedafter;

import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;

import uk.safeguarding.contract.CaseFacts;
import uk.safeguarding.contract.ProcessContract;

/**
 * The contract of processes/lookedafter/pathway-planning.bpmn: the pathway plan started at 15 years 6
 * months, or with the care plan for a child who becomes looked after older (LAC-11, LAC-14), and reviewed
 * every 6 months (LAC-11), and the eligible child's needs assessment within 3
 * months of the 16th birthday (LAC-18).
 */
public final class PathwayPlanningProcess {

  public static final String KEY = "PathwayPlanning";

  public enum Element {
    PathwayStart,
    PathwayAgeInCare,
    PathwayPlanningBegins,
    StartPathwayPlan,
    PathwayPlanLate,
    RecordPathwayPlanBreach,
    Lac11StartBreachRecorded,
    StartPathwayPlanWithCarePlan,
    PathwayPlanWithCarePlanLate,
    RecordPathwayPlanWithCarePlanBreach,
    Lac14PathwayBreachRecorded,
    PathwayPlanStarted,
    PlanAndAssessment,
    NextPathwayReview,
    NextPathwayReviewBeforeEighteen,
    PathwayReviewsDoneUntilEighteen,
    ReviewPathwayPlan,
    PathwayReviewLate,
    RecordPathwayReviewBreach,
    Lac11ReviewBreachRecorded,
    ChildBecomesEligible,
    SixteenthBirthday,
    AssessNeedsForPathwayPlan,
    NeedsAssessed,
    NeedsAssessmentLate,
    RecordNeedsAssessmentBreach,
    Lac18BreachRecorded
  }

  public static final class Variables {
    public static final String PLAN_ON = "pathwayPlanOn";
    public static final String PLAN = "pathwayPlan";
    public static final String LAST_PLAN_ON = "lastPathwayPlanOn";
    public static final String NEEDS_ASSESSED_ON = "needsAssessedOn";
    public static final String NEEDS_ASSESSMENT = "needsAssessment";

    private Variables() {}
  }

  /**
   * What each step shows and may write: a person's submission outside it is refused (contract
   * package, docs/architecture.md "A task's contract").
   */
  public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
      .declares(
          date("needsAssessedOn"),
          date("pathwayPlanOn"),
          text("needsAssessment"),
          text("pathwayPlan"))
      .task(Element.StartPathwayPlan, shows("legalStatus", "lookedAfterSince", "iroName", "placementType", "placementStartDate", "pathwayPlanDueOn", "lastPathwayPlanOn"), writes("pathwayPlanOn", "pathwayPlan"))
      .task(Element.StartPathwayPlanWithCarePlan, shows("legalStatus", "lookedAfterSince", "iroName", "placementType", "placementStartDate", "pathwayPlanDueOn", "lastPathwayPlanOn"), writes("pathwayPlanOn", "pathwayPlan"))
      .task(Element.ReviewPathwayPlan, shows("legalStatus", "lookedAfterSince", "iroName", "placementType", "placementStartDate", "pathwayPlanDueOn", "lastPathwayPlanOn"), writes("pathwayPlanOn", "pathwayPlan"))
      .task(Element.AssessNeedsForPathwayPlan, shows("legalStatus", "lookedAfterSince", "iroName", "placementType", "placementStartDate", "needsAssessmentCountedFrom"), writes("needsAssessedOn", "needsAssessment"));

  private PathwayPlanningProcess() {}
}
