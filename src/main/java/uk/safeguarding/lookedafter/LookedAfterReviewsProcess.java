package uk.safeguarding.lookedafter;

import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;

import uk.safeguarding.contract.CaseFacts;
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
    RecordIroAllocationBreach,
    Lac01BreachRecorded,
    IroNotAppointedInTime,
    RecordIroAppointmentBreach,
    Lac17AppointmentBreachRecorded,
    NextReview,
    WorkOutNextReview,
    ReviewBeforeEighteen,
    NoReviewBeforeEighteen,
    OneReview,
    OneReviewStart,
    ScheduleReview,
    PrepareAndHold,
    HoldReview,
    ReviewHeld,
    ReviewNotHeldInTime,
    RecordReviewBreach,
    Lac07BreachRecorded,
    SpeakWithSocialWorker,
    ConversationHeld,
    ConversationLate,
    RecordConversationBreach,
    Lac17ConversationBreachRecorded,
    SendSocialWorkerReport,
    ReportSent,
    SocialWorkerReportLate,
    RecordReportBreach,
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
    public static final String REVIEW_DECISIONS = "reviewDecisions";
    public static final String CHILD_VIEWS_HEARD = "childViewsHeard";
    public static final String LAST_REVIEW_ON = "lastReviewOn";

    private Variables() {}
  }

  /**
   * What each step shows and may write: a person's submission outside it is refused (contract
   * package, docs/architecture.md "A task's contract").
   */
  public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
      .declares(
          date("iroAllocatedOn"),
          date("iroConversationOn"),
          date("reviewDate"),
          date("reviewHeldOn"),
          date("socialWorkerReportSentOn"),
          text("iroConversationNotes"),
          text("iroName"),
          text("reviewConsultation"),
          text("reviewDecisions"),
          text("socialWorkerReport"),
          yesNo("childViewsHeard"))
      .task(Element.AllocateIro, shows("legalStatus", "lookedAfterSince", "placementType", "placementStartDate"), writes("iroName", "iroAllocatedOn"))
      .task(Element.ScheduleReview, shows("legalStatus", "lookedAfterSince", "iroName", "placementType", "placementStartDate", "reviewNumber", "reviewDueBy"), writes("reviewDate"))
      .task(Element.HoldReview, shows("legalStatus", "lookedAfterSince", "iroName", "placementType", "placementStartDate", "reviewDate", "reviewDueBy", "socialWorkerReport", "reviewConsultations"), writes("reviewHeldOn", "childViewsHeard", "reviewDecisions"))
      .task(Element.SpeakWithSocialWorker, shows("legalStatus", "lookedAfterSince", "iroName", "placementType", "placementStartDate", "reviewDate"), writes("iroConversationOn", "iroConversationNotes"))
      .task(Element.SendSocialWorkerReport, shows("legalStatus", "lookedAfterSince", "iroName", "placementType", "placementStartDate", "reviewDate"), writes("socialWorkerReportSentOn", "socialWorkerReport"))
      .task(Element.ReturnReviewConsultation, shows("legalStatus", "lookedAfterSince", "iroName", "placementType", "placementStartDate", "reviewDate"), writes("reviewConsultation"));

  private LookedAfterReviewsProcess() {}
}
