package uk.safeguarding.conference;

import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;

import uk.safeguarding.contract.CaseFacts;
import uk.safeguarding.contract.ProcessContract;

/**
 * The contract of the initial conference diagram
 * (processes/conference/initial-child-protection-conference.bpmn); its variables are in
 * {@link ConferenceVariables}.
 */
public final class InitialChildProtectionConferenceProcess {

  public static final String KEY = "InitialChildProtectionConference";

  public enum Element {
    InitialConferenceRequested,
    PrepareInitialConference,
    ConveneInitialConference,
    InitialConferenceNotConvenedInTime,
    CheckInitialConferenceTiming,
    ProvideConferenceReport,
    ConferenceReportsNotSharedInTime,
    PrepareConferenceAssessment,
    ConferenceAssessmentNotSharedInTime,
    RecordInitialConference,
    RaiseInitialConferenceDissent,
    InitialConferenceDecision,
    SetFirstPlanDates,
    ChildProtectionPlan,
    ChildProtectionPlanEnded,
    RequestChildInNeedPlanAfterConference,
    ChildInNeedPlanFollows,
    NoFurtherAction
  }

  /**
   * What each step shows and may write: a person's submission outside it is refused (contract
   * package, docs/architecture.md "A task's contract").
   */
  public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
      .declares(
          checklist("conferenceAgencies", "police", "health", "education", "early-help", "virtual-school", "fostering", "adult-services", "probation", "housing", "yos", "camhs"),
          checklist("coreGroupMembers", "csc-social-worker", "police", "health", "education", "early-help", "virtual-school", "fostering", "adult-services", "probation", "housing", "yos", "camhs"),
          choice("agencyRecommendation", "childProtectionPlan", "childInNeedPlan", "noFurtherAction"),
          choice("categoryOfAbuse", "neglect", "physical", "emotional", "sexual", "multiple"),
          choice("conferenceDecision", "childProtectionPlan", "childInNeedPlan", "noFurtherAction"),
          date("conferenceDate"),
          rows("agencyViews"),
          rows("dangerStatements"),
          text("agencyReport"),
          text("assessmentNotSharedReason"),
          text("childNotInvitedReason"),
          text("contingencyPlan"),
          text("outlinePlan"),
          text("reportNotSharedReason"),
          text("socialWorkerReport"),
          yesNo("advocacyReferralMade"),
          yesNo("assessmentSharedWithFamily"),
          yesNo("childInvited"),
          yesNo("reportSharedWithFamily"))
      .task(Element.ConveneInitialConference, shows("initialConferenceDueDay", "conferenceRequestReasons", "provisionalSafetyPlan", "earlierChildProtectionPlans"), writes("conferenceDate", "conferenceAgencies", "childInvited", "childNotInvitedReason"))
      .task(Element.ProvideConferenceReport, shows("agency", "conferenceDate", "conferenceRequestReasons"), writes("agencyReport", "agencyRecommendation", "reportSharedWithFamily", "reportNotSharedReason"))
      .task(Element.PrepareConferenceAssessment, shows("conferenceDate", "enquiryFindings", "provisionalSafetyPlan"), writes("socialWorkerReport", "assessmentSharedWithFamily", "assessmentNotSharedReason"))
      .task(Element.RecordInitialConference, shows("conferenceDate", "earlierChildProtectionPlans", "socialWorkerReport"), writes("childInvited", "childNotInvitedReason", "agencyViews", "conferenceDecision", "categoryOfAbuse", "advocacyReferralMade", "coreGroupMembers", "outlinePlan", "contingencyPlan", "dangerStatements"));

  private InitialChildProtectionConferenceProcess() {}
}
