package uk.safeguarding.lookedafter;

import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;
import static uk.safeguarding.lookedafter.LookedAfterChildProcess.Variables.*;

import java.util.List;
import uk.safeguarding.contract.CaseFacts;
import uk.safeguarding.contract.CensusCodes;
import uk.safeguarding.contract.LookedAfterCodes;
import uk.safeguarding.contract.ProcessContract;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.agency.WhoMayStart;

/**
 * The contract of the main looked after diagram (processes/lookedafter/looked-after-child.bpmn): the
 * child has become looked after, and every clock of standards.md 3.7 runs, each in a called process of
 * its own, until the child leaves care or turns 18. The case variables every called process reads are
 * named here.
 */
public final class LookedAfterChildProcess {

  public static final String KEY = "LookedAfterChild";

  /** LAC-01: the child's social worker, or the team manager, records that the child has become looked after. */
  public static final WhoMayStart WHO_MAY_START = new WhoMayStart(KEY, List.of(Agency.CSC_SOCIAL_WORKER, Agency.CSC_TEAM_MANAGER));

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
    /** SSDA903 PLACE_PROVIDER, PL_POST and HOME_POST: who provides the placement, its postcode and the child's home's. */
    public static final String PLACEMENT_PROVIDER = "placementProvider";
    public static final String PLACEMENT_POSTCODE = "placementPostcode";
    public static final String HOME_POSTCODE = "homePostcode";
    /** SSDA903 UASC: the child is an unaccompanied asylum-seeking child. */
    public static final String UNACCOMPANIED_ASYLUM_SEEKING = "unaccompaniedAsylumSeeking";
    /** SSDA903 RNE of the period's first episode: always S, set by the system. */
    public static final String REASON_FOR_NEW_EPISODE = "reasonForNewEpisode";
    /** Care ended at the 18th birthday (the timer's), whatever its SSDA903 reason. */
    public static final String LEFT_CARE_AT_EIGHTEEN = "leftCareAtEighteen";
    /**
     * The census's referral of a child who comes into care with none before (the day care began and who referred the
     * child, when the social worker says): an earlier referral of the case, the front door's or an assessment's, is
     * the census's, as the earliest.
     */
    public static final String CENSUS_REFERRAL_DATE = "censusReferralDate";
    public static final String CENSUS_REFERRAL_SOURCE = "censusReferralSource";
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

  /** The legal basis of being looked after: the SSDA903 legal status (LS), C1 to V4. */
  public static final List<String> LEGAL_STATUSES = LookedAfterCodes.codes(LookedAfterCodes.LEGAL_STATUSES);
  /** The SSDA903 placement types (PLACE) and providers (PLACE_PROVIDER). */
  public static final List<String> PLACEMENT_TYPES = LookedAfterCodes.codes(LookedAfterCodes.PLACEMENT_TYPES);
  public static final List<String> PLACEMENT_PROVIDERS = LookedAfterCodes.codes(LookedAfterCodes.PLACEMENT_PROVIDERS);
  /** A UK postcode as the SSDA903 takes it (PL_POST, HOME_POST), checked loosely: outward code, space optional, inward code. */
  public static final String POSTCODE_PATTERN = "^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$";
  public static final String EMERGENCY = "emergency";
  public static final List<String> ADMISSIONS = List.of("planned", EMERGENCY);
  /**
   * How care ends by a report (a reported change, the message {@value #CHILD_LEFT_CARE}): the SSDA903 reason episode
   * ceased (REC). Turning 18 is the timer's, which records E8 (it cannot tell staying put from moving on).
   */
  public static final List<String> REPORTED_LEAVING_CARE_REASONS = LookedAfterCodes.REPORTED_REASONS_CARE_CEASED;

  /**
   * What each step shows and may write: a person's submission outside it is refused (contract
   * package, docs/architecture.md "A task's contract").
   */
  public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
      .declares(
          checklist(INVOLVED_AGENCIES, "health", "education", "virtual-school", "police", "camhs", "yos", "housing",
              "probation", "adult-services", "fostering", "legal", "early-help"),
          choice(ADMISSION, ADMISSIONS),
          choice(LEFT_CARE_REASON, REPORTED_LEAVING_CARE_REASONS),
          choice(LEGAL_STATUS, LEGAL_STATUSES),
          choice(PLACEMENT_TYPE, PLACEMENT_TYPES),
          choice(PLACEMENT_PROVIDER, PLACEMENT_PROVIDERS),
          date(LEFT_CARE_ON),
          date(LOOKED_AFTER_SINCE),
          date(PLACEMENT_START_DATE),
          text(PLACEMENT_ADDRESS),
          text(PLACEMENT_POSTCODE),
          text(HOME_POSTCODE),
          yesNo(PLACEMENT_LONG_TERM),
          yesNo(UNACCOMPANIED_ASYLUM_SEEKING),
          // SSDA903 CIN, the category of need at the start of care (the census's primary need: N0 and N9 are no child's
          // in care), and the census's referral source for a child who comes into care with no referral before
          choice(CensusCodes.PRIMARY_NEED, LookedAfterCodes.CATEGORIES_OF_NEED),
          choice(CensusCodes.REFERRAL_SOURCE, CensusCodes.codes(CensusCodes.REFERRAL_SOURCES)))
      // Who recorded it, the dates the clocks need from the child's age (LAC-11, LAC-18, LAC-05's SDQ), the processes
      // told (RCPC-06) and the IRO the reviews allocate (LAC-01), told to the case. leftCareOn and leftCareReason are
      // not here: ChildLeftCare carries them, and only the 18th birthday leaves them to the system.
      .computes(RECORDED_BY, PATHWAY_PLAN_DUE_ON, REACHES_PATHWAY_AGE_IN_CARE, ELIGIBILITY_COUNTED_FROM,
          NEEDS_ASSESSMENT_COUNTED_FROM, LookedAfterHealthProcess.Variables.SDQ_EXPECTED, OTHER_PROCESSES_TOLD,
          IRO_NAME, REASON_FOR_NEW_EPISODE, LEFT_CARE_AT_EIGHTEEN, CENSUS_REFERRAL_DATE, CENSUS_REFERRAL_SOURCE)
      .start(Element.ChildBecameLookedAfter,
          writes(CaseFacts.OPENING, LOOKED_AFTER_SINCE, LEGAL_STATUS, ADMISSION, INVOLVED_AGENCIES, PLACEMENT_TYPE,
              PLACEMENT_START_DATE, PLACEMENT_LONG_TERM, PLACEMENT_ADDRESS, PLACEMENT_PROVIDER, PLACEMENT_POSTCODE,
              HOME_POSTCODE, UNACCOMPANIED_ASYLUM_SEEKING, CensusCodes.PRIMARY_NEED, CensusCodes.REFERRAL_SOURCE))
      // Sent by a reported change (LookedAfterChange, kind leftCare) or a REST client: the day and the reason.
      .message(CHILD_LEFT_CARE, writes(LEFT_CARE_ON, LEFT_CARE_REASON));

  private LookedAfterChildProcess() {}
}
