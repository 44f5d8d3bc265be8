package uk.safeguarding.lookedafter;

import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;
import static uk.safeguarding.lookedafter.LookedAfterChildProcess.Variables.INVOLVED_AGENCIES;
import static uk.safeguarding.lookedafter.LookedAfterChildProcess.Variables.LEGAL_STATUS;
import static uk.safeguarding.lookedafter.LookedAfterChildProcess.Variables.LOOKED_AFTER_SINCE;
import static uk.safeguarding.lookedafter.LookedAfterChildProcess.Variables.PLACEMENT_START_DATE;
import static uk.safeguarding.lookedafter.LookedAfterChildProcess.Variables.PLACEMENT_TYPE;
import static uk.safeguarding.lookedafter.LookedAfterReviewsProcess.Variables.*;

import uk.safeguarding.contract.LookedAfterCodes;
import uk.safeguarding.contract.ProcessContract;

/**
 * The contract of processes/lookedafter/looked-after-reviews.bpmn: the IRO allocated and appointed
 * (LAC-01, LAC-17), then one looked after review after another (LAC-07), each prepared by the IRO's
 * conversation with the social worker (LAC-17), the agencies' consultations and the social worker's
 * report (LAC-08).
 */
public final class LookedAfterReviewsProcess {

  public static final String KEY = "LookedAfterReviews";

  public enum Element {
    ReviewsStart,
    IroAndReviews,
    AllocateIro,
    IroAllocated,
    IroNotAllocatedInTime,
    Lac01BreachRecorded,
    IroNotAppointedInTime,
    Lac17AppointmentBreachRecorded,
    NextReview,
    WorkOutNextReview,
    ReviewBeforeEighteen,
    NoReviewBeforeEighteen,
    OneReview,
    OneReviewStart,
    ScheduleReview,
    ReviewNotScheduledInTime,
    Lac07NotScheduledBreachRecorded,
    PrepareAndHold,
    HoldReview,
    ReviewHeld,
    ReviewNotHeldInTime,
    Lac07BreachRecorded,
    SpeakWithSocialWorker,
    ConversationHeld,
    ConversationLate,
    Lac17ConversationBreachRecorded,
    SendSocialWorkerReport,
    ReportSent,
    SocialWorkerReportLate,
    Lac08BreachRecorded,
    ReturnReviewConsultation,
    ConsultationReturned
  }

  public static final class Variables {
    public static final String IRO_NAME = LookedAfterChildProcess.Variables.IRO_NAME;
    public static final String IRO_ALLOCATED_ON = "iroAllocatedOn";
    public static final String REVIEW_NUMBER = "reviewNumber";
    public static final String REVIEW_TIMESCALE = "reviewTimescale";
    public static final String REVIEW_COUNTED_FROM = "reviewCountedFrom";
    public static final String REVIEW_DUE_BY = "reviewDueBy";
    public static final String REVIEW_BEFORE_EIGHTEEN = "reviewBeforeEighteen";
    public static final String REVIEW_DATE = "reviewDate";
    public static final String CONVERSATION_ON = "iroConversationOn";
    public static final String CONVERSATION_NOTES = "iroConversationNotes";
    public static final String CONSULTATION = "reviewConsultation";
    public static final String CONSULTATIONS = "reviewConsultations";
    public static final String REPORT_SENT_ON = "socialWorkerReportSentOn";
    public static final String REPORT = "socialWorkerReport";
    public static final String REVIEW_HELD_ON = "reviewHeldOn";
    /** Why the review was held on a day other than the one set (LAC-07). */
    public static final String REVIEW_POSTPONED_REASON = "reviewPostponedReason";
    public static final String REVIEW_DECISIONS = "reviewDecisions";
    public static final String CHILD_VIEWS_HEARD = "childViewsHeard";
    public static final String LAST_REVIEW_ON = "lastReviewOn";
    /** SSDA903 REVIEW_CODE: how the child took part in the review, PN0 to PN7. */
    public static final String CHILD_PARTICIPATION = "childParticipation";

    private Variables() {}
  }

  /**
   * What each step shows and may write: a person's submission outside it is refused (contract
   * package, docs/architecture.md "A task's contract").
   */
  public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
      .declares(
          date(IRO_ALLOCATED_ON),
          date(CONVERSATION_ON),
          date(REVIEW_DATE),
          date(REVIEW_HELD_ON),
          date(REPORT_SENT_ON),
          text(CONVERSATION_NOTES),
          text(IRO_NAME),
          text(CONSULTATION),
          text(REVIEW_DECISIONS),
          text(REPORT),
          text(REVIEW_POSTPONED_REASON),
          yesNo(CHILD_VIEWS_HEARD),
          choice(CHILD_PARTICIPATION, LookedAfterCodes.codes(LookedAfterCodes.REVIEW_PARTICIPATION)))
      // Which review comes next and by when (LAC-07), each involved agency's consultation task and what they returned
      // (LAC-08), and the day of the last review.
      .computes(REVIEW_NUMBER, REVIEW_TIMESCALE, REVIEW_COUNTED_FROM, REVIEW_DUE_BY, REVIEW_BEFORE_EIGHTEEN,
          CarePlanningProcess.Variables.AGENCY, CONSULTATIONS, LAST_REVIEW_ON)
      // Handed in by the child's main process.
      .computes(LEGAL_STATUS, LOOKED_AFTER_SINCE, PLACEMENT_TYPE, PLACEMENT_START_DATE, INVOLVED_AGENCIES)
      .task(Element.AllocateIro,
          shows(LEGAL_STATUS, LOOKED_AFTER_SINCE, PLACEMENT_TYPE, PLACEMENT_START_DATE),
          writes(IRO_NAME, IRO_ALLOCATED_ON))
      .task(Element.ScheduleReview,
          shows(LEGAL_STATUS, LOOKED_AFTER_SINCE, IRO_NAME, PLACEMENT_TYPE, PLACEMENT_START_DATE, REVIEW_NUMBER,
              REVIEW_DUE_BY),
          writes(REVIEW_DATE))
      .task(Element.HoldReview,
          shows(LEGAL_STATUS, LOOKED_AFTER_SINCE, IRO_NAME, PLACEMENT_TYPE, PLACEMENT_START_DATE, REVIEW_DATE,
              REVIEW_DUE_BY, REPORT, CONSULTATIONS),
          writes(REVIEW_HELD_ON, REVIEW_POSTPONED_REASON, CHILD_VIEWS_HEARD, CHILD_PARTICIPATION, REVIEW_DECISIONS))
      .task(Element.SpeakWithSocialWorker,
          shows(LEGAL_STATUS, LOOKED_AFTER_SINCE, IRO_NAME, PLACEMENT_TYPE, PLACEMENT_START_DATE, REVIEW_DATE),
          writes(CONVERSATION_ON, CONVERSATION_NOTES))
      .task(Element.SendSocialWorkerReport,
          shows(LEGAL_STATUS, LOOKED_AFTER_SINCE, IRO_NAME, PLACEMENT_TYPE, PLACEMENT_START_DATE, REVIEW_DATE),
          writes(REPORT_SENT_ON, REPORT))
      .task(Element.ReturnReviewConsultation,
          shows(LEGAL_STATUS, LOOKED_AFTER_SINCE, IRO_NAME, PLACEMENT_TYPE, PLACEMENT_START_DATE, REVIEW_DATE),
          writes(CONSULTATION));

  private LookedAfterReviewsProcess() {}
}
