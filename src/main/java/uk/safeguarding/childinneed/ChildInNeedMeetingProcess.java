package uk.safeguarding.childinneed;

import static uk.safeguarding.childinneed.ChildInNeedMeetingProcess.Variables.*;
import static uk.safeguarding.childinneed.ChildInNeedPlanProcess.Variables.*;
import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;
import static uk.safeguarding.escalation.ProfessionalDisagreementProcess.Variables.CHILD_SAFETY;
import static uk.safeguarding.escalation.ProfessionalDisagreementProcess.Variables.IMMEDIATE_RISK_DETAILS;

import java.util.List;
import uk.safeguarding.contract.ProcessContract;
import uk.safeguarding.escalation.ProfessionalDisagreementProcess;

/**
 * The contract of one multi-agency child in need meeting (processes/childinneed/child-in-need-meeting.bpmn),
 * called by the plan for its first meeting (CIN-01 window) and every review (CIN-05): details sent
 * (CIN-02), each invited agency attends or reports (CIN-03), the meeting recorded with the child's
 * lived experience and views and the SMART outcomes (CIN-04) and the next review (CIN-05), minutes
 * and the updated plan circulated (CIN-06) and, when closure is proposed, every agency's view (CIN-07).
 */
public final class ChildInNeedMeetingProcess {

  public static final String KEY = "ChildInNeedMeeting";

  public enum Element {
    MeetingDue,
    ArrangeChildInNeedMeeting,
    DetailsNotSentInTime,
    Cin02BreachRecorded,
    MeetingArranged,
    AttendOrSendReport,
    ReportNotSentInTime,
    RecordReportLateBreach,
    Cin03BreachRecorded,
    AgenciesAnswered,
    RecordChildInNeedMeeting,
    RecordNotMadeInTime,
    Cin06RecordBreachRecorded,
    MeetingRecorded,
    CirculateMinutesAndPlan,
    MinutesNotCirculatedInTime,
    Cin06BreachRecorded,
    ClosureProposed,
    GiveViewOnClosingPlan,
    ViewsGathered,
    MeetingFollowedUp,
    MeetingConcluded
  }

  /** Variable names, in the words practitioners use. */
  public static final class Variables {
    public static final String MEETING_NUMBER = "meetingNumber";
    /** The last day the meeting may be held: CIN-01 firstMeetingLatest, then the confirmed review date (CIN-05). */
    public static final String MEETING_DUE_BY = "meetingDueBy";
    /** CIN-01: the first meeting is not held before this day of the assessment. Absent for reviews. */
    public static final String FIRST_MEETING_EARLIEST = "firstMeetingEarliest";
    /** The rule a late meeting breaks: CIN-01 for the first, CIN-05 for a review. */
    public static final String MEETING_RULE = "meetingRuleId";

    public static final String MEETING_DATE = "meetingDate";
    public static final String MEETING_VENUE = "meetingVenue";
    public static final String INVITED_AGENCIES = "invitedAgencies";
    public static final String DETAILS_SENT_AT = "meetingDetailsSentAt";

    public static final String AGENCY = "agency";
    public static final String AGENCY_ATTENDING = "agencyAttending";
    public static final String AGENCY_REPORT = "agencyReport";
    public static final String AGENCY_RISK_ANALYSIS = "agencyRiskAnalysis";
    public static final String AGENCY_REPORTS = "agencyReports";

    public static final String AGENCIES_ATTENDED = "agenciesAttended";
    public static final String LIVED_EXPERIENCE = "livedExperience";
    public static final String CHILDS_VIEWS = "childsViews";
    public static final String CHILD_HEARD_DIRECTLY = "childHeardDirectly";
    public static final String CHILDS_VOICE_MECHANISM = "childsVoiceMechanism";
    public static final String PROGRESS_SUMMARY = "progressSummary";
    public static final String PLAN_DECISION = "planDecision";
    public static final String NEXT_REVIEW_DATE = "nextReviewDate";
    public static final String MEETING_RECORDED_BY = "meetingRecordedBy";
    public static final String LAST_MEETING_DATE = "lastMeetingDate";
    public static final String MEETING_HISTORY = "meetingHistory";

    public static final String MINUTES_CIRCULATED_DATE = "minutesCirculatedDate";
    public static final String MINUTES_CIRCULATED_TO = "minutesCirculatedTo";

    public static final String AGREES_TO_CLOSE = "agreesToClose";
    public static final String CLOSURE_POSITION = "closurePosition";
    public static final String CLOSURE_VIEWS = "closureViews";
    public static final String CLOSURE_AGREED = "closureAgreed";
    public static final String CLOSURE_AGREED_AT = "closureAgreedAt";
    public static final String DISAGREEING_AGENCIES = "disagreeingAgencies";
    public static final String CLOSURE_DISAGREEMENTS = "closureDisagreements";

    private Variables() {}
  }

  public static final String CONTINUE_PLAN = "continuePlan";
  public static final String PROPOSE_CLOSURE = "proposeClosure";
  /** CIN-07: what a meeting decides about the plan. */
  public static final List<String> PLAN_DECISIONS = List.of(CONTINUE_PLAN, PROPOSE_CLOSURE);

  public static final String FIRST_MEETING_RULE = "CIN-01";
  public static final String REVIEW_MEETING_RULE = "CIN-05";

  /**
   * What each step shows and may write: a person's submission outside it is refused (contract
   * package, docs/architecture.md "A task's contract").
   */
  public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
      .declares(
          checklist(AGENCIES_ATTENDED, "police", "health", "education", "virtual-school", "early-help", "legal",
              "fostering", "adult-services", "probation", "housing", "yos", "camhs"),
          checklist(INVITED_AGENCIES, "police", "health", "education", "virtual-school", "early-help", "legal",
              "fostering", "adult-services", "probation", "housing", "yos", "camhs"),
          checklist(MINUTES_CIRCULATED_TO, "family", "police", "health", "education", "virtual-school", "early-help",
              "legal", "fostering", "adult-services", "probation", "housing", "yos", "camhs"),
          choice(CHILD_SAFETY, ProfessionalDisagreementProcess.SAFETY),
          choice(PLAN_DECISION, PLAN_DECISIONS),
          date(MEETING_DATE),
          date(MINUTES_CIRCULATED_DATE),
          date(NEXT_REVIEW_DATE),
          rows(SMART_OUTCOMES),
          text(AGENCY_REPORT),
          text(AGENCY_RISK_ANALYSIS),
          text(CHILDS_VIEWS),
          text(CHILDS_VOICE_MECHANISM),
          text(CLOSURE_POSITION),
          text(IMMEDIATE_RISK_DETAILS),
          text(LIVED_EXPERIENCE),
          text(MEETING_VENUE),
          text(PROGRESS_SUMMARY),
          yesNo(AGENCY_ATTENDING),
          yesNo(AGREES_TO_CLOSE),
          yesNo(CHILD_HEARD_DIRECTLY))
      // When the details went out (CIN-02), each agency's task and report (CIN-03), who recorded the meeting, and
      // whether every agency agrees the plan can close (CIN-07), with the disagreements raised.
      .computes(DETAILS_SENT_AT, AGENCY, AGENCY_REPORTS, MEETING_RECORDED_BY, CLOSURE_VIEWS, CLOSURE_AGREED,
          CLOSURE_AGREED_AT, DISAGREEING_AGENCIES, CLOSURE_DISAGREEMENTS)
      // Handed in by the plan: the meeting's number, its window (CIN-01, CIN-05), the meetings before it and what the
      // plan says. invitedAgencies and smartOutcomes come in too, but to be confirmed by the meeting's own steps.
      .computes(MEETING_NUMBER, MEETING_DUE_BY, FIRST_MEETING_EARLIEST, MEETING_RULE, LAST_MEETING_DATE,
          MEETING_HISTORY, SOURCE, CHILD_PROTECTION_PLAN_ENDED_DATE, EARLIEST_CLOSURE_DATE, INVOLVED_AGENCIES,
          NEEDS_IDENTIFIED, CONTINGENCY_PLAN)
      .task(Element.ArrangeChildInNeedMeeting,
          shows(MEETING_NUMBER, MEETING_DUE_BY, FIRST_MEETING_EARLIEST, LAST_MEETING_DATE),
          writes(MEETING_DATE, MEETING_VENUE, INVITED_AGENCIES))
      .task(Element.AttendOrSendReport,
          shows(AGENCY, MEETING_DATE, MEETING_VENUE),
          writes(AGENCY_ATTENDING, AGENCY_REPORT, AGENCY_RISK_ANALYSIS))
      .task(Element.RecordChildInNeedMeeting,
          shows(MEETING_NUMBER, MEETING_DATE, MEETING_VENUE, EARLIEST_CLOSURE_DATE, NEEDS_IDENTIFIED, CONTINGENCY_PLAN,
              AGENCY_REPORTS, MEETING_HISTORY),
          writes(LIVED_EXPERIENCE, CHILD_HEARD_DIRECTLY, CHILDS_VIEWS, CHILDS_VOICE_MECHANISM, AGENCIES_ATTENDED,
              PROGRESS_SUMMARY, SMART_OUTCOMES, PLAN_DECISION, NEXT_REVIEW_DATE))
      .task(Element.CirculateMinutesAndPlan,
          shows(MEETING_DATE, NEXT_REVIEW_DATE, INVITED_AGENCIES),
          writes(MINUTES_CIRCULATED_DATE, MINUTES_CIRCULATED_TO))
      .task(Element.GiveViewOnClosingPlan,
          shows(AGENCY, MEETING_DATE, MEETING_HISTORY),
          writes(AGREES_TO_CLOSE, CLOSURE_POSITION, CHILD_SAFETY, IMMEDIATE_RISK_DETAILS));

  private ChildInNeedMeetingProcess() {}
}
