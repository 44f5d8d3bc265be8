package uk.safeguarding.conference;

import static uk.safeguarding.conference.ConferenceVariables.*;
import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;

import uk.safeguarding.contract.ProcessContract;

/** The contract of the review conference diagram (processes/conference/review-child-protection-conference.bpmn). */
public final class ReviewChildProtectionConferenceProcess {

  public static final String KEY = "ReviewChildProtectionConference";

  public enum Element {
    ReviewConferenceDue,
    ConveneReviewConference,
    ReviewConferenceNotConvenedInTime,
    CheckReviewConferenceTiming,
    ProvideReviewReport,
    ReviewReportsNotSharedInTime,
    PrepareReviewReport,
    ReviewAssessmentNotSharedInTime,
    RecordReviewConference,
    ReviewConferenceNotHeldInTime,
    ReviewConferenceNotHeldInTimeRecorded,
    RaiseReviewConferenceDissent,
    ReviewConferenceRecorded
  }

  /**
   * What each step shows and may write: a person's submission outside it is refused (contract
   * package, docs/architecture.md "A task's contract").
   */
  public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
      .declares(
          checklist(REVIEW_AGENCIES, "police", "health", "education", "early-help", "virtual-school", "fostering",
              "adult-services", "probation", "housing", "yos", "camhs"),
          choice(AGENCY_RECOMMENDATION, REVIEW_DECISIONS),
          choice(REVIEW_DECISION, REVIEW_DECISIONS),
          choice(RISK_TREND, RISK_TRENDS),
          date(REVIEW_CONFERENCE_DATE),
          date(REVIEW_CONFERENCE_HELD_DATE),
          rows(AGENCY_VIEWS),
          rows(ATTENDANCE),
          text(AGENCY_REPORT),
          text(ASSESSMENT_NOT_SHARED_REASON),
          text(CONTINGENCY_PLAN),
          text(REPORT_NOT_SHARED_REASON),
          text(REVIEW_CONFERENCE_POSTPONED_REASON),
          text(SOCIAL_WORKER_REPORT),
          yesNo(ASSESSMENT_SHARED_WITH_FAMILY),
          yesNo(CHANGES_REALISED),
          yesNo(CONFERENCE_QUORATE),
          yesNo(REPORT_SHARED_WITH_FAMILY))
      // Each invited agency's task, the review's number, the agencies agreeing the change is sustained (RCPC-03), the
      // legal gateway (RCPC-05), how the plan ended, and the dissents raised (ESC-05).
      .computes(AGENCY, REVIEW_NUMBER, AGENCIES_AGREEING_SUSTAINED_CHANGE, LEGAL_GATEWAY_REQUESTED, PLAN_ENDED_AT,
          PLAN_END_REASON, CONFERENCE_DISSENTS_RAISED)
      // Handed in by the plan: when the review is due (RCPC-01) and what the conferences before it knew.
      .computes(NEXT_REVIEW_CONFERENCE_DUE, REVIEW_TIMESCALE, REVIEW_COUNTED_FROM, CATEGORY_OF_ABUSE,
          CONFERENCE_REQUEST_REASONS, ENQUIRY_FINDINGS, PROVISIONAL_SAFETY_PLAN)
      .task(Element.ConveneReviewConference,
          shows(NEXT_REVIEW_CONFERENCE_DUE, CATEGORY_OF_ABUSE, REVIEW_NUMBER, CONTINGENCY_PLAN),
          writes(REVIEW_CONFERENCE_DATE, REVIEW_AGENCIES))
      .task(Element.ProvideReviewReport,
          shows(AGENCY, REVIEW_CONFERENCE_DATE, CONFERENCE_REQUEST_REASONS),
          writes(AGENCY_REPORT, AGENCY_RECOMMENDATION, REPORT_SHARED_WITH_FAMILY, REPORT_NOT_SHARED_REASON))
      .task(Element.PrepareReviewReport,
          shows(REVIEW_CONFERENCE_DATE, ENQUIRY_FINDINGS, PROVISIONAL_SAFETY_PLAN),
          writes(SOCIAL_WORKER_REPORT, ASSESSMENT_SHARED_WITH_FAMILY, ASSESSMENT_NOT_SHARED_REASON))
      .task(Element.RecordReviewConference,
          shows(REVIEW_CONFERENCE_DATE, REVIEW_NUMBER, CATEGORY_OF_ABUSE, SOCIAL_WORKER_REPORT),
          writes(REVIEW_CONFERENCE_HELD_DATE, REVIEW_CONFERENCE_POSTPONED_REASON, ATTENDANCE, CONFERENCE_QUORATE, CONTINGENCY_PLAN, AGENCY_VIEWS, CHANGES_REALISED, RISK_TREND,
              REVIEW_DECISION));

  private ReviewChildProtectionConferenceProcess() {}
}
