package uk.safeguarding.earlyhelp;

import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;

import java.util.List;
import uk.safeguarding.contract.CaseFacts;
import uk.safeguarding.contract.ProcessContract;

/**
 * The contract of the early help diagram (processes/earlyhelp/early-help.bpmn): consent, the early
 * help assessment, Team Around the Child reviews and the step up to the front door (standards.md 3.2,
 * EH-01 to EH-05).
 */
public final class EarlyHelpProcess {

  public static final String KEY = "EarlyHelp";
  /** FD-04 and EH-05: the front door and a step down from social care start early help with this message. */
  public static final String REQUESTED_MESSAGE = "EarlyHelpRequested";
  /** EH-04: the step up raises a contact with the front door by the front door's own message. */
  public static final String STEP_UP_MESSAGE = "FrontDoorContactRequested";

  public enum Element {
    EarlyHelpOffered,
    EarlyHelpRequested,
    RecordEarlyHelpConsent,
    ClosedWithoutConsent,
    CompleteEarlyHelpAssessment,
    CompleteEarlyHelpAssessmentNotDoneInTime,
    NeedsMetAtAssessment,
    HoldTeamAroundTheChildReview,
    HoldTeamAroundTheChildReviewNotDoneInTime,
    EarlyHelpClosed,
    StepUpToFrontDoor,
    SteppedUp
  }

  /** Variable names, in the words the lead professional uses. */
  public static final class Variables {
    public static final String CASE_REFERENCE = "caseReference";
    public static final String CHILD_NAME = "childName";
    public static final String CHILD_DATE_OF_BIRTH = "childDateOfBirth";
    public static final String HOUSEHOLD_MEMBERS = "householdMembers";

    public static final String EARLY_HELP_REASON = "earlyHelpReason";
    public static final String EARLY_HELP_SOURCE = "earlyHelpSource";
    /** EH-05: what the child steps down from, and the social care plan that is early help's input. */
    public static final String STEP_DOWN_FROM = "stepDownFrom";
    public static final String SOCIAL_CARE_PLAN_SUMMARY = "socialCarePlanSummary";
    public static final String STARTED_AT = "earlyHelpStartedAt";
    public static final String CHILD_CONSENT_NEEDED = "childConsentNeeded";

    public static final String PARENTS_CONSENT = "parentsConsent";
    public static final String CHILD_CONSENT = "childConsent";
    public static final String NO_CONSENT_REASON = "noConsentReason";
    public static final String CONSENT_DATE = "earlyHelpConsentDate";
    public static final String NEXT_STEP = "earlyHelpNextStep";

    public static final String ASSESSMENT_SUMMARY = "earlyHelpAssessmentSummary";
    public static final String CHILD_VIEWS = "childViews";
    public static final String PLAN = "earlyHelpPlan";
    public static final String TEAM_AROUND_THE_CHILD = "teamAroundTheChildAgencies";
    public static final String ASSESSMENT_COMPLETED_AT = "earlyHelpAssessmentCompletedAt";
    public static final String LAST_MEETING_DATE = "lastTeamAroundTheChildMeetingDate";
    public static final String MEETING_DATE = "teamAroundTheChildMeetingDate";
    public static final String REVIEW_PROGRESS = "reviewProgress";
    public static final String CLOSURE_REASON = "earlyHelpClosureReason";

    public static final String STEP_UP_REASON = "stepUpReason";
    public static final String STEP_UP_AT = "earlyHelpStepUpAt";

    private Variables() {}
  }

  public static final String FROM_FRONT_DOOR = "frontDoor";
  public static final String FROM_STEP_DOWN = "stepDown";
  public static final String FROM_LEAD_PROFESSIONAL = "leadProfessional";
  /** EH-05: the social care plans a child steps down from. */
  public static final List<String> STEP_DOWN_FROM = List.of("childAndFamilyAssessment", "childInNeedPlan", "childProtectionPlan");

  public static final String ASSESSMENT = "assessment";
  public static final String TEAM_AROUND_THE_CHILD = "teamAroundTheChild";
  public static final String CONTINUE = "continue";
  public static final String CLOSE = "close";
  public static final String STEP_UP = "stepUp";
  public static final List<String> WITHOUT_CONSENT = List.of(CLOSE, STEP_UP);
  public static final List<String> AFTER_ASSESSMENT = List.of(TEAM_AROUND_THE_CHILD, CLOSE, STEP_UP);
  public static final List<String> AFTER_REVIEW = List.of(CONTINUE, CLOSE, STEP_UP);

  /** EH-04: what a step up passes on to the front door: the fields every contact needs (FD-01, FD-02). */
  public static final List<String> CONTACT_FIELDS = List.of("screeningTool", "referrerRiskView", "levelOfNeed",
      "immediateRiskIndicators", "parentalConsent", "consentNotSoughtReason", "domesticAbuseRiskFactors");

  /**
   * What each step shows and may write: a person's submission outside it is refused (contract
   * package, docs/architecture.md "A task's contract").
   */
  public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
      .declares(
          checklist("domesticAbuseRiskFactors", "historyOfDomesticAbuse", "offenderHistoryOfViolence", "separation", "threatsToKill", "obsessiveOrIsolatingBehaviour", "perpetratorDepressed", "escalation", "victimFearful", "perpetratorSuicideThreats", "mentalHealth", "pregnancy", "none"),
          checklist("immediateRiskIndicators", "injuryOrHarmNow", "sexualAbuseDisclosed", "childAloneOrAbandoned", "threatToKill", "missingAndAtRisk", "none"),
          checklist("teamAroundTheChildAgencies", "police", "health", "education", "early-help", "csc-social-worker", "housing", "adult-services", "probation", "camhs", "yos"),
          // "assessment" is never chosen in a form: the consent gate sets it when consent is given (each step's
          // gate still refuses a next step that is not its own: WITHOUT_CONSENT, AFTER_ASSESSMENT, AFTER_REVIEW).
          choice("earlyHelpNextStep", "assessment", "teamAroundTheChild", "close", "stepUp", "continue"),
          choice("levelOfNeed", "1", "2", "3", "4"),
          choice("screeningTool", "continuumOfNeed", "neglectScreeningTool", "domesticAbuseRiskChecklist", "exploitationScreeningTool", "signsOfSafetyMapping", "otherScreeningTool"),
          date("teamAroundTheChildMeetingDate"),
          text("childViews"),
          text("consentNotSoughtReason"),
          text("earlyHelpAssessmentSummary"),
          text("earlyHelpClosureReason"),
          text("earlyHelpPlan"),
          text("earlyHelpReason"),
          text("noConsentReason"),
          text("referrerRiskView"),
          text("reviewProgress"),
          text("stepUpReason"),
          yesNo("childConsent"),
          yesNo("parentalConsent"),
          yesNo("parentsConsent"))
      .start(Element.EarlyHelpOffered, writes(CaseFacts.OPENING, "earlyHelpReason"))
      .message("EarlyHelpRequested", writes(CaseFacts.OPENING, "earlyHelpReason"))
      .task(Element.RecordEarlyHelpConsent, shows("earlyHelpReason", "stepDownFrom", "socialCarePlanSummary"), writes("parentsConsent", "childConsent", "earlyHelpNextStep", "noConsentReason"))
      .task(Element.CompleteEarlyHelpAssessment, shows("earlyHelpReason", "stepDownFrom", "socialCarePlanSummary"), writes("earlyHelpAssessmentSummary", "childViews", "earlyHelpNextStep", "earlyHelpPlan", "teamAroundTheChildAgencies", "earlyHelpClosureReason", "stepUpReason"))
      .task(Element.HoldTeamAroundTheChildReview, shows("earlyHelpReason", "stepDownFrom", "socialCarePlanSummary", "earlyHelpPlan", "teamAroundTheChildAgencies", "lastTeamAroundTheChildMeetingDate"), writes("teamAroundTheChildMeetingDate", "reviewProgress", "earlyHelpNextStep", "earlyHelpClosureReason", "stepUpReason"))
      .task(Element.StepUpToFrontDoor, shows("earlyHelpReason", "stepDownFrom", "socialCarePlanSummary"), writes("stepUpReason", "screeningTool", "referrerRiskView", "levelOfNeed", "immediateRiskIndicators", "parentalConsent", "consentNotSoughtReason", "domesticAbuseRiskFactors"));

  private EarlyHelpProcess() {}
}
