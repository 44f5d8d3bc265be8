package uk.safeguarding.lookedafter;

import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;

import uk.safeguarding.contract.CaseFacts;
import uk.safeguarding.contract.ProcessContract;

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

  /**
   * What each step shows and may write: a person's submission outside it is refused (contract
   * package, docs/architecture.md "A task's contract").
   */
  public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
      .declares(
          date("healthAssessmentOn"),
          number("sdqScore"),
          text("healthPlan"))
      .task(Element.CompleteInitialHealthAssessment, shows("legalStatus", "lookedAfterSince", "iroName", "placementType", "placementStartDate", "sdqExpected"), writes("healthAssessmentOn", "healthPlan", "sdqScore"))
      .task(Element.CompleteReviewHealthAssessment, shows("legalStatus", "lookedAfterSince", "iroName", "placementType", "placementStartDate", "sdqExpected"), writes("healthAssessmentOn", "healthPlan", "sdqScore"));

  private LookedAfterHealthProcess() {}
}
