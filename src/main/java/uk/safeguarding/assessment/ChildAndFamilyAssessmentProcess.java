package uk.safeguarding.assessment;

import static uk.safeguarding.assessment.ChildAndFamilyAssessmentProcess.Variables.*;
import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.CensusCodes.*;
import static uk.safeguarding.contract.ProcessContract.*;

import java.util.List;
import uk.safeguarding.contract.CaseFacts;
import uk.safeguarding.contract.ProcessContract;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.agency.WhoMayStart;

/**
 * The contract of the assessment diagram (processes/assessment/child-and-family-assessment.bpmn): the
 * child and family assessment under section 17, counted from the referral (standards.md 3.3,
 * CFA-01 to CFA-08).
 */
public final class ChildAndFamilyAssessmentProcess {

  public static final String KEY = "ChildAndFamilyAssessment";

  /** CFA-01: children's social care opens an assessment (the front door's referral starts it by itself). */
  public static final WhoMayStart WHO_MAY_START = new WhoMayStart(KEY, List.of(Agency.CSC_FRONT_DOOR, Agency.CSC_SOCIAL_WORKER, Agency.CSC_TEAM_MANAGER));
  /** CFA-07: the child in need plan (issue 7's pathway) starts from this message. */
  public static final String CHILD_IN_NEED_PLAN_MESSAGE = "ChildInNeedPlanRequested";
  /** CFA-07, EH-05: early help starts from this message. */
  public static final String EARLY_HELP_MESSAGE = "EarlyHelpRequested";

  public enum Element {
    ReferredForAssessment,
    Assessment,
    RecordFirstVisit,
    RecordFirstVisitNotDoneInTime,
    DecideGradedCareProfile,
    CompleteAssessment,
    EndorseAssessment,
    AssessmentCompleted,
    RaiseSignificantHarm,
    ReviewAssessmentProgress,
    ReviewAssessmentProgressNotDoneInTime,
    PastFamilyNetworkMeetingPoint,
    HoldFamilyNetworkMeeting,
    SignificantHarmApparent,
    StoppedForStrategyDiscussion,
    AssessmentNotCompletedInTime,
    NoFurtherAction,
    SteppedDownToEarlyHelp,
    ChildInNeedPlanRequested,
    StrategyDiscussionStarted
  }

  /** Variable names, in the words the social worker and the manager use. */
  public static final class Variables {
    public static final String CASE_REFERENCE = "caseReference";
    public static final String CHILD_NAME = "childName";
    public static final String CHILD_DATE_OF_BIRTH = "childDateOfBirth";
    public static final String HOUSEHOLD_MEMBERS = "householdMembers";

    public static final String REFERRAL_DATE = "referralDate";
    public static final String ASSESSMENT_REASON = "assessmentReason";
    public static final String ASSESSMENT_START_DATE = "assessmentStartDate";

    public static final String FIRST_VISIT_DATE = "firstVisitDate";
    public static final String CHILD_SEEN = "childSeen";
    public static final String CHILD_SEEN_ALONE = "childSeenAlone";
    public static final String NOT_SEEN_ALONE_REASON = "notSeenAloneReason";
    public static final String NEGLECT_CONCERNS = "neglectConcerns";

    public static final String GCP_PLANNING_MEETING_DATE = "gradedCareProfilePlanningMeetingDate";
    public static final String GCP_COMPLETED_BY = "gradedCareProfileCompletedBy";
    public static final String GCP_DUE_DATE = "gradedCareProfileDueDate";

    public static final String PROGRESS_NOTES = "assessmentProgressNotes";
    public static final String FINAL_COMPLETION_DATE = "assessmentFinalCompletionDate";
    public static final String FINAL_DATE_RATIONALE = "assessmentFinalDateRationale";
    /** CFA-03 target, or CFA-02's final completion date once the manager has set one: the write-up's due date. */
    public static final String COMPLETION_DUE_DATE = "assessmentCompletionDueDate";

    public static final String FAMILY_NETWORK_MEETING_DATE = "familyNetworkMeetingDate";
    public static final String FAMILY_NETWORK_ATTENDEES = "familyNetworkAttendees";
    public static final String FAMILY_NETWORK_OUTCOME = "familyNetworkMeetingOutcome";

    public static final String ASSESSMENT_SUMMARY = "assessmentSummary";
    public static final String CHILD_VIEWS = "childViews";
    public static final String ASSESSMENT_PLAN = "assessmentPlan";
    public static final String ASSESSMENT_OUTCOME = "assessmentOutcome";
    public static final String INVOLVED_AGENCIES = "involvedAgencies";
    public static final String ASSESSMENT_COMPLETED_AT = "assessmentCompletedAt";

    public static final String ENDORSED = "assessmentEndorsed";
    public static final String ENDORSEMENT_NOTES = "managerEndorsementNotes";
    public static final String AUTHORISED_AT = "assessmentAuthorisedAt";

    public static final String SIGNIFICANT_HARM_DETAILS = "significantHarmDetails";
    public static final String SIGNIFICANT_HARM_RAISED_AT = "significantHarmRaisedAt";

    /** DfE child in need census dates, typed Date at the London day. */
    public static final String CENSUS_REFERRAL_DATE = "censusReferralDate";
    /** The referring agency's group id, when the front door referred. */
    public static final String CENSUS_REFERRAL_SOURCE = "censusReferralSource";
    public static final String CENSUS_ASSESSMENT_START_DATE = "censusAssessmentStartDate";
    public static final String CENSUS_ASSESSMENT_AUTHORISATION_DATE = "censusAssessmentAuthorisationDate";

    private Variables() {}
  }

  /** CFA-07 outcomes. */
  public static final String NO_FURTHER_ACTION = "noFurtherAction";
  public static final String EARLY_HELP = "earlyHelp";
  public static final String CHILD_IN_NEED_PLAN = "childInNeedPlan";
  public static final String STRATEGY_DISCUSSION = "strategyDiscussion";
  public static final List<String> OUTCOMES = List.of(NO_FURTHER_ACTION, EARLY_HELP, CHILD_IN_NEED_PLAN, STRATEGY_DISCUSSION);

  /**
   * What each step shows and may write: a person's submission outside it is refused (contract
   * package, docs/architecture.md "A task's contract").
   */
  public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
      .declares(
          checklist(ASSESSMENT_FACTORS, codes(ASSESSMENT_FACTOR_CODES)),
          checklist(CHILD_DISABILITIES, codes(DISABILITY)),
          choice(CHILD_ETHNICITY, codes(ETHNICITY)),
          choice(CHILD_SEX, codes(SEX)),
          choice(PRIMARY_NEED, codes(PRIMARY_NEEDS)),
          choice(REFERRAL_SOURCE, codes(REFERRAL_SOURCES)),
          text(CHILD_UPN),
          checklist(INVOLVED_AGENCIES, "police", "health", "education", "early-help", "csc-social-worker", "housing",
              "adult-services", "probation", "camhs", "yos"),
          choice(ASSESSMENT_OUTCOME, OUTCOMES),
          date(FINAL_COMPLETION_DATE),
          date(FAMILY_NETWORK_MEETING_DATE),
          date(FIRST_VISIT_DATE),
          date(GCP_DUE_DATE),
          date(GCP_PLANNING_MEETING_DATE),
          date(REFERRAL_DATE),
          text(FINAL_DATE_RATIONALE),
          text(ASSESSMENT_PLAN),
          text(PROGRESS_NOTES),
          text(ASSESSMENT_REASON),
          text(ASSESSMENT_SUMMARY),
          text(CHILD_VIEWS),
          text(FAMILY_NETWORK_ATTENDEES),
          text(FAMILY_NETWORK_OUTCOME),
          text(GCP_COMPLETED_BY),
          text(ENDORSEMENT_NOTES),
          text(NOT_SEEN_ALONE_REASON),
          text(SIGNIFICANT_HARM_DETAILS),
          yesNo(ENDORSED),
          yesNo(CHILD_SEEN),
          yesNo(CHILD_SEEN_ALONE),
          yesNo(NEGLECT_CONCERNS))
      // The assessment's start and the write-up's due date (CFA-03, moved by CFA-02), when significant harm was raised
      // (CFA-05), completed and authorised; and the DfE census dates (the referral's come from the front door).
      .computes(ASSESSMENT_START_DATE, COMPLETION_DUE_DATE, SIGNIFICANT_HARM_RAISED_AT, ASSESSMENT_COMPLETED_AT,
          AUTHORISED_AT, CENSUS_REFERRAL_DATE, CENSUS_REFERRAL_SOURCE, CENSUS_ASSESSMENT_START_DATE,
          CENSUS_ASSESSMENT_AUTHORISATION_DATE)
      .start(Element.ReferredForAssessment, writes(CaseFacts.OPENING, REFERRAL_DATE, ASSESSMENT_REASON, REFERRAL_SOURCE))
      .task(Element.RecordFirstVisit,
          shows(REFERRAL_DATE, ASSESSMENT_REASON),
          writes(FIRST_VISIT_DATE, CHILD_SEEN, CHILD_SEEN_ALONE, NOT_SEEN_ALONE_REASON, NEGLECT_CONCERNS, CHILD_SEX,
              CHILD_ETHNICITY, CHILD_DISABILITIES, CHILD_UPN))
      .task(Element.DecideGradedCareProfile,
          shows(REFERRAL_DATE, ASSESSMENT_REASON),
          writes(GCP_PLANNING_MEETING_DATE, GCP_COMPLETED_BY, GCP_DUE_DATE))
      .task(Element.CompleteAssessment,
          shows(REFERRAL_DATE, ASSESSMENT_REASON, FIRST_VISIT_DATE, FAMILY_NETWORK_MEETING_DATE, FINAL_COMPLETION_DATE,
              FINAL_DATE_RATIONALE, ENDORSEMENT_NOTES),
          writes(ASSESSMENT_SUMMARY, CHILD_VIEWS, ASSESSMENT_OUTCOME, ASSESSMENT_PLAN, INVOLVED_AGENCIES, ASSESSMENT_FACTORS))
      .task(Element.EndorseAssessment,
          shows(REFERRAL_DATE, ASSESSMENT_REASON, ASSESSMENT_SUMMARY, CHILD_VIEWS, ASSESSMENT_PLAN, INVOLVED_AGENCIES),
          writes(ASSESSMENT_OUTCOME, ENDORSED, ENDORSEMENT_NOTES, PRIMARY_NEED))
      .task(Element.RaiseSignificantHarm,
          shows(REFERRAL_DATE, ASSESSMENT_REASON),
          writes(SIGNIFICANT_HARM_DETAILS))
      .task(Element.ReviewAssessmentProgress,
          shows(REFERRAL_DATE, ASSESSMENT_REASON, FIRST_VISIT_DATE, CHILD_SEEN_ALONE, NEGLECT_CONCERNS),
          writes(PROGRESS_NOTES, FINAL_COMPLETION_DATE, FINAL_DATE_RATIONALE))
      .task(Element.HoldFamilyNetworkMeeting,
          shows(REFERRAL_DATE, ASSESSMENT_REASON),
          writes(FAMILY_NETWORK_MEETING_DATE, FAMILY_NETWORK_ATTENDEES, FAMILY_NETWORK_OUTCOME));

  private ChildAndFamilyAssessmentProcess() {}
}
