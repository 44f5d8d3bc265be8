package uk.safeguarding.lookedafter;

import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;
import static uk.safeguarding.lookedafter.LookedAfterChildProcess.Variables.*;
import static uk.safeguarding.lookedafter.PathwayPlanningProcess.Variables.*;

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
    Lac11StartBreachRecorded,
    StartPathwayPlanWithCarePlan,
    PathwayPlanWithCarePlanLate,
    Lac14PathwayBreachRecorded,
    PathwayPlanStarted,
    PlanAndAssessment,
    NextPathwayReview,
    NextPathwayReviewBeforeEighteen,
    PathwayReviewsDoneUntilEighteen,
    ReviewPathwayPlan,
    PathwayReviewLate,
    Lac11ReviewBreachRecorded,
    ChildBecomesEligible,
    SixteenthBirthday,
    AssessNeedsForPathwayPlan,
    NeedsAssessed,
    NeedsAssessmentLate,
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
          date(NEEDS_ASSESSED_ON),
          date(PLAN_ON),
          text(NEEDS_ASSESSMENT),
          text(PLAN))
      // The last pathway plan, which its next review counts from (LAC-11).
      .computes(LAST_PLAN_ON)
      // Handed in by the child's main process, with the IRO once allocated: the dates its start gate worked out from
      // the child's age (LAC-11, LAC-18).
      .computes(LEGAL_STATUS, LOOKED_AFTER_SINCE, IRO_NAME, PLACEMENT_TYPE, PLACEMENT_START_DATE, PATHWAY_PLAN_DUE_ON,
          REACHES_PATHWAY_AGE_IN_CARE, ELIGIBILITY_COUNTED_FROM, NEEDS_ASSESSMENT_COUNTED_FROM)
      .task(Element.StartPathwayPlan,
          shows(LEGAL_STATUS, LOOKED_AFTER_SINCE, IRO_NAME, PLACEMENT_TYPE, PLACEMENT_START_DATE, PATHWAY_PLAN_DUE_ON,
              LAST_PLAN_ON),
          writes(PLAN_ON, PLAN))
      .task(Element.StartPathwayPlanWithCarePlan,
          shows(LEGAL_STATUS, LOOKED_AFTER_SINCE, IRO_NAME, PLACEMENT_TYPE, PLACEMENT_START_DATE, PATHWAY_PLAN_DUE_ON,
              LAST_PLAN_ON),
          writes(PLAN_ON, PLAN))
      .task(Element.ReviewPathwayPlan,
          shows(LEGAL_STATUS, LOOKED_AFTER_SINCE, IRO_NAME, PLACEMENT_TYPE, PLACEMENT_START_DATE, PATHWAY_PLAN_DUE_ON,
              LAST_PLAN_ON),
          writes(PLAN_ON, PLAN))
      .task(Element.AssessNeedsForPathwayPlan,
          shows(LEGAL_STATUS, LOOKED_AFTER_SINCE, IRO_NAME, PLACEMENT_TYPE, PLACEMENT_START_DATE,
              NEEDS_ASSESSMENT_COUNTED_FROM),
          writes(NEEDS_ASSESSED_ON, NEEDS_ASSESSMENT));

  private PathwayPlanningProcess() {}
}
