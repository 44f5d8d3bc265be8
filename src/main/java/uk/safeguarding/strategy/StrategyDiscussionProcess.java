package uk.safeguarding.strategy;

import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;

import java.util.List;
import uk.safeguarding.contract.CaseFacts;
import uk.safeguarding.contract.ProcessContract;

/**
 * The contract of the strategy discussion diagram (processes/strategy/strategy-discussion.bpmn): its
 * key, the ids of its elements and the variables it reads and writes. Tests and delegates use these
 * names, so a renamed element breaks the build rather than a case.
 */
public final class StrategyDiscussionProcess {

  public static final String KEY = "StrategyDiscussion";

  public enum Element {
    ReasonableCauseToSuspectHarm,
    ConveneStrategyDiscussion,
    StrategyDiscussionNotConvenedInTime,
    RecordStrategyDiscussionLateBreach,
    CheckInvitationsAndTiming,
    ContributeToStrategyDiscussion,
    RecordStrategyDiscussion,
    StrategyDiscussionNotRecordedInTime,
    RecordStrategyDiscussionRecordingBreach,
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
          checklist("complexityFactors", "multipleOrOrganisedAbuse", "fabricatedOrInducedIllness", "complexConcerns", "childDeathWithSurvivingSiblings"),
          checklist("invitedAgencies", "csc-social-worker", "police", "health", "education", "fostering", "early-help", "probation", "housing", "adult-services", "yos", "camhs"),
          checklist("ladoCriteria", "harmedChild", "offenceAgainstOrRelatedToChild", "behaviourIndicatingRisk"),
          checklist("ladoSettings", "workplace", "community", "homeAndSocialLife"),
          choice("discussionFormat", "meeting", "call"),
          choice("nextStep", "childAndFamilyAssessment", "childInNeedPlan", "noFurtherAction"),
          choice("referrerAgency", "csc-front-door", "police", "health", "education", "early-help", "probation", "housing", "adult-services", "yos", "camhs", "other"),
          choice("strategyOutcome", "section47", "noSection47"),
          date("concernRaisedDate"),
          date("strategyDiscussionDate"),
          text("adultName"),
          text("adultRole"),
          text("agencyInformation"),
          text("agencyRiskAnalysis"),
          text("agreedActions"),
          text("concern"),
          text("decisionRationale"),
          text("decisions"),
          text("ladoConcernDetails"),
          text("noSection47Rationale"),
          text("parentsNotInformedReason"),
          yesNo("childInEducation"),
          yesNo("childLookedAfter"),
          yesNo("concernAboutPersonWorkingWithChildren"),
          yesNo("householdChildrenConsidered"),
          yesNo("parentsToBeInformed"))
      .start(Element.ReasonableCauseToSuspectHarm, writes(CaseFacts.OPENING, "childInEducation", "childLookedAfter", "concern", "concernRaisedDate", "referrerAgency"))
      .task(Element.ConveneStrategyDiscussion, shows("concernRaisedDate", "concern"), writes("strategyDiscussionDate", "complexityFactors", "discussionFormat", "invitedAgencies"))
      .task(Element.ContributeToStrategyDiscussion, shows("strategyDiscussionDate", "concern", "agency"), writes("agencyInformation", "agencyRiskAnalysis"))
      .task(Element.RecordStrategyDiscussion, shows("strategyDiscussionDate", "agencyContributions"), writes("decisions", "decisionRationale", "agreedActions", "householdChildrenConsidered", "strategyOutcome", "noSection47Rationale", "nextStep", "parentsToBeInformed", "parentsNotInformedReason", "concernAboutPersonWorkingWithChildren", "adultName", "adultRole", "ladoCriteria", "ladoSettings", "ladoConcernDetails"));

  private StrategyDiscussionProcess() {}
}
