package uk.safeguarding.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.gates.GateRefusedException;
import uk.safeguarding.breaches.StandardsBreach;
import uk.safeguarding.breaches.StandardsBreachRegister;

/**
 * The strategy discussion (SD-01 to SD-08) as practitioners meet it: who gets which task, when it is
 * due, what the gates refuse, and what a missed timescale leaves behind. The concern arises on
 * Wednesday 9 December 2026, so the dates cross Christmas and New Year.
 */
class StrategyDiscussionProcessTest extends ProcessTestBase {

  @Autowired
  StandardsBreachRegister breaches;

  StrategyDiscussionScenario child;

  @BeforeEach
  void aConcernArises() {
    clockAt("2026-12-09T10:00");
    child = new StrategyDiscussionScenario(engine, uniqueCaseReference());
  }

  @Test
  void sd01_sd04_aTeamManagerConvenesTheDiscussionByTheEndOfTheNextWorkingDay() {
    ProcessInstance discussion = child.start("2026-12-09");

    assertThat(discussion).isWaitingAt("ConveneStrategyDiscussion");
    assertThat(discussion.getBusinessKey()).isEqualTo(child.caseReference);
    Task convene = task(discussion.getId(), "ConveneStrategyDiscussion");
    assertThat(candidateGroups(convene)).containsExactly("csc-team-manager");
    assertThat(londonDateTime(convene.getDueDate())).isEqualTo("2026-12-10T23:59:59");
    assertThat(engine.getRuntimeService().getVariable(discussion.getId(), "standardsProfile")).isEqualTo("national");
  }

  @Test
  void sd01_aStartWithoutTheChildOrTheConcernIsRefusedAndNothingIsCreated() {
    Map<String, Object> referral = StrategyDiscussionScenario.referral(child.caseReference, "2026-12-09");
    referral.remove("childName");
    referral.put("concernRaisedDate", "2026-12-31");
    referral.put("standardsProfile", "atlantis");

    assertThatThrownBy(() -> child.start(referral))
        .isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("SD-01 childName")
        .hasMessageContaining("SD-01 concernRaisedDate: cannot be in the future")
        .hasMessageContaining("SD-01 standardsProfile: no standards profile 'atlantis'");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(child.caseReference).count()).isZero();
  }

  @Test
  void sd01_aDiscussionNotConvenedInTimeIsRecordedAsABreachAndTheTaskStaysOpen() {
    ProcessInstance discussion = child.start("2026-12-09");
    assertThat(londonDateTime(timer(discussion.getId(), "StrategyDiscussionNotConvenedInTime").getDuedate()))
        .isEqualTo("2026-12-10T23:59:59");

    clockAt("2026-12-10T23:00");
    assertThat(fireDueTimers(discussion.getId())).isZero();
    clockAt("2026-12-11T08:00");
    assertThat(fireDueTimers(discussion.getId())).isEqualTo(1);

    assertThat(discussion).isWaitingAt("ConveneStrategyDiscussion");
    List<StandardsBreach> recorded = breaches.forCase(child.caseReference);
    assertThat(recorded).singleElement().satisfies(breach -> {
      assertThat(breach.ruleId()).isEqualTo("SD-01");
      assertThat(breach.breachedStep()).isEqualTo("Convene strategy discussion");
      assertThat(breach.dueAt().toInstant()).isEqualTo(timerDue("2026-12-10T23:59:59"));
    });
    Task review = breachReview(child.caseReference);
    assertThat(candidateGroups(review)).containsExactly("csc-team-manager");
    assertThat(londonDateTime(review.getDueDate())).isEqualTo("2026-12-14T23:59:59");
  }

  @Test
  void sd03_aCallIsRefusedWhenThereAreComplexConcernsButAMeetingPasses() {
    ProcessInstance discussion = child.start("2026-12-09");
    Map<String, Object> convening = StrategyDiscussionScenario.convening("2026-12-10");
    convening.put("complexityFactors", SpinValues.jsonValue("[\"fabricatedOrInducedIllness\"]").create());
    convening.put("discussionFormat", "call");

    assertThatThrownBy(() -> child.convene(convening))
        .isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("SD-03 discussionFormat: must be 'meeting'")
        .hasMessageContaining("fabricatedOrInducedIllness");
    assertThat(discussion).isWaitingAt("ConveneStrategyDiscussion");

    convening.put("discussionFormat", "meeting");
    child.convene(convening);
    assertThat(discussion).isWaitingAt("ContributeToStrategyDiscussion");
  }

  @Test
  void sd02_aDiscussionWithoutPoliceIsRecordedAsABreachForTheTeamManager() {
    ProcessInstance discussion = child.start("2026-12-09");
    Map<String, Object> convening = StrategyDiscussionScenario.convening("2026-12-10");
    convening.put("invitedAgencies", "csc-social-worker,health,education");

    child.convene(convening);

    assertThat(breaches.forCase(child.caseReference)).singleElement().satisfies(breach -> {
      assertThat(breach.ruleId()).isEqualTo("SD-02");
      assertThat(breach.detail()).contains("police");
    });
    assertThat(breachReview(child.caseReference)).isNotNull();
    assertThat(engine.getRuntimeService().getVariable(discussion.getId(), "missingMandatoryAgencies")).isEqualTo("police");
  }

  @Test
  void sd02_educationIsMandatoryForAChildInSchoolAndFosteringForALookedAfterChild() {
    Map<String, Object> referral = StrategyDiscussionScenario.referral(child.caseReference, "2026-12-09");
    referral.put("childLookedAfter", true);
    referral.put("referrerAgency", "housing");
    child.start(referral);
    Map<String, Object> convening = StrategyDiscussionScenario.convening("2026-12-10");
    convening.put("invitedAgencies", "csc-social-worker,police,health");

    child.convene(convening);

    assertThat(engine.getRuntimeService().getVariable(child.discussion.getId(), "missingMandatoryAgencies"))
        .isEqualTo("education, fostering, housing");
  }

  @Test
  void sd01_aDiscussionSetForAfterTheDeadlineIsABreachAtOnce() {
    child.start("2026-12-09");
    child.convene(StrategyDiscussionScenario.convening("2026-12-14"));

    assertThat(breaches.forCase(child.caseReference)).extracting(StandardsBreach::ruleId).containsExactly("SD-01");
  }

  @Test
  void sd06_eachInvitedAgencyGetsItsOwnContributionTaskAndSeesNoOtherAgencysTask() {
    ProcessInstance discussion = child.start("2026-12-09");
    child.convene(StrategyDiscussionScenario.convening("2026-12-10"));

    List<Task> contributions = engine.getTaskService().createTaskQuery().processInstanceId(discussion.getId())
        .taskDefinitionKey("ContributeToStrategyDiscussion").list();
    assertThat(contributions).hasSize(4);
    assertThat(contributions).flatExtracting(this::candidateGroups)
        .containsExactlyInAnyOrder("csc-social-worker", "police", "health", "education");
    assertThat(contributions).allSatisfy(task -> assertThat(londonDateTime(task.getDueDate())).isEqualTo("2026-12-10T23:59:59"));

    engine.getIdentityService().setAuthentication("paul", List.of("police"));
    List<Task> policeSees = engine.getTaskService().createTaskQuery().processInstanceId(discussion.getId()).list();
    engine.getIdentityService().setAuthentication("emma", List.of("education"));
    List<Task> schoolSees = engine.getTaskService().createTaskQuery().processInstanceId(discussion.getId()).list();
    engine.getIdentityService().clearAuthentication();

    assertThat(policeSees).singleElement().satisfies(task -> assertThat(candidateGroups(task)).containsExactly("police"));
    assertThat(schoolSees).singleElement().satisfies(task -> assertThat(candidateGroups(task)).containsExactly("education"));
  }

  @Test
  void sd06_aContributionWithoutARiskAnalysisIsRefusedAndTheOthersAreKeptApart() {
    ProcessInstance discussion = child.start("2026-12-09");
    child.convene(StrategyDiscussionScenario.convening("2026-12-10"));
    Task police = engine.getTaskService().createTaskQuery().processInstanceId(discussion.getId())
        .taskCandidateGroup("police").singleResult();

    assertThatThrownBy(() -> engine.getTaskService().complete(police.getId(), Map.of("agencyInformation", "Known to police")))
        .isInstanceOf(GateRefusedException.class).hasMessageContaining("SD-06 agencyRiskAnalysis");

    engine.getTaskService().complete(police.getId(), Map.of("agencyInformation", "Two call-outs this year",
        "agencyRiskAnalysis", "High"));
    assertThat(engine.getRuntimeService().getVariable(discussion.getId(), "agencyContributions").toString())
        .contains("Police").contains("Two call-outs this year");
    assertThat(engine.getRuntimeService().getVariable(discussion.getId(), "agencyInformation")).isNull();
  }

  @Test
  void sd05_recordingIsRefusedWithoutSmartActionsOrTheHouseholdsChildrenConsidered() {
    reachRecording();
    Map<String, Object> record = StrategyDiscussionScenario.record("section47", "2026-12-14");
    record.put("agreedActions", "police; ; 2026-12-14; Check records\nnobody; Sarah; next week; Visit\nhealth; Helen; 2026-12-14");
    record.put("householdChildrenConsidered", false);
    record.remove("decisionRationale");

    assertThatThrownBy(() -> child.record(record))
        .isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("SD-05 decisionRationale")
        .hasMessageContaining("action 1 has no owner")
        .hasMessageContaining("action 2 has no agency we know ('nobody')")
        .hasMessageContaining("action 2 has no due date as YYYY-MM-DD ('next week')")
        .hasMessageContaining("action 3 must read")
        .hasMessageContaining("SD-05 householdChildrenConsidered");
    assertThat(child.discussion).isWaitingAt("RecordStrategyDiscussion");
    assertThat(engine.getRuntimeService().getVariable(child.discussion.getId(), "decisions")).isNull();
  }

  @Test
  void sd08_noSection47NeedsItsRationaleAndNextStepAndEndsTheDiscussion() {
    reachRecording();
    Map<String, Object> record = StrategyDiscussionScenario.record("noSection47", "2026-12-14");

    assertThatThrownBy(() -> child.record(record)).isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("SD-08 noSection47Rationale").hasMessageContaining("SD-08 nextStep");

    record.put("noSection47Rationale", "Explanation accepted; injury accidental");
    record.put("nextStep", "childAndFamilyAssessment");
    child.record(record);
    assertThat(child.discussion).isEnded().hasPassed("NoSection47Enquiry", "NoLadoReferral");
  }

  @Test
  void sd07_lado01_aConcernAboutAPersonWhoWorksWithChildrenIsReferredToTheLadoUnderTheCaseReference() {
    reachRecording();
    clockAt("2026-12-11T09:00");
    Map<String, Object> record = StrategyDiscussionScenario.record("noSection47", "2026-12-14");
    record.put("noSection47Rationale", "The concern is about a sports coach, not the family");
    record.put("nextStep", "noFurtherAction");
    record.put("concernAboutPersonWorkingWithChildren", true);

    assertThatThrownBy(() -> child.record(record)).hasMessageContaining("SD-07 ladoConcernDetails");
    record.put("ladoConcernDetails", "Football coach at the club; grabbed Amy's arm at training");
    assertThatThrownBy(() -> child.record(record))
        .hasMessageContaining("LADO-01 adultName").hasMessageContaining("LADO-01 ladoCriteria");
    assertThat(child.discussion).isWaitingAt("RecordStrategyDiscussion");
    record.put("adultName", "Dan Coach");
    record.put("adultRole", "Football coach, Riverside FC");
    record.put("ladoCriteria", SpinValues.jsonValue("[\"harmedChild\"]").create());
    record.put("ladoSettings", SpinValues.jsonValue("[\"workplace\"]").create());
    child.record(record);

    ProcessInstance referral = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(child.discussion.getId()).singleResult();
    assertThat(referral.getProcessDefinitionId()).startsWith("LadoReferral:");
    assertThat(referral.getBusinessKey()).isEqualTo(child.caseReference);
    assertThat(child.discussion).isWaitingAt(StrategyDiscussionProcess.Element.ReferToLado.name());
    Task lado = task(referral.getId(), "MakeInitialConsideration");
    assertThat(candidateGroups(lado)).containsExactly("lado");
    assertThat(londonDateTime(lado.getDueDate())).isEqualTo("2026-12-14T23:59:59");
    assertThat(breaches.forCase(child.caseReference)).as("referred the working day after the discussion: in time").isEmpty();

    engine.getTaskService().complete(lado.getId(), Map.of("ladoDecision", "adviceToEmployer", "ladoNotes", "Club advised"));
    assertThat(child.discussion).isEnded().hasPassed("LadoReferralConcluded", "NoSection47Enquiry");
  }

  @Test
  void rec01_decisionsNotRecordedWithin24HoursOfTheDiscussionAreABreach() {
    reachRecording();
    assertThat(londonDateTime(task(child.discussion.getId(), "RecordStrategyDiscussion").getDueDate()))
        .isEqualTo("2026-12-11T23:59:59");

    clockAt("2026-12-14T08:00");
    fireDueTimers(child.discussion.getId());

    assertThat(breaches.forCase(child.caseReference)).extracting(StandardsBreach::ruleId).containsExactly("REC-01");
    assertThat(child.discussion).isWaitingAt("RecordStrategyDiscussion");
  }

  @Test
  @org.junit.jupiter.api.DisplayName("SD-04: only the team manager group may record the decisions")
  void sd04_onlyTheTeamManagerGroupMayRecordTheDecisions() {
    reachRecording();
    Task record = task(child.discussion.getId(), "RecordStrategyDiscussion");
    assertThat(candidateGroups(record)).containsExactly("csc-team-manager");

    engine.getIdentityService().setAuthentication("sarah", List.of("csc-social-worker"));
    assertThat(engine.getTaskService().createTaskQuery().taskId(record.getId()).count()).isZero();
    assertThatThrownBy(() -> engine.getTaskService().complete(record.getId(),
        StrategyDiscussionScenario.record("section47", "2026-12-14")))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
  }

  private void reachRecording() {
    child.start("2026-12-09");
    child.convene(StrategyDiscussionScenario.convening("2026-12-10"));
    clockAt("2026-12-10T15:00");
    child.contributeFromEveryAgency();
    assertThat(child.discussion).isWaitingAt("RecordStrategyDiscussion");
  }

  private Task breachReview(String caseReference) {
    breachReviews.startPendingReviews();
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference)
        .taskDefinitionKey("ReviewStandardsBreach").singleResult();
  }

  private static java.time.Instant timerDue(String londonDateTime) {
    return java.time.LocalDateTime.parse(londonDateTime).atZone(uk.safeguarding.calendar.WorkingDayCalendar.LONDON).toInstant();
  }

  /**
   * No step waits for ever on a day that has passed (issue 18). SD-01 (seed 002 Standard 6: convened within
   * 1 working day of the concern): a concern on Wednesday 9 December 2026 is convened by the end of Thursday
   * 10th. Convened on Friday 11th for Monday 14th, it is taken and the discussion goes on; the timer's SD-01
   * breach and the late date's are the same breach (rule, step, deadline): one.
   */
  @Test
  void sd01_aDiscussionConvenedAfterItsDueDayIsTakenAndIsOneBreach() {
    ProcessInstance discussion = child.start("2026-12-09");
    clockAt("2026-12-11T08:00");
    fireDueTimers(discussion.getId());

    child.convene(StrategyDiscussionScenario.convening("2026-12-14"));
    fireDueTimers(discussion.getId());

    assertThat(discussion).hasPassed("ConveneStrategyDiscussion");
    assertThat(breaches.forCase(child.caseReference)).extracting(StandardsBreach::ruleId).containsOnlyOnce("SD-01");
  }
}
