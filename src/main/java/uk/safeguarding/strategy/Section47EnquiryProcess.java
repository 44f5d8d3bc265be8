package uk.safeguarding.strategy;

import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;
import static uk.safeguarding.strategy.Section47EnquiryProcess.Variables.*;
import static uk.safeguarding.strategy.StrategyDiscussionProcess.Variables.DECISIONS;
import static uk.safeguarding.strategy.StrategyDiscussionProcess.Variables.PARENTS_TO_BE_INFORMED;
import static uk.safeguarding.strategy.StrategyDiscussionProcess.Variables.STRATEGY_DISCUSSION_DATE;

import java.util.List;
import uk.safeguarding.contract.ProcessContract;

/** The contract of the section 47 enquiry diagram (processes/strategy/section-47-enquiry.bpmn). */
public final class Section47EnquiryProcess {

  public static final String KEY = "Section47Enquiry";

  public enum Element {
    Section47EnquiryAgreed,
    ConductSection47Enquiry,
    EndorseSection47Outcome,
    SendInitialConferenceRequest,
    InitialConferenceRequestNotSentInTime,
    S4705BreachRecorded,
    RecordInitialConferenceRequest,
    NotSubstantiated,
    InitialConferenceRequested
  }

  public static final class Variables {
    public static final String CHILD_SEEN = "childSeen";
    public static final String CHILD_SEEN_ALONE = "childSeenAlone";
    public static final String DATE_CHILD_SEEN = "dateChildSeen";
    public static final String CHILD_NOT_SEEN_ALONE_REASON = "childNotSeenAloneReason";
    public static final String PARENTS_INFORMED = "parentsInformed";
    public static final String ENQUIRY_FINDINGS = "enquiryFindings";
    public static final String SECTION_47_OUTCOME = "section47Outcome";
    public static final String PROVISIONAL_SAFETY_PLAN = "provisionalSafetyPlan";
    public static final String SECTION_47_CONCLUDED_AT = "section47ConcludedAt";
    public static final String ENDORSEMENT = "endorsement";
    public static final String MANAGER_COMMENTS = "managerComments";
    public static final String OUTCOME_ENDORSED_AT = "outcomeEndorsedAt";
    public static final String OUTCOME_ENDORSED_BY = "outcomeEndorsedBy";
    public static final String CONFERENCE_INVITEES = "conferenceInvitees";
    public static final String CONFERENCE_REQUEST_REASONS = "conferenceRequestReasons";
    public static final String INITIAL_CONFERENCE_REQUESTED_AT = "initialConferenceRequestedAt";
    public static final String INITIAL_CONFERENCE_DUE_DATE = "initialConferenceDueDate";

    private Variables() {}
  }

  public static final String SUBSTANTIATED = "substantiated";
  public static final String NOT_SUBSTANTIATED = "notSubstantiated";
  public static final List<String> OUTCOMES = List.of(SUBSTANTIATED, NOT_SUBSTANTIATED);
  public static final String ENDORSE = "endorse";
  public static final String RETURN = "return";
  public static final List<String> ENDORSEMENTS = List.of(ENDORSE, RETURN);

  /**
   * What each step shows and may write: a person's submission outside it is refused (contract
   * package, docs/architecture.md "A task's contract").
   */
  public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
      .declares(
          checklist(CONFERENCE_INVITEES, "csc-social-worker", "police", "health", "education", "fostering",
              "early-help", "probation", "housing", "adult-services", "yos", "camhs"),
          choice(ENDORSEMENT, ENDORSEMENTS),
          choice(SECTION_47_OUTCOME, OUTCOMES),
          date(DATE_CHILD_SEEN),
          text(CHILD_NOT_SEEN_ALONE_REASON),
          text(CONFERENCE_REQUEST_REASONS),
          text(ENQUIRY_FINDINGS),
          text(MANAGER_COMMENTS),
          text(PROVISIONAL_SAFETY_PLAN),
          yesNo(CHILD_SEEN),
          yesNo(CHILD_SEEN_ALONE),
          yesNo(PARENTS_INFORMED))
      // Who concluded and endorsed the enquiry and when, whether a child in need plan is to be considered, and the
      // initial conference's request and due date (ICPC-01).
      .computes(SECTION_47_CONCLUDED_AT, "section47ConcludedBy", OUTCOME_ENDORSED_AT, OUTCOME_ENDORSED_BY,
          "childInNeedPlanToBeConsidered", INITIAL_CONFERENCE_REQUESTED_AT, INITIAL_CONFERENCE_DUE_DATE,
          "initialConferenceDueDay")
      // Handed in by the strategy discussion that agreed the enquiry.
      .computes(DECISIONS, PARENTS_TO_BE_INFORMED, STRATEGY_DISCUSSION_DATE)
      .task(Element.ConductSection47Enquiry,
          shows(MANAGER_COMMENTS, DECISIONS, PARENTS_TO_BE_INFORMED),
          writes(CHILD_SEEN, DATE_CHILD_SEEN, CHILD_SEEN_ALONE, CHILD_NOT_SEEN_ALONE_REASON, PARENTS_INFORMED,
              ENQUIRY_FINDINGS, SECTION_47_OUTCOME, PROVISIONAL_SAFETY_PLAN))
      .task(Element.EndorseSection47Outcome,
          shows(ENQUIRY_FINDINGS, SECTION_47_OUTCOME, PROVISIONAL_SAFETY_PLAN, CHILD_SEEN, CHILD_SEEN_ALONE,
              CHILD_NOT_SEEN_ALONE_REASON),
          writes(ENDORSEMENT, MANAGER_COMMENTS))
      .task(Element.SendInitialConferenceRequest,
          shows(ENQUIRY_FINDINGS, PROVISIONAL_SAFETY_PLAN),
          writes(CONFERENCE_REQUEST_REASONS, CONFERENCE_INVITEES));

  private Section47EnquiryProcess() {}
}
