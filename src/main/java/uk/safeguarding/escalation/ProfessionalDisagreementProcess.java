package uk.safeguarding.escalation;

import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;
import static uk.safeguarding.escalation.ProfessionalDisagreementProcess.Variables.*;

import java.util.List;
import uk.safeguarding.contract.CaseFacts;
import uk.safeguarding.contract.ProcessContract;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.agency.WhoMayStart;

/**
 * The contract of the escalation diagram (processes/escalation/professional-disagreement.bpmn): a
 * professional disagreement about a child, resolved at the lowest stage that can resolve it
 * (standards.md 3.8, ESC-01 to ESC-06), or a dissent from a child protection conference decision,
 * which goes to the chair's manager instead (ESC-05).
 */
public final class ProfessionalDisagreementProcess {

  public static final String KEY = "ProfessionalDisagreement";

  /** ESC-01: any practitioner on a case, of any agency, may raise a disagreement at any time. */
  public static final WhoMayStart WHO_MAY_START = new WhoMayStart(KEY, List.of(Agency.values()));

  public enum Element {
    DisagreementRaised,
    RaisedOrStageEnded,
    ChildAtImmediateRisk,
    StartStrategyDiscussionAtOnce,
    ChildSafetyActedOn,
    NextStep,
    ReviewConferenceDissent,
    ResolveDisagreementStage1,
    ResolveDisagreementStage2,
    ResolveDisagreementStage3,
    ResolveDisagreementStage4,
    Stage1DeadlinePassed,
    Stage2DeadlinePassed,
    Stage3DeadlinePassed,
    Stage4DeadlinePassed,
    MoveUpToStage2,
    MoveUpToStage3,
    MoveUpToStage4,
    Stage4BreachRecorded,
    StageEnded,
    TellTheParties,
    NoteDisagreementOutcome,
    PartiesTold,
    RecordDisagreementOutcome,
    DisagreementResolved
  }

  /** Variable names, in the words practitioners use. */
  public static final class Variables {
    public static final String CASE_REFERENCE = "caseReference";
    public static final String CHILD_NAME = "childName";
    public static final String CHILD_DATE_OF_BIRTH = "childDateOfBirth";
    public static final String HOUSEHOLD_MEMBERS = "householdMembers";

    public static final String RAISING_AGENCY = "raisingAgency";
    public static final String RAISING_AGENCY_NAME = "raisingAgencyName";
    public static final String OTHER_AGENCY = "otherAgency";
    public static final String OTHER_AGENCY_NAME = "otherAgencyName";
    public static final String DISAGREEMENT_ABOUT = "disagreementAbout";
    public static final String DISAGREEMENT_ISSUE = "disagreementIssue";
    public static final String RAISING_AGENCY_POSITION = "raisingAgencyPosition";
    public static final String OTHER_AGENCY_POSITION = "otherAgencyPosition";
    public static final String DISAGREEMENT_RAISED_AT = "disagreementRaisedAt";
    public static final String DISAGREEMENT_RAISED_BY = "disagreementRaisedBy";
    /** Set when the system raised the disagreement for a standards breach (ESC-01). */
    public static final String BREACH_RULE_ID = "breachRuleId";
    public static final String BREACH_ID = "breachId";

    public static final String CHILD_SAFETY = "childSafety";
    public static final String IMMEDIATE_RISK_DETAILS = "immediateRiskDetails";
    public static final String IMMEDIATE_RISK_TO_ACT = "immediateRiskToAct";
    public static final String STRATEGY_DISCUSSIONS_STARTED = "strategyDiscussionsStarted";

    public static final String ROUTE = "disagreementRoute";
    public static final String STAGE = "disagreementStage";
    public static final String STAGE_NAME = "disagreementStageName";
    public static final String STAGE_STARTED_AT = "stageStartedAt";
    public static final String STAGE_ENDED_AT = "stageEndedAt";
    public static final String NEXT_STEP = "disagreementNextStep";
    public static final String STAGE_OUTCOME = "stageOutcome";
    public static final String STAGE_RATIONALE = "stageRationale";
    public static final String CONFERENCE_DISSENT_DECISION = "conferenceDissentDecision";
    public static final String RECORD = "disagreementRecord";
    public static final String STAGE_OUTCOME_NOTICE = "stageOutcomeNotice";
    public static final String PARTY = "party";
    public static final String OUTCOME_NOTED = "outcomeNoted";

    public static final String LEARNING = "disagreementLearning";
    public static final String OUTCOME = "disagreementOutcome";
    public static final String OUTCOME_RATIONALE = "disagreementOutcomeRationale";
    public static final String RESOLVED_AT_STAGE = "resolvedAtStage";
    public static final String CONCLUDED_AT = "disagreementConcludedAt";

    private Variables() {}
  }

  /** ESC-05: a disagreement with a conference decision takes the conference dissent route. */
  public static final String ABOUT_CONFERENCE_DECISION = "childProtectionConferenceDecision";
  /** ESC-01: the system raised it because a standard was breached. */
  public static final String ABOUT_STANDARDS_BREACH = "standardsBreach";
  /** What a disagreement is about (seed 003: a request for service refused, a service withdrawn, ...). */
  public static final List<String> TOPICS = List.of("referralRefused", "serviceWithdrawn", "planClosed",
      "meetingNotArranged", "assessmentOutcome", "rolesAndResponsibilities", "informationSharing",
      ABOUT_CONFERENCE_DECISION, ABOUT_STANDARDS_BREACH, "other");

  public static final String ROUTE_STAGES = "stages";
  public static final String ROUTE_CONFERENCE_DISSENT = "conferenceDissent";

  /** ESC-03: at every stage someone confirms the child is safe, or says the child is at immediate risk. */
  public static final String CONFIRMED_SAFE = "confirmedSafe";
  public static final String IMMEDIATE_RISK = "immediateRisk";
  public static final List<String> SAFETY = List.of(CONFIRMED_SAFE, IMMEDIATE_RISK);

  /** ESC-04: a stage either resolves the disagreement or passes it up. */
  public static final String RESOLVED = "resolved";
  public static final String NOT_RESOLVED = "notResolved";
  public static final List<String> STAGE_OUTCOMES = List.of(RESOLVED, NOT_RESOLVED);
  /** ESC-05: what the chair's manager decides about the dissent. */
  public static final List<String> DISSENT_DECISIONS = List.of("decisionStands", "conferenceToReconvene");

  /** The steps {@link Variables#NEXT_STEP} names, one for each way out of the gateway NextStep. */
  public static final String CONCLUDED = "concluded";
  public static final int LAST_STAGE = 4;

  public static String stepOfStage(int stage) {
    return "stage" + stage;
  }

  /** ESC-02: who each stage is with. Stage 0 is the conference dissent route (ESC-05). */
  public static String stageName(int stage) {
    return switch (stage) {
      case 0 -> "Conference dissent: the chair's manager";
      case 1 -> "Stage 1: practitioners";
      case 2 -> "Stage 2: line managers";
      case 3 -> "Stage 3: escalation leads";
      case 4 -> "Stage 4: safeguarding partnership";
      default -> throw new IllegalArgumentException("There is no escalation stage " + stage);
    };
  }

  /** Every agency and role that may be a party to a disagreement (the partnership decides them, ESC-02). */
  private static final List<String> PARTIES = List.of("csc-social-worker", "csc-front-door", "csc-team-manager",
      "csc-service-manager", "cp-chair", "iro", "lado", "police", "health", "education", "virtual-school", "early-help",
      "legal", "fostering", "adult-services", "probation", "housing", "yos", "camhs");

  /**
   * What every stage records as it now stands (ESC-04: the issue and both positions; ESC-03: the child's safety).
   * The child's date of birth and household are asked for only when the stage finds the child at immediate risk,
   * for the strategy discussion that starts at once (ChildSafety): a disagreement raised without immediate risk does
   * not know them yet (the start form asks for them only then, a breach's disagreement may not have them), so the
   * stage fills them in ({@link #FILLED_AT_IMMEDIATE_RISK}); a fact the case already holds is for 'Correct the case
   * record' to change, not a stage.
   */
  private static final List<String> EVERY_STAGE_RECORDS = List.of(DISAGREEMENT_ISSUE, RAISING_AGENCY_POSITION,
      OTHER_AGENCY_POSITION, CHILD_SAFETY, IMMEDIATE_RISK_DETAILS);

  private static final ProcessContract.Fills FILLED_AT_IMMEDIATE_RISK = fills(CHILD_DATE_OF_BIRTH, HOUSEHOLD_MEMBERS);

  /** What every stage's form shows of the disagreement so far. */
  private static final List<String> EVERY_STAGE_SHOWS = List.of(STAGE_NAME, RAISING_AGENCY_NAME, OTHER_AGENCY_NAME,
      DISAGREEMENT_ABOUT, RECORD);

  /**
   * What each step shows and may write: a person's submission outside it is refused (contract
   * package, docs/architecture.md "A task's contract").
   */
  public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
      .declares(
          choice(CHILD_SAFETY, SAFETY),
          choice(CONFERENCE_DISSENT_DECISION, DISSENT_DECISIONS),
          choice(DISAGREEMENT_ABOUT, TOPICS),
          choice(OTHER_AGENCY, PARTIES),
          choice(RAISING_AGENCY, PARTIES),
          choice(STAGE_OUTCOME, STAGE_OUTCOMES),
          text(DISAGREEMENT_ISSUE),
          text(LEARNING),
          text(IMMEDIATE_RISK_DETAILS),
          text(OTHER_AGENCY_POSITION),
          text(RAISING_AGENCY_POSITION),
          text(STAGE_RATIONALE),
          yesNo(OUTCOME_NOTED))
      // Who raised it and when, the parties' names, the breach that raised it (ESC-01: a person's start cannot claim
      // one, which would skip ESC-03), the immediate risk to act on and the strategy discussions started (ESC-03),
      // the route, stage and its clock (ESC-02, ESC-05), the record and the notice to the parties (ESC-04), each
      // party's task, and the outcome (ESC-06).
      .computes(DISAGREEMENT_RAISED_AT, DISAGREEMENT_RAISED_BY, RAISING_AGENCY_NAME, OTHER_AGENCY_NAME, BREACH_RULE_ID,
          BREACH_ID, IMMEDIATE_RISK_TO_ACT, STRATEGY_DISCUSSIONS_STARTED, ROUTE, STAGE, STAGE_NAME, STAGE_STARTED_AT,
          STAGE_ENDED_AT, NEXT_STEP, RECORD, STAGE_OUTCOME_NOTICE, PARTY, OUTCOME, OUTCOME_RATIONALE,
          RESOLVED_AT_STAGE, CONCLUDED_AT)
      .start(Element.DisagreementRaised,
          writes(CaseFacts.OPENING, RAISING_AGENCY, DISAGREEMENT_ABOUT, OTHER_AGENCY, DISAGREEMENT_ISSUE,
              RAISING_AGENCY_POSITION, CHILD_SAFETY, IMMEDIATE_RISK_DETAILS))
      .task(Element.ReviewConferenceDissent,
          shows(RAISING_AGENCY_NAME, OTHER_AGENCY_NAME, DISAGREEMENT_ABOUT, RECORD),
          writes(EVERY_STAGE_RECORDS, CONFERENCE_DISSENT_DECISION, STAGE_RATIONALE, LEARNING), FILLED_AT_IMMEDIATE_RISK)
      .task(Element.ResolveDisagreementStage1,
          shows(EVERY_STAGE_SHOWS),
          writes(EVERY_STAGE_RECORDS, STAGE_OUTCOME, STAGE_RATIONALE, LEARNING), FILLED_AT_IMMEDIATE_RISK)
      .task(Element.ResolveDisagreementStage2,
          shows(EVERY_STAGE_SHOWS),
          writes(EVERY_STAGE_RECORDS, STAGE_OUTCOME, STAGE_RATIONALE, LEARNING), FILLED_AT_IMMEDIATE_RISK)
      .task(Element.ResolveDisagreementStage3,
          shows(EVERY_STAGE_SHOWS),
          writes(EVERY_STAGE_RECORDS, STAGE_OUTCOME, STAGE_RATIONALE, LEARNING), FILLED_AT_IMMEDIATE_RISK)
      // Stage 4: the partnership's decision is the outcome, there is no stage above it.
      .task(Element.ResolveDisagreementStage4,
          shows(EVERY_STAGE_SHOWS),
          writes(EVERY_STAGE_RECORDS, STAGE_RATIONALE, LEARNING), FILLED_AT_IMMEDIATE_RISK)
      .task(Element.NoteDisagreementOutcome, shows(STAGE_OUTCOME_NOTICE), writes(OUTCOME_NOTED));

  private ProfessionalDisagreementProcess() {}
}
