package uk.safeguarding.strategy;

import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;
import static uk.safeguarding.strategy.StrategyDiscussionProcess.Variables.*;

import java.util.List;
import uk.safeguarding.contract.CaseFacts;
import uk.safeguarding.contract.ProcessContract;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.agency.WhoMayStart;

/**
 * The contract of the strategy discussion diagram (processes/strategy/strategy-discussion.bpmn): its
 * key, the ids of its elements and the variables it reads and writes. Tests and delegates use these
 * names, so a renamed element breaks the build rather than a case.
 */
public final class StrategyDiscussionProcess {

  public static final String KEY = "StrategyDiscussion";

  /** Children's social care opens a strategy discussion: the social worker, the manager or the front door. */
  public static final WhoMayStart WHO_MAY_START = new WhoMayStart(KEY, List.of(Agency.CSC_SOCIAL_WORKER, Agency.CSC_TEAM_MANAGER, Agency.CSC_FRONT_DOOR));

  public enum Element {
    ReasonableCauseToSuspectHarm,
    ConveneStrategyDiscussion,
    StrategyDiscussionNotConvenedInTime,
    Sd01BreachRecorded,
    CheckInvitationsAndTiming,
    ContributeToStrategyDiscussion,
    RecordStrategyDiscussion,
    StrategyDiscussionNotRecordedInTime,
    Rec01BreachRecorded,
    ReferToLado,
    Section47Enquiry,
    NoSection47Enquiry,
    Section47EnquiryConcluded,
    InitialConferenceRequested,
    InitialChildProtectionConference,
    ConferencePathwayConcluded,
    LadoReferralConcluded,
    NoLadoReferral
  }

  /** Variable names, in the words a practitioner uses. */
  public static final class Variables {
    public static final String CASE_REFERENCE = "caseReference";
    public static final String CHILD_NAME = "childName";
    public static final String CHILD_DATE_OF_BIRTH = "childDateOfBirth";
    public static final String HOUSEHOLD_MEMBERS = "householdMembers";
    public static final String CONCERN = "concern";
    public static final String CONCERN_RAISED_DATE = "concernRaisedDate";
    public static final String REFERRER_AGENCY = "referrerAgency";
    /** DfE child in need census: a discussion opened by hand is a referral on the day the concern arose. */
    public static final String CENSUS_REFERRAL_DATE = "censusReferralDate";
    public static final String CENSUS_REFERRAL_SOURCE = "censusReferralSource";
    public static final String CHILD_LOOKED_AFTER = "childLookedAfter";
    public static final String CHILD_IN_EDUCATION = "childInEducation";

    public static final String STRATEGY_DISCUSSION_DATE = "strategyDiscussionDate";
    public static final String DISCUSSION_FORMAT = "discussionFormat";
    public static final String COMPLEXITY_FACTORS = "complexityFactors";
    public static final String INVITED_AGENCIES = "invitedAgencies";
    public static final String MISSING_MANDATORY_AGENCIES = "missingMandatoryAgencies";

    public static final String AGENCY = "agency";
    public static final String AGENCY_INFORMATION = "agencyInformation";
    public static final String AGENCY_RISK_ANALYSIS = "agencyRiskAnalysis";
    public static final String AGENCY_CONTRIBUTIONS = "agencyContributions";

    public static final String DECISIONS = "decisions";
    public static final String DECISION_RATIONALE = "decisionRationale";
    public static final String AGREED_ACTIONS = "agreedActions";
    public static final String HOUSEHOLD_CHILDREN_CONSIDERED = "householdChildrenConsidered";
    public static final String STRATEGY_OUTCOME = "strategyOutcome";
    public static final String NEXT_STEP = "nextStep";
    public static final String PARENTS_TO_BE_INFORMED = "parentsToBeInformed";
    public static final String PARENTS_NOT_INFORMED_REASON = "parentsNotInformedReason";
    public static final String CONCERN_ABOUT_PERSON_WORKING_WITH_CHILDREN = "concernAboutPersonWorkingWithChildren";
    public static final String LADO_CONCERN_DETAILS = "ladoConcernDetails";
    public static final String STRATEGY_DISCUSSION_RECORDED_BY = "strategyDiscussionRecordedBy";

    private Variables() {}
  }

  public static final String FORMAT_MEETING = "meeting";
  public static final List<String> FORMATS = List.of(FORMAT_MEETING, "call");
  public static final String OUTCOME_SECTION_47 = "section47";
  public static final String OUTCOME_NO_SECTION_47 = "noSection47";
  public static final List<String> OUTCOMES = List.of(OUTCOME_SECTION_47, OUTCOME_NO_SECTION_47);
  /** SD-08: where a strategy discussion that decides against s47 sends the child. */
  public static final List<String> NEXT_STEPS = List.of("childAndFamilyAssessment", "childInNeedPlan", "noFurtherAction");
  /** SD-03: the cases in which the discussion must be a meeting. */
  public static final List<String> MEETING_REQUIRED_FACTORS = List.of(
      "multipleOrOrganisedAbuse", "fabricatedOrInducedIllness", "complexConcerns", "childDeathWithSurvivingSiblings");

  /**
   * What each step shows and may write: a person's submission outside it is refused (contract
   * package, docs/architecture.md "A task's contract").
   */
  public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
      .declares(
          checklist(COMPLEXITY_FACTORS, MEETING_REQUIRED_FACTORS),
          checklist(INVITED_AGENCIES, "csc-social-worker", "police", "health", "education", "fostering",
              "early-help", "probation", "housing", "adult-services", "yos", "camhs"),
          checklist("ladoCriteria", "harmedChild", "offenceAgainstOrRelatedToChild", "behaviourIndicatingRisk"),
          checklist("ladoSettings", "workplace", "community", "homeAndSocialLife"),
          choice(DISCUSSION_FORMAT, FORMATS),
          choice(NEXT_STEP, NEXT_STEPS),
          choice(REFERRER_AGENCY, "csc-front-door", "police", "health", "education", "early-help", "probation",
              "housing", "adult-services", "yos", "camhs", "other"),
          choice(STRATEGY_OUTCOME, OUTCOMES),
          date(CONCERN_RAISED_DATE),
          date(STRATEGY_DISCUSSION_DATE),
          text("adultName"),
          text("adultRole"),
          text(AGENCY_INFORMATION),
          text(AGENCY_RISK_ANALYSIS),
          text(AGREED_ACTIONS),
          text(CONCERN),
          text(DECISION_RATIONALE),
          text(DECISIONS),
          text(LADO_CONCERN_DETAILS),
          text("noSection47Rationale"),
          text(PARENTS_NOT_INFORMED_REASON),
          yesNo(CHILD_IN_EDUCATION),
          yesNo(CHILD_LOOKED_AFTER),
          yesNo(CONCERN_ABOUT_PERSON_WORKING_WITH_CHILDREN),
          yesNo(HOUSEHOLD_CHILDREN_CONSIDERED),
          yesNo(PARENTS_TO_BE_INFORMED))
      // Who opened and recorded it, the key agencies not invited (SD-02), each invited agency's task and what
      // every agency contributed (SD-06); and the conference's due date the section 47 enquiry hands back (ICPC-01).
      .computes("strategyDiscussionRequestedBy", MISSING_MANDATORY_AGENCIES, AGENCY, AGENCY_CONTRIBUTIONS,
          STRATEGY_DISCUSSION_RECORDED_BY, Section47EnquiryProcess.Variables.INITIAL_CONFERENCE_DUE_DATE,
          Variables.CENSUS_REFERRAL_DATE, Variables.CENSUS_REFERRAL_SOURCE)
      .start(Element.ReasonableCauseToSuspectHarm,
          writes(CaseFacts.OPENING, CHILD_IN_EDUCATION, CHILD_LOOKED_AFTER, CONCERN, CONCERN_RAISED_DATE,
              REFERRER_AGENCY))
      .task(Element.ConveneStrategyDiscussion,
          shows(CONCERN_RAISED_DATE, CONCERN),
          writes(STRATEGY_DISCUSSION_DATE, COMPLEXITY_FACTORS, DISCUSSION_FORMAT, INVITED_AGENCIES))
      .task(Element.ContributeToStrategyDiscussion,
          shows(STRATEGY_DISCUSSION_DATE, CONCERN, AGENCY),
          writes(AGENCY_INFORMATION, AGENCY_RISK_ANALYSIS))
      .task(Element.RecordStrategyDiscussion,
          shows(STRATEGY_DISCUSSION_DATE, AGENCY_CONTRIBUTIONS),
          writes(DECISIONS, DECISION_RATIONALE, AGREED_ACTIONS, HOUSEHOLD_CHILDREN_CONSIDERED, STRATEGY_OUTCOME,
              "noSection47Rationale", NEXT_STEP, PARENTS_TO_BE_INFORMED, PARENTS_NOT_INFORMED_REASON,
              CONCERN_ABOUT_PERSON_WORKING_WITH_CHILDREN, "adultName", "adultRole", "ladoCriteria", "ladoSettings",
              LADO_CONCERN_DETAILS));

  private StrategyDiscussionProcess() {}
}
