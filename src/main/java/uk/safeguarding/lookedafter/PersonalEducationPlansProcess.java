package uk.safeguarding.lookedafter;

import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;
import static uk.safeguarding.lookedafter.LookedAfterChildProcess.Variables.*;
import static uk.safeguarding.lookedafter.PersonalEducationPlansProcess.Variables.*;

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
    Lac06PepBreachRecorded,
    NextPepReview,
    NextPepReviewBeforeEighteen,
    PepReviewsDoneUntilEighteen,
    ReviewPersonalEducationPlan,
    PepReviewLate,
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
          date(PEP_MEETING_ON),
          text(PEP_TARGETS))
      // The last PEP meeting, which the next review counts from (LAC-06).
      .computes(LAST_PEP_ON)
      // Handed in by the child's main process, with the IRO once allocated.
      .computes(LEGAL_STATUS, LOOKED_AFTER_SINCE, IRO_NAME, PLACEMENT_TYPE, PLACEMENT_START_DATE)
      .task(Element.WritePersonalEducationPlan,
          shows(LEGAL_STATUS, LOOKED_AFTER_SINCE, IRO_NAME, PLACEMENT_TYPE, PLACEMENT_START_DATE),
          writes(PEP_MEETING_ON, PEP_TARGETS))
      .task(Element.ReviewPersonalEducationPlan,
          shows(LEGAL_STATUS, LOOKED_AFTER_SINCE, IRO_NAME, PLACEMENT_TYPE, PLACEMENT_START_DATE),
          writes(PEP_MEETING_ON, PEP_TARGETS));

  private PersonalEducationPlansProcess() {}
}
