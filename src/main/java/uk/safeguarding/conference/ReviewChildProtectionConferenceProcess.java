package uk.safeguarding.conference;

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

  private ReviewChildProtectionConferenceProcess() {}
}
