package uk.safeguarding.childcase;

import static uk.safeguarding.childcase.ChildCaseProcess.Variables.*;
import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.CensusCodes.*;
import static uk.safeguarding.contract.ProcessContract.*;

import java.util.List;
import uk.safeguarding.contract.CaseFacts;
import uk.safeguarding.contract.ProcessContract;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.agency.WhoMayStart;

/**
 * The contract of the child's case (processes/childcase/child-case.bpmn): one long-running process
 * per child, under the child's case reference, that holds the clocks of the whole case (standards.md
 * section 4): supervision (SUP-01, SUP-02), the chronology review (CHR-01), the case summary
 * (SUM-01), transfer (TR-01), closure (CL-01), the stepped approach to a family that does not engage
 * (NE-01) and the manager's re-referral flags (RR-01). It is opened by {@link ChildCaseOpening} when
 * the first pathway of the child starts, or by hand from Tasklist.
 */
public final class ChildCaseProcess {

  public static final String KEY = "ChildCase";

  /** A child's case opens by itself with the first pathway; a social worker or manager may open one by hand. */
  public static final WhoMayStart WHO_MAY_START = new WhoMayStart(KEY, List.of(Agency.CSC_SOCIAL_WORKER, Agency.CSC_TEAM_MANAGER));
  /** RR-01: a flag raised on the case, correlated by business key to the running case. */
  public static final String CASE_FLAGGED = "CaseFlaggedForManager";

  public enum Element {
    ChildCaseOpened,
    CaseOpen,
    SuperviseCase,
    SupervisionNotHeldInTime,
    NextStepForCase,
    TransferOpenTasks,
    GiveContactDetails,
    TransferredByManager,
    TransferOpenTasksOnRequest,
    GiveContactDetailsOnTransfer,
    PrepareCaseClosure,
    DecideCaseClosure,
    ClosureAgreed,
    ReviewChronology,
    ChronologyNotReviewedInTime,
    UpdateCaseSummary,
    CaseSummaryNotUpdatedInTime,
    ReviewCaseFlag,
    MakeFurtherAttempt,
    SendFormalLetter,
    EscalateNonEngagement,
    RecordCaseClosure,
    CaseClosed
  }

  /** Variable names, in the words the worker and the manager use. */
  public static final class Variables {
    public static final String CASE_OPENED_AT = "caseOpenedAt";
    public static final String CASE_WORKER = "caseWorker";
    public static final String LAST_SUPERVISION_AT = "lastSupervisionAt";
    public static final String LAST_CHRONOLOGY_REVIEW_AT = "lastChronologyReviewAt";
    public static final String LAST_SUMMARY_AT = "lastSummaryAt";
    public static final String CASE_SUMMARY = "caseSummary";
    public static final String CHRONOLOGY_TEXT = "chronologyText";
    public static final String CHRONOLOGY_REVIEWED = "chronologyReviewed";
    public static final String SIGNIFICANT_EVENT_DATE = "significantEventDate";
    public static final String SIGNIFICANT_EVENT = "significantEvent";
    public static final String SUPERVISION_DATE = "supervisionDate";
    public static final String SUPERVISION_KIND = "supervisionKind";
    public static final String SUPERVISION_RECORD = "supervisionRecord";
    public static final String NEXT_STEP = "nextStepForCase";
    public static final String FAMILY_NOT_ENGAGING = "familyNotEngaging";
    public static final String RECEIVING_WORKER = "receivingWorker";
    public static final String TRANSFERRED_AT = "transferredAt";
    public static final String TASKS_TRANSFERRED = "tasksTransferred";
    public static final String CONTACT_DETAILS_GIVEN_ON = "contactDetailsGivenOn";
    public static final String CONTACT_DETAILS_GIVEN_TO = "contactDetailsGivenTo";
    public static final String CLOSURE_PROPOSED_AT = "closureProposedAt";
    public static final String CLOSURE_SUMMARY = "closureSummary";
    public static final String GENOGRAM_REFERENCE = "genogramReference";
    public static final String CLOSURE_READY_AT = "closureReadyAt";
    public static final String CLOSURE_DECISION = "closureDecision";
    public static final String CLOSURE_DECISION_REASONS = "closureDecisionReasons";
    public static final String CASE_CLOSED_AT = "caseClosedAt";
    public static final String CASE_FLAG_REASON = "caseFlagReason";
    public static final String CASE_FLAGGED_AT = "caseFlaggedAt";
    public static final String FLAG_RESPONSE = "caseFlagResponse";
    public static final String NOT_ENGAGING_SINCE = "notEngagingSince";
    public static final String ATTEMPT_DATE = "furtherAttemptDate";
    public static final String ENGAGED_AFTER_ATTEMPT = "engagedAfterAttempt";
    public static final String LETTER_SENT_ON = "formalLetterSentOn";
    public static final String ENGAGED_AFTER_LETTER = "engagedAfterLetter";
    public static final String ESCALATION_DECISION = "nonEngagementEscalation";
    public static final String ESCALATION_REASONS = "nonEngagementEscalationReasons";
    public static final String NOT_ENGAGING_STEP_AT = "nonEngagementStepAt";

    private Variables() {}
  }

  public static final String NEXT_CONTINUE = "continue";
  public static final String NEXT_TRANSFER = "transfer";
  public static final String NEXT_CLOSURE = "proposeClosure";
  public static final List<String> NEXT_STEPS = List.of(NEXT_CONTINUE, NEXT_TRANSFER, NEXT_CLOSURE);
  /** SUP-02: each kind has its own time for the record (the profile's named timescales). */
  public static final List<String> SUPERVISION_KINDS = List.of("formal", "adHoc");
  public static final List<String> CLOSURE_DECISIONS = List.of("close", "keepOpen");
  /** NE-01: the manager's escalation when the stepped approach has not worked. */
  public static final List<String> ESCALATIONS = List.of("strategyDiscussion", "legalPlanningMeeting",
      "multiAgencyProfessionalsMeeting", "continueWithRevisedPlan");
  /**
   * Processes of the child that are not pathways: the case itself, the manager's breach reviews and a
   * correction of the case record (which opens no case, and needs one running). CL-01 waits for every
   * other one to end.
   */
  public static final List<String> NOT_PATHWAYS = List.of(KEY, "StandardsBreachReview", CorrectCaseRecordProcess.KEY);

  /**
   * What each step shows and may write: a person's submission outside it is refused (contract
   * package, docs/architecture.md "A task's contract").
   */
  public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
      .declares(
          checklist(CHILD_DISABILITIES, codes(DISABILITY)),
          choice(CHILD_ETHNICITY, codes(ETHNICITY)),
          choice(CHILD_SEX, codes(SEX)),
          text(CHILD_UPN),
          choice(REASON_FOR_CLOSURE, codes(REASONS_FOR_CLOSURE)),
          choice(CLOSURE_DECISION, CLOSURE_DECISIONS),
          choice(NEXT_STEP, NEXT_STEPS),
          choice(ESCALATION_DECISION, ESCALATIONS),
          choice(SUPERVISION_KIND, SUPERVISION_KINDS),
          date(CONTACT_DETAILS_GIVEN_ON),
          date(LETTER_SENT_ON),
          date(ATTEMPT_DATE),
          date(SIGNIFICANT_EVENT_DATE),
          date(SUPERVISION_DATE),
          text(FLAG_RESPONSE),
          text(CASE_SUMMARY),
          text(CLOSURE_DECISION_REASONS),
          text(CLOSURE_SUMMARY),
          text(CONTACT_DETAILS_GIVEN_TO),
          text(GENOGRAM_REFERENCE),
          text(ESCALATION_REASONS),
          text(RECEIVING_WORKER),
          text(SIGNIFICANT_EVENT),
          text(SUPERVISION_RECORD),
          yesNo(CHRONOLOGY_REVIEWED),
          yesNo(ENGAGED_AFTER_ATTEMPT),
          yesNo(ENGAGED_AFTER_LETTER),
          yesNo(FAMILY_NOT_ENGAGING))
      // The days every clock of the case counts from (SUP-01, CHR-01, SUM-01, TR-01, CL-01, NE-01, REC-01), the
      // worker a transfer hands the case to, the chronology shown for review, and the re-referral flag (RR-01).
      // familyNotEngaging is not here: supervision answers it (NE-01), the system only resets it.
      .computes(CASE_OPENED_AT, CASE_WORKER, LAST_SUPERVISION_AT, LAST_CHRONOLOGY_REVIEW_AT, LAST_SUMMARY_AT,
          CHRONOLOGY_TEXT, TRANSFERRED_AT, TASKS_TRANSFERRED, CLOSURE_PROPOSED_AT, CLOSURE_READY_AT, CASE_CLOSED_AT,
          CASE_FLAG_REASON, CASE_FLAGGED_AT, "caseFlag", NOT_ENGAGING_SINCE, NOT_ENGAGING_STEP_AT)
      .start(Element.ChildCaseOpened, writes(CaseFacts.OPENING))
      // TR-01: only the application sends it, with the receiver, once the team tray's checks have passed
      // (WorkReassignments); a person's message carries nothing, and the transfer step then refuses it.
      .message(WorkReassignments.TRANSFER_REQUESTED, writesNothing())
      .task(Element.SuperviseCase,
          shows(CASE_WORKER),
          writes(SUPERVISION_DATE, SUPERVISION_KIND, SUPERVISION_RECORD, FAMILY_NOT_ENGAGING, NEXT_STEP,
              RECEIVING_WORKER, CASE_SUMMARY))
      .task(Element.GiveContactDetails,
          shows(TRANSFERRED_AT, CASE_SUMMARY),
          writes(CONTACT_DETAILS_GIVEN_ON, CONTACT_DETAILS_GIVEN_TO))
      .task(Element.GiveContactDetailsOnTransfer,
          shows(TRANSFERRED_AT, CASE_SUMMARY),
          writes(CONTACT_DETAILS_GIVEN_ON, CONTACT_DETAILS_GIVEN_TO))
      .task(Element.PrepareCaseClosure,
          shows(CHRONOLOGY_TEXT),
          writes(CHRONOLOGY_REVIEWED, GENOGRAM_REFERENCE, CLOSURE_SUMMARY))
      .task(Element.DecideCaseClosure,
          shows(GENOGRAM_REFERENCE, CLOSURE_SUMMARY),
          writes(CLOSURE_DECISION, CLOSURE_DECISION_REASONS, REASON_FOR_CLOSURE))
      .task(Element.ReviewChronology,
          shows(CHRONOLOGY_TEXT),
          writes(CHRONOLOGY_REVIEWED, SIGNIFICANT_EVENT_DATE, SIGNIFICANT_EVENT))
      // The census's facts of the child are put right here while the case is open (the latest recorded is returned).
      .task(Element.UpdateCaseSummary, writes(CASE_SUMMARY, CHILD_SEX, CHILD_ETHNICITY, CHILD_DISABILITIES, CHILD_UPN))
      .task(Element.ReviewCaseFlag, shows("caseFlag"), writes(FLAG_RESPONSE))
      .task(Element.MakeFurtherAttempt, shows(NOT_ENGAGING_SINCE), writes(ATTEMPT_DATE, ENGAGED_AFTER_ATTEMPT))
      .task(Element.SendFormalLetter, shows(ATTEMPT_DATE), writes(LETTER_SENT_ON, ENGAGED_AFTER_LETTER))
      .task(Element.EscalateNonEngagement,
          shows(LETTER_SENT_ON),
          writes(ESCALATION_DECISION, ESCALATION_REASONS));

  private ChildCaseProcess() {}
}
