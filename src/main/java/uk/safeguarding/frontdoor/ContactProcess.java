package uk.safeguarding.frontdoor;

import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.CensusCodes.*;
import static uk.safeguarding.contract.ProcessContract.*;
import static uk.safeguarding.escalation.ProfessionalDisagreementProcess.Variables.CHILD_SAFETY;
import static uk.safeguarding.escalation.ProfessionalDisagreementProcess.Variables.DISAGREEMENT_ISSUE;
import static uk.safeguarding.escalation.ProfessionalDisagreementProcess.Variables.IMMEDIATE_RISK_DETAILS;
import static uk.safeguarding.escalation.ProfessionalDisagreementProcess.Variables.RAISING_AGENCY_POSITION;
import static uk.safeguarding.frontdoor.ContactProcess.Variables.*;

import java.util.List;
import uk.safeguarding.contract.CaseFacts;
import uk.safeguarding.contract.CensusCodes;
import uk.safeguarding.contract.ProcessContract;
import uk.safeguarding.escalation.ProfessionalDisagreementProcess;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.agency.WhoMayStart;

/**
 * The contract of the front door diagram (processes/frontdoor/contact.bpmn) and its decision table
 * (contact-threshold.dmn): a contact about a child, from any agency, to the front door's decision and
 * the pathway it hands the child on to (standards.md 3.1, FD-01 to FD-07).
 */
public final class ContactProcess {

  public static final String KEY = "Contact";

  /** FD-01: any agency's practitioner records a contact about a child. */
  public static final WhoMayStart WHO_MAY_START = new WhoMayStart(KEY, List.of(Agency.values()));
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
    /**
     * FD-03 and FD-05 count from here: the receipt, or for a contact received outside the front door's office
     * hours (the profile's officeHours) the next opening.
     */
    public static final String CONTACT_CLOCK_STARTS_AT = "contactClockStartsAt";
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
          checklist(CHILD_DISABILITIES, codes(DISABILITY)),
          choice(CHILD_ETHNICITY, codes(ETHNICITY)),
          choice(CHILD_SEX, codes(SEX)),
          choice(REFERRAL_SOURCE, codes(REFERRAL_SOURCES)),
          text(CHILD_UPN),
          checklist(Variables.DOMESTIC_ABUSE_RISK_FACTORS, DOMESTIC_ABUSE_RISK_FACTORS),
          checklist(Variables.IMMEDIATE_RISK_INDICATORS, IMMEDIATE_RISK_INDICATORS),
          choice(CHILD_SAFETY, ProfessionalDisagreementProcess.SAFETY),
          choice(CONTACT_OUTCOME, OUTCOMES),
          choice(LEVEL_OF_NEED, LEVELS_OF_NEED),
          choice(REFERRER_AGENCY, "education", "health", "police", "early-help", "housing", "adult-services",
              "probation", "camhs", "yos", "csc-social-worker"),
          choice(SCREENING_TOOL, SCREENING_TOOLS),
          text(ALLOCATED_WORKER_RESPONSE),
          text(CONSENT_NOT_SOUGHT_REASON),
          text(CONSULTATION_ACTION_DONE),
          text(CONSULTATION_ACTIONS),
          text(DECISION_RATIONALE),
          text(CONTACT_FACTS),
          text(OVERRIDE_RATIONALE),
          text(CONTACT_SOURCE),
          text(DISAGREEMENT_ISSUE),
          text(IMMEDIATE_RISK_DETAILS),
          text(RAISING_AGENCY_POSITION),
          text(REFERRER_NAME),
          text(REFERRER_RISK_VIEW),
          yesNo(PARENTAL_CONSENT),
          yesNo(REFERRER_DISAGREES))
      // When and by whom the contact was received, the moment its clocks start (FD-03, FD-05) and when it was
      // decided (FD-06), what the checklists add up to and the threshold table suggests (FD-04), an open child
      // protection plan (FD-05), the allocated worker told, each consultation action's task (FD-07), the outcome
      // noted, and the census referral (DfE).
      .computes(REFERRER_AGENCY_NAME, CONTACT_RECEIVED_AT, CONTACT_RECEIVED_BY, CONTACT_CLOCK_STARTS_AT, IMMEDIATE_RISK,
          DOMESTIC_ABUSE_RISK, OPEN_CHILD_PROTECTION_PLAN, ALLOCATED_WORKER_TOLD_AT, "thresholdSuggestion",
          SUGGESTED_OUTCOME, SUGGESTION_REASON, FOLLOWED_SUGGESTION, CONTACT_DECIDED_AT, CONTACT_DECIDED_BY, CONSULTATION_ACTION,
          OUTCOME_NOTED_AT, CENSUS_REFERRAL_DATE, CENSUS_REFERRAL_SOURCE)
      // The referrer says what it knows of the child for the census (a school knows the UPN); nothing of it is required.
      .start(Element.ContactReceived,
          writes(CaseFacts.OPENING, REFERRER_AGENCY, REFERRER_NAME, SCREENING_TOOL, CONTACT_FACTS, REFERRER_RISK_VIEW,
              LEVEL_OF_NEED, Variables.IMMEDIATE_RISK_INDICATORS, PARENTAL_CONSENT, CONSENT_NOT_SOUGHT_REASON,
              Variables.DOMESTIC_ABUSE_RISK_FACTORS, CHILD_SEX, CHILD_ETHNICITY, CHILD_DISABILITIES, CHILD_UPN))
      // Sent by early help's step up (EH-04): what a contact needs, the step up's reason as its facts, and its source.
      .message(CONTACT_REQUESTED_MESSAGE,
          writes(CaseFacts.OPENING, REFERRER_AGENCY, REFERRER_NAME, SCREENING_TOOL, CONTACT_FACTS, REFERRER_RISK_VIEW,
              LEVEL_OF_NEED, Variables.IMMEDIATE_RISK_INDICATORS, PARENTAL_CONSENT, CONSENT_NOT_SOUGHT_REASON,
              Variables.DOMESTIC_ABUSE_RISK_FACTORS, CONTACT_SOURCE))
      .task(Element.TellAllocatedWorker,
          shows(REFERRER_AGENCY_NAME, REFERRER_NAME, CONTACT_FACTS, REFERRER_RISK_VIEW,
              Variables.IMMEDIATE_RISK_INDICATORS),
          writes(ALLOCATED_WORKER_RESPONSE))
      .task(Element.DecideOnContact,
          shows(SUGGESTED_OUTCOME, SUGGESTION_REASON, REFERRER_AGENCY_NAME, REFERRER_NAME, CONTACT_FACTS,
              REFERRER_RISK_VIEW, LEVEL_OF_NEED, Variables.IMMEDIATE_RISK_INDICATORS, PARENTAL_CONSENT,
              CONSENT_NOT_SOUGHT_REASON, Variables.DOMESTIC_ABUSE_RISK_FACTORS),
          writes(CONTACT_OUTCOME, DECISION_RATIONALE, OVERRIDE_RATIONALE, CONSULTATION_ACTIONS, REFERRAL_SOURCE))
      .task(Element.CarryOutConsultationAction,
          shows(CONSULTATION_ACTION, DECISION_RATIONALE),
          writes(CONSULTATION_ACTION_DONE))
      .task(Element.NoteContactOutcome,
          shows(CONTACT_OUTCOME, DECISION_RATIONALE, CONSULTATION_ACTIONS),
          writes(REFERRER_DISAGREES, DISAGREEMENT_ISSUE, RAISING_AGENCY_POSITION, CHILD_SAFETY,
              IMMEDIATE_RISK_DETAILS));

  private ContactProcess() {}
}
