package uk.safeguarding.strategy;

import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;

import java.util.List;
import uk.safeguarding.contract.CaseFacts;
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
    RecordConferenceRequestLateBreach,
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
          checklist("conferenceInvitees", "csc-social-worker", "police", "health", "education", "fostering", "early-help", "probation", "housing", "adult-services", "yos", "camhs"),
          choice("endorsement", "endorse", "return"),
          choice("section47Outcome", "substantiated", "notSubstantiated"),
          date("dateChildSeen"),
          text("childNotSeenAloneReason"),
          text("conferenceRequestReasons"),
          text("enquiryFindings"),
          text("managerComments"),
          text("provisionalSafetyPlan"),
          yesNo("childSeen"),
          yesNo("childSeenAlone"),
          yesNo("parentsInformed"))
      .task(Element.ConductSection47Enquiry, shows("managerComments", "decisions", "parentsToBeInformed"), writes("childSeen", "dateChildSeen", "childSeenAlone", "childNotSeenAloneReason", "parentsInformed", "enquiryFindings", "section47Outcome", "provisionalSafetyPlan"))
      .task(Element.EndorseSection47Outcome, shows("enquiryFindings", "section47Outcome", "provisionalSafetyPlan", "childSeen", "childSeenAlone", "childNotSeenAloneReason"), writes("endorsement", "managerComments"))
      .task(Element.SendInitialConferenceRequest, shows("enquiryFindings", "provisionalSafetyPlan"), writes("conferenceRequestReasons", "conferenceInvitees"));

  private Section47EnquiryProcess() {}
}
