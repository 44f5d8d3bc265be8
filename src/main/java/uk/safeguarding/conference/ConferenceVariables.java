package uk.safeguarding.conference;

import java.util.List;

/**
 * The variables the conference processes share, in the words practitioners use. The initial
 * conference hands them to the plan, the plan to its reviews, core groups and visits (call activities
 * pass every variable on), so each form shows what the case already knows.
 */
public final class ConferenceVariables {

  // from the strategy discussion and the section 47 enquiry
  public static final String CASE_REFERENCE = "caseReference";
  public static final String CHILD_NAME = "childName";
  public static final String CHILD_DATE_OF_BIRTH = "childDateOfBirth";
  public static final String HOUSEHOLD_MEMBERS = "householdMembers";
  public static final String STRATEGY_DISCUSSION_DATE = "strategyDiscussionDate";
  public static final String CONFERENCE_INVITEES = "conferenceInvitees";
  public static final String INITIAL_CONFERENCE_DUE_DATE = "initialConferenceDueDate";
  /** The due day as a practitioner reads it (YYYY-MM-DD), for the forms. */
  public static final String INITIAL_CONFERENCE_DUE_DAY = "initialConferenceDueDay";
  public static final String CONFERENCE_REQUEST_REASONS = "conferenceRequestReasons";
  public static final String ENQUIRY_FINDINGS = "enquiryFindings";
  public static final String PROVISIONAL_SAFETY_PLAN = "provisionalSafetyPlan";

  // the initial conference
  public static final String CONFERENCE_AGENCIES = "conferenceAgencies";
  public static final String CONFERENCE_DATE = "conferenceDate";
  /** ICPC-01: the day the conference was held, which every clock of the plan counts from; and why, if not the day set. */
  public static final String CONFERENCE_HELD_DATE = "conferenceHeldDate";
  public static final String CONFERENCE_POSTPONED_REASON = "conferencePostponedReason";
  public static final String CHILD_AGED_TWELVE_OR_OVER = "childAgedTwelveOrOver";
  public static final String CHILD_INVITED = "childInvited";
  public static final String CHILD_NOT_INVITED_REASON = "childNotInvitedReason";
  public static final String EARLIER_CHILD_PROTECTION_PLANS = "earlierChildProtectionPlans";
  public static final String SECOND_OR_LATER_PLAN = "secondOrLaterPlan";
  public static final String AGENCY = "agency";
  public static final String AGENCY_REPORT = "agencyReport";
  public static final String AGENCY_RECOMMENDATION = "agencyRecommendation";
  public static final String REPORT_SHARED_WITH_FAMILY = "reportSharedWithFamily";
  public static final String REPORT_NOT_SHARED_REASON = "reportNotSharedReason";
  public static final String SOCIAL_WORKER_REPORT = "socialWorkerReport";
  public static final String ASSESSMENT_SHARED_WITH_FAMILY = "assessmentSharedWithFamily";
  public static final String ASSESSMENT_NOT_SHARED_REASON = "assessmentNotSharedReason";
  /** Each agency's view at the conference: rows of agency, recommendation, view, dissent, dissentReason. */
  public static final String AGENCY_VIEWS = "agencyViews";
  public static final String CONFERENCE_DECISION = "conferenceDecision";
  public static final String CATEGORY_OF_ABUSE = "categoryOfAbuse";
  public static final String ADVOCACY_REFERRAL_MADE = "advocacyReferralMade";
  public static final String OUTLINE_PLAN = "outlinePlan";
  public static final String CONTINGENCY_PLAN = "contingencyPlan";
  public static final String CORE_GROUP_MEMBERS = "coreGroupMembers";
  /** Rows of dangerStatement and safetyGoal (Signs of Safety). */
  public static final String DANGER_STATEMENTS = "dangerStatements";
  public static final String CONFERENCE_DISSENTS_RAISED = "conferenceDissentsRaised";

  // the plan
  public static final String PLAN_START_DATE = "planStartDate";
  /** RA-01: the reassessment of the child's situation while the plan lasts. */
  public static final String REASSESSMENT_DATE = "reassessmentDate";
  public static final String REASSESSMENT_SUMMARY = "reassessmentSummary";
  public static final String LAST_REASSESSMENT_DATE = "lastReassessmentDate";
  public static final String LAST_REASSESSMENT_SUMMARY = "lastReassessmentSummary";
  public static final String NEXT_CORE_GROUP_DUE = "nextCoreGroupDue";
  public static final String CORE_GROUP_NUMBER = "coreGroupNumber";
  public static final String CORE_GROUP_DATE = "coreGroupDate";
  /** Rows of agency and riskScore (0 to 10), one for each core group member. */
  public static final String RISK_SCALING = "riskScaling";
  public static final String CORE_GROUP_NOTES = "coreGroupNotes";
  /** The day of the last core group: CG-02, CG-03 and CG-04 count from it. */
  public static final String LAST_CORE_GROUP_DATE = "lastCoreGroupDate";
  public static final String MINUTES_CIRCULATED_DATE = "minutesCirculatedDate";
  public static final String MINUTES_SENT_TO_FAMILY_AND_AGENCIES = "minutesSentToFamilyAndAgencies";
  public static final String DETAILED_PLAN = "detailedPlan";
  public static final String NEXT_VISIT_DUE = "nextVisitDue";
  public static final String VISIT_DATE = "visitDate";
  public static final String VISIT_CHILD_SEEN = "visitChildSeen";
  public static final String VISIT_CHILD_SEEN_ALONE = "visitChildSeenAlone";
  public static final String VISIT_NOT_SEEN_ALONE_REASON = "visitNotSeenAloneReason";
  public static final String VISIT_NOTES = "visitNotes";
  public static final String LAST_VISIT_SEEN_ALONE = "lastVisitChildSeenAlone";
  /** The day of the last visit at which the child was seen alone (the ICPC at first): CG-06 counts from it. */
  public static final String LAST_VISIT_SEEN_ALONE_DATE = "lastVisitSeenAloneDate";

  // review conferences
  public static final String NEXT_REVIEW_CONFERENCE_DUE = "nextReviewConferenceDue";
  public static final String REVIEW_NUMBER = "reviewNumber";
  /** RCPC-01's timescale for the next review ('first' from the ICPC, 'then' from the last review) and its day. */
  public static final String REVIEW_TIMESCALE = "reviewTimescale";
  public static final String REVIEW_COUNTED_FROM = "reviewCountedFrom";
  public static final String REVIEW_AGENCIES = "reviewAgencies";
  public static final String REVIEW_CONFERENCE_DATE = "reviewConferenceDate";
  /** RCPC-01: the day the review was held, which the next review counts from; and why, if not the day set. */
  public static final String REVIEW_CONFERENCE_HELD_DATE = "reviewConferenceHeldDate";
  public static final String REVIEW_CONFERENCE_POSTPONED_REASON = "reviewConferencePostponedReason";
  /** Rows of agency and attended (yes or no), one for each invited agency. */
  public static final String ATTENDANCE = "attendance";
  public static final String CONFERENCE_QUORATE = "conferenceQuorate";
  public static final String REVIEW_DECISION = "reviewDecision";
  public static final String CHANGES_REALISED = "changesRealised";
  public static final String RISK_TREND = "riskTrend";
  public static final String LEGAL_GATEWAY_REQUESTED = "legalGatewayRequested";
  public static final String AGENCIES_AGREEING_SUSTAINED_CHANGE = "agenciesAgreeingSustainedChange";

  // legal gateway and the end of the plan
  public static final String LEGAL_MEETING_DATE = "legalMeetingDate";
  public static final String LEGAL_GATEWAY_DECISION = "legalGatewayDecision";
  public static final String LEGAL_GATEWAY_RATIONALE = "legalGatewayRationale";
  public static final String LOOKED_AFTER_SINCE = "lookedAfterSince";
  public static final String LEGAL_STATUS = "legalStatus";
  public static final String DUAL_PROCESS_DECISION = "dualProcessDecision";
  public static final String DUAL_PROCESS_RATIONALE = "dualProcessRationale";
  public static final String PLAN_ENDED_AT = "childProtectionPlanEndedDate";
  public static final String PLAN_END_REASON = "planEndReason";

  // the child in need pathway's contract (issue 7)
  public static final String INVOLVED_AGENCIES = "involvedAgencies";
  public static final String CHILD_IN_NEED_PLAN_SOURCE = "childInNeedPlanSource";

  /** ICPC-05: what an initial conference decides. */
  public static final String CHILD_PROTECTION_PLAN = "childProtectionPlan";
  public static final String CHILD_IN_NEED_PLAN = "childInNeedPlan";
  public static final String NO_FURTHER_ACTION = "noFurtherAction";
  public static final List<String> CONFERENCE_DECISIONS = List.of(CHILD_PROTECTION_PLAN, CHILD_IN_NEED_PLAN, NO_FURTHER_ACTION);
  /** ICPC-05: the categories of abuse of a child protection plan. */
  public static final List<String> CATEGORIES_OF_ABUSE = List.of("neglect", "physical", "emotional", "sexual", "multiple");
  /** RCPC-03: what a review conference decides. */
  public static final String CONTINUE_PLAN = "continuePlan";
  public static final String END_PLAN = "endPlan";
  public static final List<String> REVIEW_DECISIONS = List.of(CONTINUE_PLAN, END_PLAN);
  /** RCPC-05: how the risk has moved since the last conference. */
  public static final List<String> RISK_TRENDS = List.of("reducing", "unchanged", "rising");
  /** RCPC-05 / RCPC-08: what a legal gateway or legal planning meeting decides. */
  public static final List<String> LEGAL_GATEWAY_DECISIONS = List.of("issueCareProceedings", "preProceedings", "continueChildProtectionPlan");
  /** RCPC-06: the chair's decision when a child on a plan becomes looked after. */
  public static final List<String> DUAL_PROCESS_DECISIONS = List.of(END_PLAN, CONTINUE_PLAN);
  /** The message that starts the child in need pathway (issue 7's contract). */
  public static final String CHILD_IN_NEED_PLAN_REQUESTED = "ChildInNeedPlanRequested";
  /** RCPC-05: the review at which a plan not working goes to the legal gateway. */
  public static final int LEGAL_GATEWAY_REVIEW = 3;

  private ConferenceVariables() {}
}
