package uk.safeguarding.conference;

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

  private InitialChildProtectionConferenceProcess() {}
}
