package uk.safeguarding.lookedafter;

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

  private PathwayPlanningProcess() {}
}
