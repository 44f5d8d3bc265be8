package uk.safeguarding.earlyhelp;

import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;
import static uk.safeguarding.earlyhelp.EarlyHelpProcess.Variables.*;

import java.util.List;
import uk.safeguarding.contract.CaseFacts;
import uk.safeguarding.contract.ProcessContract;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.agency.WhoMayStart;

/**
 * The contract of the early help diagram (processes/earlyhelp/early-help.bpmn): consent, the early
 * help assessment, Team Around the Child reviews and the step up to the front door (standards.md 3.2,
 * EH-01 to EH-05).
 */
public final class EarlyHelpProcess {

  public static final String KEY = "EarlyHelp";

  /**
   * EH-01: the agency that recognises unmet needs starts early help (seed 002 Standard 2): early help,
   * schools, health, and children's social care stepping down.
   */
  public static final WhoMayStart WHO_MAY_START = new WhoMayStart(KEY, List.of(Agency.EARLY_HELP, Agency.EDUCATION, Agency.HEALTH, Agency.CSC_FRONT_DOOR, Agency.CSC_SOCIAL_WORKER, Agency.CSC_TEAM_MANAGER));
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
          checklist("domesticAbuseRiskFactors", "historyOfDomesticAbuse", "offenderHistoryOfViolence", "separation",
              "threatsToKill", "obsessiveOrIsolatingBehaviour", "perpetratorDepressed", "escalation", "victimFearful",
              "perpetratorSuicideThreats", "mentalHealth", "pregnancy", "none"),
          checklist("immediateRiskIndicators", "injuryOrHarmNow", "sexualAbuseDisclosed", "childAloneOrAbandoned",
              "threatToKill", "missingAndAtRisk", "none"),
          checklist(Variables.TEAM_AROUND_THE_CHILD, "police", "health", "education", "early-help", "csc-social-worker",
              "housing", "adult-services", "probation", "camhs", "yos"),
          // "assessment" is never chosen in a form: the consent gate sets it when consent is given (each step's
          // gate still refuses a next step that is not its own: WITHOUT_CONSENT, AFTER_ASSESSMENT, AFTER_REVIEW).
          choice(NEXT_STEP, "assessment", "teamAroundTheChild", "close", "stepUp", "continue"),
          choice(EARLY_HELP_SOURCE, FROM_FRONT_DOOR, FROM_STEP_DOWN, FROM_LEAD_PROFESSIONAL),
          choice("levelOfNeed", "1", "2", "3", "4"),
          choice("screeningTool", "continuumOfNeed", "neglectScreeningTool", "domesticAbuseRiskChecklist",
              "exploitationScreeningTool", "signsOfSafetyMapping", "otherScreeningTool"),
          choice(Variables.STEP_DOWN_FROM, STEP_DOWN_FROM),
          date(MEETING_DATE),
          text(CHILD_VIEWS),
          text("consentNotSoughtReason"),
          text(ASSESSMENT_SUMMARY),
          text(CLOSURE_REASON),
          text(PLAN),
          text(EARLY_HELP_REASON),
          text(NO_CONSENT_REASON),
          text("referrerRiskView"),
          text(REVIEW_PROGRESS),
          text(SOCIAL_CARE_PLAN_SUMMARY),
          text(STEP_UP_REASON),
          yesNo(CHILD_CONSENT),
          yesNo("parentalConsent"),
          yesNo(PARENTS_CONSENT))
      // When early help started, was consented to (EH-02), assessed and last reviewed (EH-03), or stepped up (EH-04),
      // and whether the child is old enough to consent. earlyHelpSource is not here: the message carries it, and the
      // start gate fills it in when nobody did.
      .computes(STARTED_AT, CHILD_CONSENT_NEEDED, CONSENT_DATE, ASSESSMENT_COMPLETED_AT, LAST_MEETING_DATE, STEP_UP_AT)
      .start(Element.EarlyHelpOffered, writes(CaseFacts.OPENING, EARLY_HELP_REASON))
      // Sent by the front door (FD-04) and by a step down from the assessment or the child in need plan (EH-05).
      .message(REQUESTED_MESSAGE,
          writes(CaseFacts.OPENING, EARLY_HELP_REASON, EARLY_HELP_SOURCE, Variables.STEP_DOWN_FROM,
              SOCIAL_CARE_PLAN_SUMMARY))
      .task(Element.RecordEarlyHelpConsent,
          shows(EARLY_HELP_REASON, Variables.STEP_DOWN_FROM, SOCIAL_CARE_PLAN_SUMMARY),
          writes(PARENTS_CONSENT, CHILD_CONSENT, NEXT_STEP, NO_CONSENT_REASON))
      .task(Element.CompleteEarlyHelpAssessment,
          shows(EARLY_HELP_REASON, Variables.STEP_DOWN_FROM, SOCIAL_CARE_PLAN_SUMMARY),
          writes(ASSESSMENT_SUMMARY, CHILD_VIEWS, NEXT_STEP, PLAN, Variables.TEAM_AROUND_THE_CHILD, CLOSURE_REASON,
              STEP_UP_REASON))
      .task(Element.HoldTeamAroundTheChildReview,
          shows(EARLY_HELP_REASON, Variables.STEP_DOWN_FROM, SOCIAL_CARE_PLAN_SUMMARY, PLAN,
              Variables.TEAM_AROUND_THE_CHILD, LAST_MEETING_DATE),
          writes(MEETING_DATE, REVIEW_PROGRESS, NEXT_STEP, CLOSURE_REASON, STEP_UP_REASON))
      .task(Element.StepUpToFrontDoor,
          shows(EARLY_HELP_REASON, Variables.STEP_DOWN_FROM, SOCIAL_CARE_PLAN_SUMMARY),
          writes(STEP_UP_REASON, CONTACT_FIELDS));

  private EarlyHelpProcess() {}
}
