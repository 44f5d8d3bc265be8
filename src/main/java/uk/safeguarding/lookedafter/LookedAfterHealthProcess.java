package uk.safeguarding.lookedafter;

import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;
import static uk.safeguarding.lookedafter.LookedAfterChildProcess.Variables.*;
import static uk.safeguarding.lookedafter.LookedAfterHealthProcess.Variables.*;

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
    Lac04BreachRecorded,
    NextHealthAssessment,
    NextHealthAssessmentBeforeEighteen,
    HealthAssessmentsDoneUntilEighteen,
    CompleteReviewHealthAssessment,
    ReviewHealthAssessmentLate,
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
          date(ASSESSED_ON),
          number(SDQ_SCORE),
          text(HEALTH_PLAN))
      // The last assessment, the next one's timescale by the child's age (LAC-05) and whether it needs an SDQ.
      .computes(LAST_ASSESSED_ON, CADENCE, SDQ_EXPECTED)
      // Handed in by the child's main process, with the IRO once allocated.
      .computes(LEGAL_STATUS, LOOKED_AFTER_SINCE, IRO_NAME, PLACEMENT_TYPE, PLACEMENT_START_DATE)
      .task(Element.CompleteInitialHealthAssessment,
          shows(LEGAL_STATUS, LOOKED_AFTER_SINCE, IRO_NAME, PLACEMENT_TYPE, PLACEMENT_START_DATE, SDQ_EXPECTED),
          writes(ASSESSED_ON, HEALTH_PLAN, SDQ_SCORE))
      .task(Element.CompleteReviewHealthAssessment,
          shows(LEGAL_STATUS, LOOKED_AFTER_SINCE, IRO_NAME, PLACEMENT_TYPE, PLACEMENT_START_DATE, SDQ_EXPECTED),
          writes(ASSESSED_ON, HEALTH_PLAN, SDQ_SCORE));

  private LookedAfterHealthProcess() {}
}
