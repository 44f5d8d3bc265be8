package uk.safeguarding.lookedafter;

/**
 * The contract of processes/lookedafter/looked-after-health.bpmn: the initial health assessment
 * (LAC-04), then review health assessments every 6 months before the 5th birthday and every 12 months
 * from it, each with the carer's SDQ from 4 to 16 (LAC-05).
 */
public final class LookedAfterHealthProcess {

  public static final String KEY = "LookedAfterHealth";

  public enum Element {
    HealthStart,
    CompleteInitialHealthAssessment,
    InitialHealthAssessmentLate,
    RecordInitialHealthAssessmentBreach,
    Lac04BreachRecorded,
    NextHealthAssessment,
    NextHealthAssessmentBeforeEighteen,
    HealthAssessmentsDoneUntilEighteen,
    CompleteReviewHealthAssessment,
    ReviewHealthAssessmentLate,
    RecordReviewHealthAssessmentBreach,
    Lac05BreachRecorded
  }

  public static final class Variables {
    public static final String ASSESSED_ON = "healthAssessmentOn";
    public static final String HEALTH_PLAN = "healthPlan";
    public static final String SDQ_SCORE = "sdqScore";
    public static final String SDQ_EXPECTED = "sdqExpected";
    public static final String LAST_ASSESSED_ON = "lastHealthAssessmentOn";
    public static final String CADENCE = "healthReviewTimescale";

    private Variables() {}
  }

  private LookedAfterHealthProcess() {}
}
