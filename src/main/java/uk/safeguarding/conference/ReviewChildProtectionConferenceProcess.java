package uk.safeguarding.conference;

import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;

import uk.safeguarding.contract.CaseFacts;
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
    RaiseReviewConferenceDissent,
    ReviewConferenceRecorded
  }

  /**
   * What each step shows and may write: a person's submission outside it is refused (contract
   * package, docs/architecture.md "A task's contract").
   */
  public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
      .declares(
          checklist("reviewAgencies", "police", "health", "education", "early-help", "virtual-school", "fostering", "adult-services", "probation", "housing", "yos", "camhs"),
          choice("agencyRecommendation", "continuePlan", "endPlan"),
          choice("reviewDecision", "continuePlan", "endPlan"),
          choice("riskTrend", "reducing", "unchanged", "rising"),
          date("reviewConferenceDate"),
          rows("agencyViews"),
          rows("attendance"),
          text("agencyReport"),
          text("assessmentNotSharedReason"),
          text("contingencyPlan"),
          text("reportNotSharedReason"),
          text("socialWorkerReport"),
          yesNo("assessmentSharedWithFamily"),
          yesNo("changesRealised"),
          yesNo("conferenceQuorate"),
          yesNo("reportSharedWithFamily"))
      .task(Element.ConveneReviewConference, shows("nextReviewConferenceDue", "categoryOfAbuse", "reviewNumber", "contingencyPlan"), writes("reviewConferenceDate", "reviewAgencies"))
      .task(Element.ProvideReviewReport, shows("agency", "reviewConferenceDate", "conferenceRequestReasons"), writes("agencyReport", "agencyRecommendation", "reportSharedWithFamily", "reportNotSharedReason"))
      .task(Element.PrepareReviewReport, shows("reviewConferenceDate", "enquiryFindings", "provisionalSafetyPlan"), writes("socialWorkerReport", "assessmentSharedWithFamily", "assessmentNotSharedReason"))
      .task(Element.RecordReviewConference, shows("reviewConferenceDate", "reviewNumber", "categoryOfAbuse", "socialWorkerReport"), writes("attendance", "conferenceQuorate", "contingencyPlan", "agencyViews", "changesRealised", "riskTrend", "reviewDecision"));

  private ReviewChildProtectionConferenceProcess() {}
}
