package uk.safeguarding.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.safeguarding.assessment.AssessmentScenario.*;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.childinneed.ChildInNeedPlanProcess;
import uk.safeguarding.assessment.ChildAndFamilyAssessmentProcess.Element;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.GateRefusedException;

/**
 * The child and family assessment (CFA-01 to CFA-08). The referral reaches children's social care
 * on Wednesday 9 December 2026, so the assessment's days cross Christmas (25 and 28 December, the
 * substitute day for Boxing Day) and New Year (1 January 2027). Counted with a calendar, working days
 * after the referral: 5th = Wed 16 Dec, 10th = Wed 23 Dec, 15th = Mon 4 Jan, 20th = Mon 11 Jan,
 * 35th = Mon 1 Feb, 45th = Mon 15 Feb.
 */
class ChildAndFamilyAssessmentProcessTest extends ProcessTestBase {


  String caseReference;

  @BeforeEach
  void aReferralReachesChildrensSocialCare() {
    clockAt("2026-12-09T10:00");
    caseReference = uniqueCaseReference();
  }

  ProcessInstance start(Map<String, Object> referral) {
    return as("sarah", "csc-social-worker",
        () -> engine.getRuntimeService().startProcessInstanceByKey(ChildAndFamilyAssessmentProcess.KEY, referral));
  }

  ProcessInstance started() {
    return start(referral(caseReference, "2026-12-09"));
  }

  ProcessInstance startedIn(String profile) {
    Map<String, Object> referral = referral(caseReference, "2026-12-09");
    referral.put("standardsProfile", profile);
    return start(referral);
  }

  Task task(ProcessInstance instance, Element element) {
    return task(instance.getId(), element.name());
  }

  String due(ProcessInstance instance, Element element) {
    return londonDateTime(task(instance, element).getDueDate());
  }

  void visited(ProcessInstance assessment, String day) {
    complete(task(assessment, Element.RecordFirstVisit), "sarah", "csc-social-worker", firstVisit(day));
  }

  void writtenUpAndEndorsed(ProcessInstance assessment, String outcome) {
    complete(task(assessment, Element.CompleteAssessment), "sarah", "csc-social-worker", writeUp(outcome));
    complete(task(assessment, Element.EndorseAssessment), "tom", "csc-team-manager", endorsement(outcome));
  }

  List<String> breachedRules() {
    return breachedRules(caseReference);
  }

  ProcessInstance running(String processKey) {
    return runningFor(caseReference, processKey);
  }

  @Test
  void cfa01_anAssessmentMissingTheReferralDateOrReasonIsRefusedFieldByFieldAndNothingStarts() {
    Map<String, Object> referral = referral(caseReference, "2026-12-09");
    referral.remove("referralDate");
    referral.remove("assessmentReason");
    referral.put("childDateOfBirth", "2027-01-01");

    assertThatThrownBy(() -> start(referral))
        .isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("CFA-01 referralDate")
        .hasMessageContaining("CFA-01 assessmentReason")
        .hasMessageContaining("CFA-01 childDateOfBirth");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseReference).count()).isZero();
  }

  @Test
  void cfa01_onlyChildrensSocialCareOpensAnAssessment() {
    assertThatThrownBy(() -> as("emma", "education", () -> engine.getRuntimeService()
        .startProcessInstanceByKey(ChildAndFamilyAssessmentProcess.KEY, referral(caseReference, "2026-12-09"))))
        .isInstanceOf(AuthorizationException.class);
  }

  @Test
  void cfa01_theFirstVisitIsDueOnTheFifthWorkingDayOfTheReferralAndAMissedVisitIsABreachThatStaysOpen() {
    ProcessInstance assessment = started();

    assertThat(assessment.getBusinessKey()).isEqualTo(caseReference);
    assertThat(candidateGroups(task(assessment, Element.RecordFirstVisit))).containsExactly("csc-social-worker");
    assertThat(due(assessment, Element.RecordFirstVisit)).isEqualTo("2026-12-16T23:59:59");
    Map<String, Object> census = engine.getRuntimeService().getVariables(assessment.getId());
    assertThat(londonDateTime((Date) census.get("censusReferralDate"))).isEqualTo("2026-12-09T00:00");
    assertThat(londonDateTime((Date) census.get("censusAssessmentStartDate"))).isEqualTo("2026-12-09T00:00");
    assertThat(census.get("referralDate")).as("as the forms' date fields show it").isEqualTo("2026-12-09");

    clockAt("2026-12-16T23:00");
    assertThat(fireDueTimers(assessment.getId())).isZero();
    clockAt("2026-12-17T00:00");
    assertThat(fireDueTimers(assessment.getId())).isEqualTo(1);
    assertThat(breachedRules()).containsExactly("CFA-01");
    assertThat(assessment).isWaitingAt(Element.RecordFirstVisit.name());
  }

  @Test
  void cfa01_aFirstVisitCountsOnlyOnceTheChildIsSeenAndSaysWhyNotAloneWhenTheChildWasNot() {
    ProcessInstance assessment = started();
    Task visit = task(assessment, Element.RecordFirstVisit);
    Map<String, Object> notSeen = firstVisit("2026-12-08");
    notSeen.put("childSeen", "false");
    notSeen.put("childSeenAlone", "false");

    assertThatThrownBy(() -> complete(visit, "sarah", "csc-social-worker", notSeen))
        .hasMessageContaining("CFA-01 childSeen: the first visit is recorded once the child has been seen")
        .hasMessageContaining("CFA-01 notSeenAloneReason")
        .hasMessageContaining("CFA-01 firstVisitDate: is before the referral (09/12/2026)");
    Map<String, Object> seenWithMother = firstVisit("2026-12-11");
    seenWithMother.put("childSeenAlone", "false");
    seenWithMother.put("notSeenAloneReason", "Amy was too upset to be apart from her mother; seen alone at school next day.");
    clockAt("2026-12-11T16:00");
    complete(visit, "sarah", "csc-social-worker", seenWithMother);

    assertThat(assessment).isWaitingAt(Element.CompleteAssessment.name());
    assertThat(assessment).hasNotPassed(Element.DecideGradedCareProfile.name());
  }

  @Test
  void cfa02_theManagersReviewIsDueOnDayTenBeforeChristmasAndAMissedReviewIsABreach() {
    ProcessInstance assessment = started();
    visited(assessment, "2026-12-09");

    Task review = task(assessment, Element.ReviewAssessmentProgress);
    assertThat(candidateGroups(review)).containsExactly("csc-team-manager");
    assertThat(due(assessment, Element.ReviewAssessmentProgress)).isEqualTo("2026-12-23T23:59:59");
    clockAt("2026-12-23T23:00");
    assertThat(fireDueTimers(assessment.getId())).isZero();
    clockAt("2026-12-24T00:00");
    assertThat(fireDueTimers(assessment.getId())).isEqualTo(1);
    assertThat(breachedRules()).containsExactly("CFA-02");
    assertThat(task(assessment, Element.ReviewAssessmentProgress)).isNotNull();
  }

  @Test
  void cfa02_theManagersFinalCompletionDateNeedsARationaleStaysWithinTheLimitAndBecomesTheSocialWorkersDueDate() {
    ProcessInstance assessment = started();
    visited(assessment, "2026-12-09");
    assertThat(due(assessment, Element.CompleteAssessment)).isEqualTo("2027-02-15T23:59:59");

    clockAt("2026-12-22T11:00");
    Task review = task(assessment, Element.ReviewAssessmentProgress);
    Map<String, Object> tooLate = review("2027-02-16");
    tooLate.remove("assessmentFinalDateRationale");
    assertThatThrownBy(() -> complete(review, "tom", "csc-team-manager", tooLate))
        .hasMessageContaining("CFA-02 assessmentFinalCompletionDate: is after the CFA-03 limit of this profile (15/02/2027)")
        .hasMessageContaining("CFA-02 assessmentFinalDateRationale");
    assertThatThrownBy(() -> complete(review, "tom", "csc-team-manager", review("2026-12-21")))
        .hasMessageContaining("CFA-02 assessmentFinalCompletionDate: is in the past (21/12/2026)");
    complete(review, "tom", "csc-team-manager", review("2027-01-20"));

    assertThat(due(assessment, Element.CompleteAssessment)).isEqualTo("2027-01-20T23:59:59");
    assertThat(londonDateTime(timer(assessment.getId(), Element.AssessmentNotCompletedInTime.name()).getDuedate()))
        .isEqualTo("2027-02-15T23:59:59");
  }

  /**
   * Seed 004 (Assessment): "Assessments are reviewed by day 10 when a final date for completion is
   * agreed if the assessment is not completed ... While the assessment timescale is up to 45 days".
   * Referred Wednesday 9 December 2026: day 10 is Wednesday 23 December, the 45th working day Monday 15
   * February 2027. A manager who reviews on Wednesday 17 February can agree no date within the limit; the
   * review still closes on a date from today, the write-up falls due on it, and the late assessment is
   * one CFA-03 breach, whether the gate or the assessment's timer records it first.
   */
  @Test
  void cfa02_aReviewDoneAfterTheCfa03LimitTakesALaterDateAndTheLateAssessmentIsOneBreach() {
    ProcessInstance assessment = started();
    visited(assessment, "2026-12-09");

    clockAt("2027-02-17T10:00");
    Task review = task(assessment, Element.ReviewAssessmentProgress);
    assertThatThrownBy(() -> complete(review, "tom", "csc-team-manager", review("2027-02-16")))
        .hasMessageContaining("CFA-02 assessmentFinalCompletionDate: is in the past (16/02/2027)");
    complete(review, "tom", "csc-team-manager", review("2027-02-26"));

    assertThat(due(assessment, Element.CompleteAssessment)).isEqualTo("2027-02-26T23:59:59");
    assertThat(breachedRules()).as("the assessment is on record as late before any timer ran").containsExactly("CFA-03");
    assertThat(timer(assessment.getId(), Element.AssessmentNotCompletedInTime.name())).isNotNull();
    while (fireDueTimers(assessment.getId()) > 0) {
      // the assessment's CFA-03 timer of 15 February, overdue, among others
    }
    assertThat(timer(assessment.getId(), Element.AssessmentNotCompletedInTime.name())).as("it has run").isNull();
    assertThat(breachedRules()).containsExactly("CFA-03");
    assertThat(assessment).isWaitingAt(Element.CompleteAssessment.name());
  }

  @Test
  void cfa02_aWriteUpReturnedAfterTheReviewIsDueByTheManagersFinalDate() {
    ProcessInstance assessment = started();
    visited(assessment, "2026-12-09");
    complete(task(assessment, Element.CompleteAssessment), "sarah", "csc-social-worker", writeUp("noFurtherAction"));
    complete(task(assessment, Element.ReviewAssessmentProgress), "tom", "csc-team-manager", review("2027-01-06"));

    Map<String, Object> returned = Map.of("assessmentEndorsed", "false", "managerEndorsementNotes", "Add the GP's view.");
    complete(task(assessment, Element.EndorseAssessment), "tom", "csc-team-manager", returned);

    assertThat(due(assessment, Element.CompleteAssessment)).isEqualTo("2027-01-06T23:59:59");
  }

  @Test
  void cfa03_nationallyTheAssessmentIsCompletedWithin45WorkingDaysAndALateOneIsABreachWhileItGoesOn() {
    ProcessInstance assessment = started();
    visited(assessment, "2026-12-09");
    complete(task(assessment, Element.ReviewAssessmentProgress), "tom", "csc-team-manager", review("2027-02-15"));
    clockAt("2027-01-12T09:00");
    fireDueTimers(assessment.getId());
    complete(task(assessment, Element.HoldFamilyNetworkMeeting), "sarah", "csc-social-worker", familyNetworkMeeting("2027-01-12"));

    assertThat(due(assessment, Element.CompleteAssessment)).isEqualTo("2027-02-15T23:59:59");
    clockAt("2027-02-15T23:00");
    assertThat(fireDueTimers(assessment.getId())).isZero();
    clockAt("2027-02-16T00:00");
    assertThat(fireDueTimers(assessment.getId())).isEqualTo(1);
    assertThat(breachedRules()).containsExactly("CFA-03");
    assertThat(assessment).isWaitingAt(Element.CompleteAssessment.name());

    writtenUpAndEndorsed(assessment, "noFurtherAction");
    assertThat(assessment).isEnded().hasPassed(Element.NoFurtherAction.name());
  }

  @Test
  void cfa03_inCheshireEastTheSocialWorkerAimsFor15WorkingDaysAndTheBreachFallsAfter35() {
    ProcessInstance assessment = startedIn("cheshire-east");
    visited(assessment, "2026-12-09");

    assertThat(due(assessment, Element.CompleteAssessment)).isEqualTo("2027-01-04T23:59:59");
    assertThat(londonDateTime(timer(assessment.getId(), Element.AssessmentNotCompletedInTime.name()).getDuedate()))
        .isEqualTo("2027-02-01T23:59:59");
    Task review = task(assessment, Element.ReviewAssessmentProgress);
    assertThatThrownBy(() -> complete(review, "tom", "csc-team-manager", review("2027-02-02")))
        .hasMessageContaining("CFA-02 assessmentFinalCompletionDate: is after the CFA-03 limit of this profile (01/02/2027)");
    complete(review, "tom", "csc-team-manager", review("2027-01-29"));
    assertThat(due(assessment, Element.CompleteAssessment)).isEqualTo("2027-01-29T23:59:59");

    clockAt("2027-01-12T09:00");
    fireDueTimers(assessment.getId());
    complete(task(assessment, Element.HoldFamilyNetworkMeeting), "sarah", "csc-social-worker", familyNetworkMeeting("2027-01-12"));
    complete(task(assessment, Element.CompleteAssessment), "sarah", "csc-social-worker", writeUp("noFurtherAction"));
    assertThat(due(assessment, Element.EndorseAssessment)).isEqualTo("2027-02-01T23:59:59");
    clockAt("2027-02-01T23:00");
    assertThat(fireDueTimers(assessment.getId())).isZero();
    clockAt("2027-02-02T00:00");
    assertThat(fireDueTimers(assessment.getId())).isEqualTo(1);
    assertThat(breachedRules()).containsExactly("CFA-03");
    assertThat(assessment).isWaitingAt(Element.EndorseAssessment.name());
  }

  @Test
  void cfa04_anAssessmentRunningPastTwentyWorkingDaysCannotBeCompletedWithoutAFamilyNetworkMeeting() {
    ProcessInstance assessment = started();
    visited(assessment, "2026-12-09");
    complete(task(assessment, Element.ReviewAssessmentProgress), "tom", "csc-team-manager", review("2027-02-12"));

    clockAt("2027-01-11T23:00");
    assertThat(fireDueTimers(assessment.getId())).isZero();
    assertThat(task(assessment, Element.HoldFamilyNetworkMeeting)).isNull();
    clockAt("2027-01-12T00:00");
    assertThat(fireDueTimers(assessment.getId())).isEqualTo(1);
    Task meeting = task(assessment, Element.HoldFamilyNetworkMeeting);
    assertThat(candidateGroups(meeting)).containsExactly("csc-social-worker");
    assertThat(londonDateTime(meeting.getDueDate())).isEqualTo("2027-02-15T23:59:59");

    clockAt("2027-01-13T10:00");
    assertThatThrownBy(() -> complete(task(assessment, Element.CompleteAssessment), "sarah", "csc-social-worker",
        writeUp("noFurtherAction")))
        .hasMessageContaining("CFA-04 familyNetworkMeetingDate: the assessment has run past its CFA-04 point");
    Map<String, Object> notYet = familyNetworkMeeting("2027-01-20");
    notYet.remove("familyNetworkAttendees");
    assertThatThrownBy(() -> complete(meeting, "sarah", "csc-social-worker", notYet))
        .hasMessageContaining("CFA-04 familyNetworkMeetingDate")
        .hasMessageContaining("CFA-04 familyNetworkAttendees");
    complete(meeting, "sarah", "csc-social-worker", familyNetworkMeeting("2027-01-12"));
    complete(task(assessment, Element.CompleteAssessment), "sarah", "csc-social-worker", writeUp("noFurtherAction"));

    assertThat(assessment).isWaitingAt(Element.EndorseAssessment.name());
  }

  @Test
  void cfa04_anAssessmentCompletedByTheTwentiethWorkingDayNeedsNoFamilyNetworkMeetingAndEndsWithoutOne() {
    ProcessInstance assessment = started();
    visited(assessment, "2026-12-09");
    complete(task(assessment, Element.ReviewAssessmentProgress), "tom", "csc-team-manager", review("2027-01-11"));

    clockAt("2027-01-11T17:00");
    writtenUpAndEndorsed(assessment, "noFurtherAction");

    assertThat(assessment).isEnded().hasPassed(Element.NoFurtherAction.name());
    assertThat(assessment).hasNotPassed(Element.HoldFamilyNetworkMeeting.name());
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(assessment.getId()).count()).isZero();
  }

  @Test
  void cfa05_significantHarmStopsTheAssessmentAndStartsAStrategyDiscussionForTheSameChildAtOnce() {
    ProcessInstance assessment = started();
    visited(assessment, "2026-12-09");
    Task harm = task(assessment, Element.RaiseSignificantHarm);
    assertThat(candidateGroups(harm)).containsExactly("csc-social-worker");
    assertThatThrownBy(() -> complete(harm, "sarah", "csc-social-worker", Map.of()))
        .hasMessageContaining("CFA-05 significantHarmDetails");

    clockAt("2026-12-14T15:00");
    complete(harm, "sarah", "csc-social-worker", Map.of("significantHarmDetails", "Amy has a bruise to her cheek she says mum's partner caused."));

    assertThat(assessment).isEnded().hasPassed(Element.StoppedForStrategyDiscussion.name());
    assertThat(openTasks(assessment.getId())).isEmpty();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(assessment.getId()).count()).isZero();
    ProcessInstance discussion = running("StrategyDiscussion");
    assertThat(discussion).isNotNull();
    Map<String, Object> vars = engine.getRuntimeService().getVariables(discussion.getId());
    assertThat(vars.get("concernRaisedDate")).isEqualTo("2026-12-14");
    assertThat((String) vars.get("concern")).contains("CFA-05").contains("bruise to her cheek");
    assertThat(vars.get("childName")).isEqualTo("Amy Test");
    assertThat(londonDateTime(task(discussion.getId(), "ConveneStrategyDiscussion").getDueDate())).isEqualTo("2026-12-15T23:59:59");
  }

  @Test
  void cfa06_completionNeedsTheChildsViewsAndTheManagersEndorsementWhichRecordsTheCensusAuthorisationDate() {
    ProcessInstance assessment = started();
    visited(assessment, "2026-12-09");
    Map<String, Object> noVoice = writeUp("noFurtherAction");
    noVoice.remove("childViews");
    noVoice.put("assessmentOutcome", "closeIt");
    assertThatThrownBy(() -> complete(task(assessment, Element.CompleteAssessment), "sarah", "csc-social-worker", noVoice))
        .hasMessageContaining("CFA-06 childViews")
        .hasMessageContaining("CFA-07 assessmentOutcome");
    complete(task(assessment, Element.CompleteAssessment), "sarah", "csc-social-worker", writeUp("noFurtherAction"));

    Task endorse = task(assessment, Element.EndorseAssessment);
    assertThat(candidateGroups(endorse)).containsExactly("csc-team-manager");
    assertThat(londonDateTime(endorse.getDueDate())).isEqualTo("2027-02-15T23:59:59");
    assertThatThrownBy(() -> complete(endorse, "tom", "csc-team-manager", Map.of()))
        .hasMessageContaining("CFA-06 assessmentEndorsed")
        .hasMessageContaining("CFA-06 managerEndorsementNotes");
    complete(endorse, "tom", "csc-team-manager", Map.of("assessmentEndorsed", "false", "managerEndorsementNotes", "Say what Amy told you at school."));
    assertThat(assessment).isWaitingAt(Element.CompleteAssessment.name());
    assertThat(engine.getRuntimeService().getVariable(assessment.getId(), "censusAssessmentAuthorisationDate")).isNull();

    clockAt("2026-12-22T14:00");
    complete(task(assessment, Element.CompleteAssessment), "sarah", "csc-social-worker", writeUp("noFurtherAction"));
    assertThat(engine.getRuntimeService().getVariable(assessment.getId(), "assessmentEndorsed"))
        .as("the manager answers afresh").isNull();
    complete(task(assessment, Element.EndorseAssessment), "tom", "csc-team-manager", endorsement("noFurtherAction"));

    assertThat(assessment).isEnded().hasPassed(Element.NoFurtherAction.name());
    Object authorised = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(assessment.getId())
        .variableName("censusAssessmentAuthorisationDate").singleResult().getValue();
    assertThat(londonDateTime((Date) authorised)).isEqualTo("2026-12-22T00:00");
  }

  @Test
  void cfa07_aStepDownToEarlyHelpStartsEarlyHelpForTheSameChildWithTheAssessmentsPlanAsItsInput() {
    ProcessInstance assessment = started();
    visited(assessment, "2026-12-09");
    Map<String, Object> noPlan = writeUp("earlyHelp");
    noPlan.remove("assessmentPlan");
    assertThatThrownBy(() -> complete(task(assessment, Element.CompleteAssessment), "sarah", "csc-social-worker", noPlan))
        .hasMessageContaining("CFA-07 assessmentPlan");

    writtenUpAndEndorsed(assessment, "earlyHelp");

    assertThat(assessment).isEnded().hasPassed(Element.SteppedDownToEarlyHelp.name());
    ProcessInstance earlyHelp = running("EarlyHelp");
    assertThat(earlyHelp).isWaitingAt("RecordEarlyHelpConsent");
    Map<String, Object> vars = engine.getRuntimeService().getVariables(earlyHelp.getId());
    assertThat(vars.get("stepDownFrom")).isEqualTo("childAndFamilyAssessment");
    assertThat(vars.get("earlyHelpSource")).isEqualTo("stepDown");
    assertThat((String) vars.get("socialCarePlanSummary")).contains("Breakfast club").contains("low mood");
  }

  @Test
  void cfa07_aStrategyDiscussionOutcomeStartsOneForTheSameChild() {
    ProcessInstance assessment = started();
    visited(assessment, "2026-12-09");

    writtenUpAndEndorsed(assessment, "strategyDiscussion");

    assertThat(assessment).isEnded().hasPassed(Element.StrategyDiscussionStarted.name());
    ProcessInstance discussion = running("StrategyDiscussion");
    assertThat((String) engine.getRuntimeService().getVariable(discussion.getId(), "concern")).contains("CFA-07");
  }

  @Test
  void cfa07_theManagerHasTheLastWordOnTheOutcomeAndItIsOneOfTheFour() {
    ProcessInstance assessment = started();
    visited(assessment, "2026-12-09");
    complete(task(assessment, Element.CompleteAssessment), "sarah", "csc-social-worker", writeUp("earlyHelp"));
    Map<String, Object> endorsed = endorsement("closeIt");
    assertThatThrownBy(() -> complete(task(assessment, Element.EndorseAssessment), "tom", "csc-team-manager", endorsed))
        .hasMessageContaining("CFA-07 assessmentOutcome");

    complete(task(assessment, Element.EndorseAssessment), "tom", "csc-team-manager", endorsement("noFurtherAction"));

    assertThat(assessment).isEnded().hasPassed(Element.NoFurtherAction.name());
    assertThat(running("EarlyHelp")).isNull();
  }

  @Test
  void cfa07_aChildInNeedPlanOutcomeRequestsThePlanForTheSameChildWithTheAgenciesAndTheAssessmentStart() {
    ProcessInstance assessment = started();
    visited(assessment, "2026-12-09");
    Map<String, Object> noAgencies = writeUp("childInNeedPlan");
    noAgencies.remove("involvedAgencies");
    assertThatThrownBy(() -> complete(task(assessment, Element.CompleteAssessment), "sarah", "csc-social-worker", noAgencies))
        .hasMessageContaining("CFA-07 involvedAgencies");

    clockAt("2026-12-18T12:00");
    writtenUpAndEndorsed(assessment, "childInNeedPlan");

    assertThat(assessment).isEnded().hasPassed(Element.ChildInNeedPlanRequested.name());
    ProcessInstance plan = running(ChildInNeedPlanProcess.KEY);
    assertThat(plan).isNotNull();
    Map<String, Object> vars = engine.getRuntimeService().getVariables(plan.getId());
    assertThat(vars.get("childInNeedPlanSource")).isEqualTo("assessment");
    assertThat(CaseVariables.toList(vars.get("involvedAgencies"))).containsExactly("education", "health");
    assertThat(vars).containsEntry("caseReference", caseReference).containsEntry("childName", "Amy Test")
        .containsEntry("standardsProfile", "national").containsKey("householdMembers").containsKey("childDateOfBirth");
    assertThat(londonDateTime((Date) vars.get("assessmentStartDate"))).isEqualTo("2026-12-09T00:00");
    assertThat(londonDateTime((Date) vars.get("censusAssessmentAuthorisationDate"))).isEqualTo("2026-12-18T00:00");
  }

  /**
   * CIN-01 (seed 002 Standard 5): the first child in need meeting falls "between days 15 and 25 of the
   * assessment", and the assessment's days run from the referral (Standard 4, CFA-03). Amy was referred on
   * Wednesday 9 December but her assessment was opened a week later, on Wednesday 16th. Counted from the
   * referral (see the class comment) day 15 is Monday 4 January 2027 and day 25 Monday 18 January; the plan
   * is due with the assessment's own limit, day 45, Monday 15 February. Counted from the opening they would
   * be 11 January, 25 January and 22 February.
   */
  @Test
  void cin01_aPlanFromAnAssessmentOpenedAWeekAfterTheReferralCountsTheFirstMeetingsDaysFromTheReferral() {
    clockAt("2026-12-16T10:00");
    ProcessInstance assessment = started();
    visited(assessment, "2026-12-16");
    clockAt("2026-12-18T12:00");
    writtenUpAndEndorsed(assessment, "childInNeedPlan");

    ProcessInstance plan = running(ChildInNeedPlanProcess.KEY);
    assertThat(engine.getRuntimeService().getVariables(plan.getId()))
        .containsEntry("planClockStartDate", "2026-12-09")
        .containsEntry("firstMeetingEarliest", "2027-01-04").containsEntry("meetingDueBy", "2027-01-18")
        .containsEntry("planDueBy", "2027-02-15");
    assertThat(londonDateTime(task(plan.getId(), ChildInNeedPlanProcess.Element.DraftChildInNeedPlan.name()).getDueDate()))
        .isEqualTo("2027-02-15T23:59:59");
  }

  @Test
  void cfa08_neglectConcernsLeadToAGradedCareProfilePlanningDecisionByTheManagersReview() {
    ProcessInstance assessment = started();
    Map<String, Object> neglect = firstVisit("2026-12-10");
    neglect.put("neglectConcerns", "true");
    clockAt("2026-12-10T16:00");
    complete(task(assessment, Element.RecordFirstVisit), "sarah", "csc-social-worker", neglect);

    Task decide = task(assessment, Element.DecideGradedCareProfile);
    assertThat(candidateGroups(decide)).containsExactly("csc-team-manager");
    assertThat(londonDateTime(decide.getDueDate())).isEqualTo("2026-12-23T23:59:59");
    assertThat(task(assessment, Element.CompleteAssessment)).isNull();
    Map<String, Object> undecided = gradedCareProfile("2026-12-14");
    undecided.remove("gradedCareProfileCompletedBy");
    undecided.remove("gradedCareProfileDueDate");
    assertThatThrownBy(() -> complete(decide, "tom", "csc-team-manager", undecided))
        .hasMessageContaining("CFA-08 gradedCareProfileCompletedBy")
        .hasMessageContaining("CFA-08 gradedCareProfileDueDate")
        .hasMessageContaining("CFA-08 gradedCareProfilePlanningMeetingDate");
    clockAt("2026-12-15T10:00");
    complete(decide, "tom", "csc-team-manager", gradedCareProfile("2026-12-14"));

    assertThat(assessment).isWaitingAt(Element.CompleteAssessment.name(), Element.ReviewAssessmentProgress.name(),
        Element.RaiseSignificantHarm.name(), Element.PastFamilyNetworkMeetingPoint.name());
  }
}
