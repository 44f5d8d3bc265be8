package uk.safeguarding.lookedafter;

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

  private PersonalEducationPlansProcess() {}
}
