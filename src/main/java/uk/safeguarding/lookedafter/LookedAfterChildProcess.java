package uk.safeguarding.lookedafter;

import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;

import java.util.List;
import uk.safeguarding.contract.CaseFacts;
import uk.safeguarding.contract.ProcessContract;

/**
 * The contract of the main looked after diagram (processes/lookedafter/looked-after-child.bpmn): the
 * child has become looked after, and every clock of standards.md 3.7 runs, each in a called process of
 * its own, until the child leaves care or turns 18. The case variables every called process reads are
 * named here.
 */
public final class LookedAfterChildProcess {

  public static final String KEY = "LookedAfterChild";

  /** RCPC-06: sent to every waiting process of the child (the child protection plan receives it). */
  public static final String CHILD_BECAME_LOOKED_AFTER = "ChildBecameLookedAfter";
  /** The child has left care: every clock of this pathway ends. */
  public static final String CHILD_LEFT_CARE = "ChildLeftCare";

  public enum Element {
    ChildBecameLookedAfter,
    TellTheChildsOtherProcesses,
    WhileLookedAfter,
    WhileLookedAfterStart,
    StartEveryClock,
    LookedAfterReviews,
    LookedAfterHealth,
    PersonalEducationPlans,
    PlacementAndVisits,
    CarePlanning,
    PathwayPlanning,
    AllClocksEnded,
    ClocksDoneUntilEighteen,
    EighteenthBirthday,
    TurnedEighteen,
    ChildLeavesCare,
    CareEnds,
    RecordLeavingCare,
    LeftCare
  }

  /** Variable names shared by every process of the looked after child, in the practitioners' words. */
  public static final class Variables {
    public static final String CASE_REFERENCE = "caseReference";
    public static final String CHILD_NAME = "childName";
    public static final String CHILD_DATE_OF_BIRTH = "childDateOfBirth";
    public static final String LOOKED_AFTER_SINCE = "lookedAfterSince";
    public static final String LEGAL_STATUS = "legalStatus";
    public static final String ADMISSION = "admission";
    public static final String PLACEMENT_TYPE = "placementType";
    public static final String PLACEMENT_START_DATE = "placementStartDate";
    public static final String PLACEMENT_LONG_TERM = "placementLongTerm";
    public static final String PLACEMENT_ADDRESS = "placementAddress";
    public static final String INVOLVED_AGENCIES = "involvedAgencies";
    public static final String RECORDED_BY = "lookedAfterRecordedBy";
    public static final String OTHER_PROCESSES_TOLD = "otherProcessesTold";
    public static final String IRO_NAME = "iroName";
    public static final String LEFT_CARE_ON = "leftCareOn";
    public static final String LEFT_CARE_REASON = "leftCareReason";
    public static final String PATHWAY_PLAN_DUE_ON = "pathwayPlanDueOn";
    public static final String REACHES_PATHWAY_AGE_IN_CARE = "reachesPathwayAgeInCare";
    public static final String ELIGIBILITY_COUNTED_FROM = "eligibilityCountedFrom";
    public static final String NEEDS_ASSESSMENT_COUNTED_FROM = "needsAssessmentCountedFrom";

    private Variables() {}
  }

  /** The legal basis of being looked after. */
  public static final List<String> LEGAL_STATUSES = List.of(
      "section20", "interimCareOrder", "careOrder", "placementOrder", "emergencyProtectionOrder",
      "policeProtection", "remand");
  public static final List<String> PLACEMENT_TYPES = List.of(
      "fosterCare", "kinshipCare", "residential", "placedWithParents", "adoptivePlacement", "supportedLodgings");
  public static final String EMERGENCY = "emergency";
  public static final List<String> ADMISSIONS = List.of("planned", EMERGENCY);
  /** How care ends: a user reports the first four, the timer records the last. */
  public static final String TURNED_EIGHTEEN = "turnedEighteen";
  public static final List<String> LEAVING_CARE_REASONS = List.of(
      "returnedHome", "specialGuardianshipOrder", "adopted", "childArrangementsOrder", TURNED_EIGHTEEN);

  /**
   * What each step shows and may write: a person's submission outside it is refused (contract
   * package, docs/architecture.md "A task's contract").
   */
  public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
      .declares(
          checklist("involvedAgencies", "health", "education", "virtual-school", "police", "camhs", "yos", "housing", "probation", "adult-services", "fostering", "legal", "early-help"),
          choice("admission", "planned", "emergency"),
          choice("leftCareReason", "returnedHome", "specialGuardianshipOrder", "adopted", "childArrangementsOrder"),
          choice("legalStatus", "section20", "interimCareOrder", "careOrder", "placementOrder", "emergencyProtectionOrder", "policeProtection", "remand"),
          choice("placementType", "fosterCare", "kinshipCare", "residential", "placedWithParents", "adoptivePlacement", "supportedLodgings"),
          date("leftCareOn"),
          date("lookedAfterSince"),
          date("placementStartDate"),
          text("placementAddress"),
          yesNo("placementLongTerm"))
      .start(Element.ChildBecameLookedAfter, writes(CaseFacts.OPENING, "lookedAfterSince", "legalStatus", "admission", "involvedAgencies", "placementType", "placementStartDate", "placementLongTerm", "placementAddress"))
      .message("ChildLeftCare", writes("leftCareOn", "leftCareReason"));

  private LookedAfterChildProcess() {}
}
