package uk.safeguarding.frontdoor;

import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;

import java.util.List;
import uk.safeguarding.contract.CaseFacts;
import uk.safeguarding.contract.ProcessContract;

/**
 * The contract of the front door diagram (processes/frontdoor/contact.bpmn) and its decision table
 * (contact-threshold.dmn): a contact about a child, from any agency, to the front door's decision and
 * the pathway it hands the child on to (standards.md 3.1, FD-01 to FD-07).
 */
public final class ContactProcess {

  public static final String KEY = "Contact";
  /** EH-04: another pathway (early help stepping up) raises a contact with this message. */
  public static final String CONTACT_REQUESTED_MESSAGE = "FrontDoorContactRequested";
  public static final String DECISION_KEY = "ContactThreshold";
  /** FD-05: the child protection plan process (conference pathway); an open one is a running instance of it. */
  public static final String CHILD_PROTECTION_PLAN_KEY = "ChildProtectionPlan";

  public enum Element {
    ContactReceived,
    ContactRequested,
    CheckOpenChildProtectionPlan,
    TellAllocatedWorker,
    TellAllocatedWorkerNotDoneInTime,
    NoOpenPlan,
    AllocatedWorkerTold,
    SuggestContactOutcome,
    DecideOnContact,
    DecideOnContactNotDoneInTime,
    CarryOutConsultationAction,
    AdviceGiven,
    EarlyHelpOffered,
    ReferredForAssessment,
    StrategyDiscussionStarted,
    NoteContactOutcome,
    OutcomeNoted,
    EscalationRaised
  }

  /** Variable names, in the words the referrer and the front door use. */
  public static final class Variables {
    public static final String CASE_REFERENCE = "caseReference";
    public static final String CHILD_NAME = "childName";
    public static final String CHILD_DATE_OF_BIRTH = "childDateOfBirth";
    public static final String HOUSEHOLD_MEMBERS = "householdMembers";

    public static final String REFERRER_AGENCY = "referrerAgency";
    public static final String REFERRER_AGENCY_NAME = "referrerAgencyName";
    public static final String REFERRER_NAME = "referrerName";
    public static final String SCREENING_TOOL = "screeningTool";
    public static final String CONTACT_FACTS = "contactFacts";
    public static final String REFERRER_RISK_VIEW = "referrerRiskView";
    public static final String LEVEL_OF_NEED = "levelOfNeed";
    public static final String IMMEDIATE_RISK_INDICATORS = "immediateRiskIndicators";
    public static final String PARENTAL_CONSENT = "parentalConsent";
    public static final String CONSENT_NOT_SOUGHT_REASON = "consentNotSoughtReason";
    public static final String DOMESTIC_ABUSE_RISK_FACTORS = "domesticAbuseRiskFactors";
    public static final String CONTACT_SOURCE = "contactSource";
    public static final String CONTACT_RECEIVED_AT = "contactReceivedAt";
    public static final String CONTACT_RECEIVED_BY = "contactReceivedBy";
    /** DMN inputs worked out from the checklists. */
    public static final String IMMEDIATE_RISK = "immediateRisk";
    public static final String DOMESTIC_ABUSE_RISK = "domesticAbuseRisk";

    public static final String OPEN_CHILD_PROTECTION_PLAN = "openChildProtectionPlan";
    public static final String ALLOCATED_WORKER_RESPONSE = "allocatedWorkerResponse";
    public static final String ALLOCATED_WORKER_TOLD_AT = "allocatedWorkerToldAt";

    public static final String SUGGESTED_OUTCOME = "suggestedOutcome";
    public static final String SUGGESTION_REASON = "suggestionReason";
    public static final String CONTACT_OUTCOME = "contactOutcome";
    public static final String DECISION_RATIONALE = "contactDecisionRationale";
    public static final String OVERRIDE_RATIONALE = "contactOverrideRationale";
    public static final String FOLLOWED_SUGGESTION = "contactFollowedSuggestion";
    public static final String CONSULTATION_ACTIONS = "consultationActions";
    public static final String CONSULTATION_ACTION = "consultationAction";
    public static final String CONSULTATION_ACTION_DONE = "consultationActionDone";
    public static final String CONTACT_DECIDED_AT = "contactDecidedAt";
    public static final String CONTACT_DECIDED_BY = "contactDecidedBy";

    public static final String REFERRER_DISAGREES = "referrerDisagrees";
    public static final String OUTCOME_NOTED_AT = "contactOutcomeNotedAt";

    /** DfE child in need census: the date of the referral to children's social care. */
    public static final String CENSUS_REFERRAL_DATE = "censusReferralDate";
    public static final String CENSUS_REFERRAL_SOURCE = "censusReferralSource";

    private Variables() {}
  }

  /** FD-01: the screening tools a referrer may have used (seed 002 Standard 3, seed 003). */
  public static final List<String> SCREENING_TOOLS = List.of("continuumOfNeed", "neglectScreeningTool",
      "domesticAbuseRiskChecklist", "exploitationScreeningTool", "signsOfSafetyMapping", "otherScreeningTool");
  /** FD-04: the immediate-risk indicators; 'none' says the referrer looked and found none. */
  public static final String NONE = "none";
  public static final List<String> IMMEDIATE_RISK_INDICATORS = List.of("injuryOrHarmNow", "sexualAbuseDisclosed",
      "childAloneOrAbandoned", "threatToKill", "missingAndAtRisk", NONE);
  /** FD-02: the domestic abuse risk factors every contact is screened for (seed 004 "Advice, Support & Consultation"). */
  public static final List<String> DOMESTIC_ABUSE_RISK_FACTORS = List.of("historyOfDomesticAbuse", "offenderHistoryOfViolence",
      "separation", "threatsToKill", "obsessiveOrIsolatingBehaviour", "perpetratorDepressed", "escalation",
      "victimFearful", "perpetratorSuicideThreats", "mentalHealth", "pregnancy", NONE);
  public static final List<String> LEVELS_OF_NEED = List.of("1", "2", "3", "4");

  /** FD-04 outcomes. */
  public static final String ADVICE = "advice";
  public static final String EARLY_HELP = "earlyHelp";
  public static final String CHILD_AND_FAMILY_ASSESSMENT = "childAndFamilyAssessment";
  public static final String IMMEDIATE_STRATEGY_DISCUSSION = "immediateStrategyDiscussion";
  public static final List<String> OUTCOMES = List.of(ADVICE, EARLY_HELP, CHILD_AND_FAMILY_ASSESSMENT, IMMEDIATE_STRATEGY_DISCUSSION);

  /**
   * What each step shows and may write: a person's submission outside it is refused (contract
   * package, docs/architecture.md "A task's contract").
   */
  public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
      .declares(
          checklist("domesticAbuseRiskFactors", "historyOfDomesticAbuse", "offenderHistoryOfViolence", "separation", "threatsToKill", "obsessiveOrIsolatingBehaviour", "perpetratorDepressed", "escalation", "victimFearful", "perpetratorSuicideThreats", "mentalHealth", "pregnancy", "none"),
          checklist("immediateRiskIndicators", "injuryOrHarmNow", "sexualAbuseDisclosed", "childAloneOrAbandoned", "threatToKill", "missingAndAtRisk", "none"),
          choice("childSafety", "confirmedSafe", "immediateRisk"),
          choice("contactOutcome", "advice", "earlyHelp", "childAndFamilyAssessment", "immediateStrategyDiscussion"),
          choice("levelOfNeed", "1", "2", "3", "4"),
          choice("referrerAgency", "education", "health", "police", "early-help", "housing", "adult-services", "probation", "camhs", "yos", "csc-social-worker"),
          choice("screeningTool", "continuumOfNeed", "neglectScreeningTool", "domesticAbuseRiskChecklist", "exploitationScreeningTool", "signsOfSafetyMapping", "otherScreeningTool"),
          text("allocatedWorkerResponse"),
          text("consentNotSoughtReason"),
          text("consultationActionDone"),
          text("consultationActions"),
          text("contactDecisionRationale"),
          text("contactFacts"),
          text("contactOverrideRationale"),
          text("disagreementIssue"),
          text("immediateRiskDetails"),
          text("raisingAgencyPosition"),
          text("referrerName"),
          text("referrerRiskView"),
          yesNo("parentalConsent"),
          yesNo("referrerDisagrees"))
      .start(Element.ContactReceived, writes(CaseFacts.OPENING, "referrerAgency", "referrerName", "screeningTool", "contactFacts", "referrerRiskView", "levelOfNeed", "immediateRiskIndicators", "parentalConsent", "consentNotSoughtReason", "domesticAbuseRiskFactors"))
      .message("FrontDoorContactRequested", writes(CaseFacts.OPENING, "referrerAgency", "referrerName", "screeningTool", "contactFacts", "referrerRiskView", "levelOfNeed", "immediateRiskIndicators", "parentalConsent", "consentNotSoughtReason", "domesticAbuseRiskFactors"))
      .task(Element.TellAllocatedWorker, shows("referrerAgencyName", "referrerName", "contactFacts", "referrerRiskView", "immediateRiskIndicators"), writes("allocatedWorkerResponse"))
      .task(Element.DecideOnContact, shows("suggestedOutcome", "suggestionReason", "referrerAgencyName", "referrerName", "contactFacts", "referrerRiskView", "levelOfNeed", "immediateRiskIndicators", "parentalConsent", "consentNotSoughtReason", "domesticAbuseRiskFactors"), writes("contactOutcome", "contactDecisionRationale", "contactOverrideRationale", "consultationActions"))
      .task(Element.CarryOutConsultationAction, shows("consultationAction", "contactDecisionRationale"), writes("consultationActionDone"))
      .task(Element.NoteContactOutcome, shows("contactOutcome", "contactDecisionRationale", "consultationActions"), writes("referrerDisagrees", "disagreementIssue", "raisingAgencyPosition", "childSafety", "immediateRiskDetails"));

  private ContactProcess() {}
}
