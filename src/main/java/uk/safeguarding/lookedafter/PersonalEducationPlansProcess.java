package uk.safeguarding.lookedafter;

import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;

import uk.safeguarding.contract.CaseFacts;
import uk.safeguarding.contract.ProcessContract;

/**
 * The contract of processes/lookedafter/personal-education-plans.bpmn: the PEP meeting and plan
 * (LAC-06 pep), then the PEP reviewed every term (LAC-06 review) by the school's designated teacher with
 * the virtual school.
 */
public final class PersonalEducationPlansProcess {

  public static final String KEY = "PersonalEducationPlans";

  public enum Element {
    PepStart,
    WritePersonalEducationPlan,
    PepLate,
    RecordPepBreach,
    Lac06PepBreachRecorded,
    NextPepReview,
    NextPepReviewBeforeEighteen,
    PepReviewsDoneUntilEighteen,
    ReviewPersonalEducationPlan,
    PepReviewLate,
    RecordPepReviewBreach,
    Lac06ReviewBreachRecorded
  }

  public static final class Variables {
    public static final String PEP_MEETING_ON = "pepMeetingOn";
    public static final String PEP_TARGETS = "pepTargets";
    public static final String LAST_PEP_ON = "lastPepOn";

    private Variables() {}
  }

  /**
   * What each step shows and may write: a person's submission outside it is refused (contract
   * package, docs/architecture.md "A task's contract").
   */
  public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
      .declares(
          date("pepMeetingOn"),
          text("pepTargets"))
      .task(Element.WritePersonalEducationPlan, shows("legalStatus", "lookedAfterSince", "iroName", "placementType", "placementStartDate"), writes("pepMeetingOn", "pepTargets"))
      .task(Element.ReviewPersonalEducationPlan, shows("legalStatus", "lookedAfterSince", "iroName", "placementType", "placementStartDate"), writes("pepMeetingOn", "pepTargets"));

  private PersonalEducationPlansProcess() {}
}
