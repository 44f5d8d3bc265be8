package uk.safeguarding.conference;

import static uk.safeguarding.conference.ConferenceVariables.*;
import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;

import uk.safeguarding.contract.CensusCodes;
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
    InitialConferenceNotHeldInTime,
    InitialConferenceNotHeldInTimeRecorded,
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
          checklist(CONFERENCE_AGENCIES, "police", "health", "education", "early-help", "virtual-school", "fostering",
              "adult-services", "probation", "housing", "yos", "camhs"),
          checklist(CORE_GROUP_MEMBERS, "csc-social-worker", "police", "health", "education", "early-help",
              "virtual-school", "fostering", "adult-services", "probation", "housing", "yos", "camhs"),
          choice(AGENCY_RECOMMENDATION, CONFERENCE_DECISIONS),
          choice(CATEGORY_OF_ABUSE, CATEGORIES_OF_ABUSE),
          choice(CensusCodes.PRIMARY_NEED, CensusCodes.codes(CensusCodes.PRIMARY_NEEDS)),
          choice(CONFERENCE_DECISION, CONFERENCE_DECISIONS),
          date(CONFERENCE_DATE),
          date(CONFERENCE_HELD_DATE),
          rows(AGENCY_VIEWS),
          rows(DANGER_STATEMENTS),
          text(AGENCY_REPORT),
          text(ASSESSMENT_NOT_SHARED_REASON),
          text(CHILD_NOT_INVITED_REASON),
          text(CONFERENCE_POSTPONED_REASON),
          text(CONTINGENCY_PLAN),
          text(OUTLINE_PLAN),
          text(REPORT_NOT_SHARED_REASON),
          text(SOCIAL_WORKER_REPORT),
          yesNo(ADVOCACY_REFERRAL_MADE),
          yesNo(ASSESSMENT_SHARED_WITH_FAMILY),
          yesNo(CHILD_INVITED),
          yesNo(REPORT_SHARED_WITH_FAMILY))
      // What the conference is prepared with (ICPC-02's age, earlier plans), each invited agency's task, the dissents
      // raised (ESC-05), where a child in need plan comes from, and the plan's first dates (CG-01, CG-06, RCPC-01).
      .computes(CHILD_AGED_TWELVE_OR_OVER, EARLIER_CHILD_PROTECTION_PLANS, SECOND_OR_LATER_PLAN, AGENCY,
          CONFERENCE_DISSENTS_RAISED, CHILD_IN_NEED_PLAN_SOURCE, PLAN_START_DATE, NEXT_CORE_GROUP_DUE,
          CORE_GROUP_NUMBER, LAST_VISIT_SEEN_ALONE_DATE, NEXT_VISIT_DUE, REVIEW_TIMESCALE, REVIEW_COUNTED_FROM,
          NEXT_REVIEW_CONFERENCE_DUE, REVIEW_NUMBER, RISK_SCALING, REVIEW_AGENCIES)
      // Handed in by the strategy discussion and its section 47 enquiry (ICPC-01).
      .computes(STRATEGY_DISCUSSION_DATE, CONFERENCE_INVITEES, INITIAL_CONFERENCE_DUE_DATE, INITIAL_CONFERENCE_DUE_DAY,
          CONFERENCE_REQUEST_REASONS, ENQUIRY_FINDINGS, PROVISIONAL_SAFETY_PLAN)
      .task(Element.ConveneInitialConference,
          shows(INITIAL_CONFERENCE_DUE_DAY, CONFERENCE_REQUEST_REASONS, PROVISIONAL_SAFETY_PLAN,
              EARLIER_CHILD_PROTECTION_PLANS),
          writes(CONFERENCE_DATE, CONFERENCE_AGENCIES, CHILD_INVITED, CHILD_NOT_INVITED_REASON))
      .task(Element.ProvideConferenceReport,
          shows(AGENCY, CONFERENCE_DATE, CONFERENCE_REQUEST_REASONS),
          writes(AGENCY_REPORT, AGENCY_RECOMMENDATION, REPORT_SHARED_WITH_FAMILY, REPORT_NOT_SHARED_REASON))
      .task(Element.PrepareConferenceAssessment,
          shows(CONFERENCE_DATE, ENQUIRY_FINDINGS, PROVISIONAL_SAFETY_PLAN),
          writes(SOCIAL_WORKER_REPORT, ASSESSMENT_SHARED_WITH_FAMILY, ASSESSMENT_NOT_SHARED_REASON))
      .task(Element.RecordInitialConference,
          shows(CONFERENCE_DATE, EARLIER_CHILD_PROTECTION_PLANS, SOCIAL_WORKER_REPORT),
          writes(CONFERENCE_HELD_DATE, CONFERENCE_POSTPONED_REASON, CHILD_INVITED, CHILD_NOT_INVITED_REASON, AGENCY_VIEWS,
              CONFERENCE_DECISION, CATEGORY_OF_ABUSE, CensusCodes.PRIMARY_NEED,
              ADVOCACY_REFERRAL_MADE, CORE_GROUP_MEMBERS, OUTLINE_PLAN, CONTINGENCY_PLAN, DANGER_STATEMENTS));

  private InitialChildProtectionConferenceProcess() {}
}
