package uk.safeguarding.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.safeguarding.escalation.DisagreementScenario.FRONT_DOOR;
import static uk.safeguarding.escalation.DisagreementScenario.SCHOOL;
import static uk.safeguarding.escalation.DisagreementScenario.decision;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.escalation.ProfessionalDisagreementProcess.Element;
import uk.safeguarding.gates.GateRefusedException;
import uk.safeguarding.breaches.StandardsBreachRegister;
import uk.safeguarding.strategy.StrategyDiscussionProcess;

/**
 * A professional disagreement (ESC-01 to ESC-06) as the parties meet it. A school disagrees with the
 * front door on Wednesday 9 December 2026, so the stage deadlines cross Christmas, the Boxing Day
 * substitute day and New Year: stage 1 is due Friday 11 December, stage 2 Friday 18 December,
 * stage 3 Wednesday 6 January and stage 4 Wednesday 20 January 2027.
 */
class ProfessionalDisagreementProcessTest extends ProcessTestBase {

  @Autowired
  StandardsBreachRegister breaches;
  @Autowired
  DisagreementOutcomes outcomes;
  @Autowired
  JdbcTemplate jdbc;

  DisagreementScenario school;

  @BeforeEach
  void theSchoolDisagrees() {
    clockAt("2026-12-09T10:00");
    school = new DisagreementScenario(engine, uniqueCaseReference());
  }

  @Test
  void esc01_esc02_aSchoolRaisesADisagreementAndTheFrontDoorPractitionerHasStage1DueInTwoWorkingDays() {
    ProcessInstance disagreement = school.raise();

    assertThat(disagreement.getBusinessKey()).isEqualTo(school.caseReference);
    assertThat(disagreement).isWaitingAt(Element.ResolveDisagreementStage1.name());
    Task stage1 = school.task(Element.ResolveDisagreementStage1.name());
    assertThat(candidateGroups(stage1)).containsExactly(FRONT_DOOR);
    assertThat(londonDateTime(stage1.getDueDate())).isEqualTo("2026-12-11T23:59:59");
    assertThat(londonDateTime(timer(disagreement.getId(), Element.Stage1DeadlinePassed.name()).getDuedate()))
        .isEqualTo("2026-12-11T23:59:59");
    assertThat(school.variable("standardsProfile")).isEqualTo("national");
    assertThat(school.variable("disagreementRecord").toString())
        .contains("for Education", "with Children's social care front door", "closed our referral", "Amy has now told us twice",
            "Next: Stage 1: practitioners, by Fri 11 Dec 2026");
    assertThat(school.variable("childSafety")).as("the next stage confirms the child's safety afresh").isNull();
  }

  @Test
  void esc01_esc04_aStartWithoutTheOtherAgencyTheIssueOrThePositionIsRefusedAndNothingIsCreated() {
    Map<String, Object> answers = DisagreementScenario.raised(school.caseReference);
    answers.remove("otherAgency");
    answers.remove("disagreementIssue");
    answers.put("raisingAgencyPosition", " ");
    answers.remove("childSafety");

    assertThatThrownBy(() -> school.raise(answers))
        .isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("ESC-01 otherAgency: say which agency you disagree with")
        .hasMessageContaining("ESC-04 disagreementIssue")
        .hasMessageContaining("ESC-04 raisingAgencyPosition")
        .hasMessageContaining("ESC-03 childSafety");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(school.caseReference).count()).isZero();
  }

  @Test
  void esc01_aDisagreementWithinChildrensSocialCareOrWithThePartnershipIsRefused() {
    Map<String, Object> withinCsc = DisagreementScenario.raised(school.caseReference);
    withinCsc.put("raisingAgency", "csc-social-worker");
    Map<String, Object> withPartnership = DisagreementScenario.raised(school.caseReference);
    withPartnership.put("otherAgency", "partnership");

    assertThatThrownBy(() -> school.raise(withinCsc))
        .hasMessageContaining("ESC-01 otherAgency: a disagreement within one agency follows that agency's own procedure");
    assertThatThrownBy(() -> school.raise(withPartnership))
        .hasMessageContaining("ESC-02 otherAgency: the safeguarding partnership decides disagreements at stage 4");
  }

  @Test
  void esc01_aPractitionerRaisesADisagreementOnlyForTheirOwnAgency() {
    engine.getIdentityService().setAuthentication("paul", List.of("police"));
    assertThatThrownBy(() -> school.raise())
        .hasMessageContaining("ESC-01 raisingAgency: you do not act for 'education'");

    engine.getIdentityService().setAuthentication("grace", List.of("education", "education-line-manager"));
    ProcessInstance raised = school.raise();
    engine.getIdentityService().clearAuthentication();

    assertThat(engine.getRuntimeService().getVariable(raised.getId(), "disagreementRaisedBy")).isEqualTo("grace");
  }

  @Test
  void esc02_unresolvedStage1MovesToBothLineManagersAfterTwoWorkingDays() {
    ProcessInstance disagreement = school.raise();

    clockAt("2026-12-11T23:00");
    assertThat(fireDueTimers(disagreement.getId())).isZero();
    clockAt("2026-12-12T08:00");
    assertThat(fireDueTimers(disagreement.getId())).isEqualTo(1);

    assertThat(disagreement).isWaitingAt(Element.ResolveDisagreementStage2.name());
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(disagreement.getId())
        .taskDefinitionKey(Element.ResolveDisagreementStage1.name()).count()).isZero();
    Task stage2 = school.task(Element.ResolveDisagreementStage2.name());
    assertThat(candidateGroups(stage2)).containsExactlyInAnyOrder("education-line-manager", "csc-team-manager");
    assertThat(londonDateTime(stage2.getDueDate())).isEqualTo("2026-12-18T23:59:59");
    assertThat(school.variable("disagreementRecord").toString())
        .contains("Stage 1: practitioners: not resolved by its deadline, Fri 11 Dec 2026 23:59 (ESC-02)");
  }

  @Test
  void esc02_unresolvedStage2MovesToBothEscalationLeadsAfterFiveWorkingDays() {
    ProcessInstance disagreement = school.raise();
    clockAt("2026-12-12T08:00");
    fireDueTimers(disagreement.getId());

    clockAt("2026-12-18T23:00");
    assertThat(fireDueTimers(disagreement.getId())).isZero();
    clockAt("2026-12-19T08:00");
    assertThat(fireDueTimers(disagreement.getId())).isEqualTo(1);

    Task stage3 = school.task(Element.ResolveDisagreementStage3.name());
    assertThat(candidateGroups(stage3)).containsExactlyInAnyOrder("education-escalation-lead", "csc-service-manager");
    // ten working days from Friday 18 December: Christmas, the Boxing Day substitute and New Year's Day skipped
    assertThat(londonDateTime(stage3.getDueDate())).isEqualTo("2027-01-06T23:59:59");
  }

  @Test
  void esc02_unresolvedStage3MovesToTheSafeguardingPartnershipAfterTenWorkingDays() {
    ProcessInstance disagreement = school.raise();
    for (String moment : List.of("2026-12-12T08:00", "2026-12-19T08:00", "2027-01-06T23:00")) {
      clockAt(moment);
      fireDueTimers(disagreement.getId());
    }
    assertThat(disagreement).isWaitingAt(Element.ResolveDisagreementStage3.name());
    clockAt("2027-01-07T08:00");
    assertThat(fireDueTimers(disagreement.getId())).isEqualTo(1);

    Task stage4 = school.task(Element.ResolveDisagreementStage4.name());
    assertThat(candidateGroups(stage4)).containsExactly("partnership");
    assertThat(londonDateTime(stage4.getDueDate())).isEqualTo("2027-01-20T23:59:59");
  }

  @Test
  void esc02_aPartnershipDecisionNotMadeByTheStage4DeadlineIsABreachAndStaysWithThePartnership() {
    ProcessInstance disagreement = school.raise();
    for (String moment : List.of("2026-12-12T08:00", "2026-12-19T08:00", "2027-01-07T08:00")) {
      clockAt(moment);
      fireDueTimers(disagreement.getId());
    }

    clockAt("2027-01-21T08:00");
    assertThat(fireDueTimers(disagreement.getId())).isEqualTo(1);

    assertThat(disagreement).isWaitingAt(Element.ResolveDisagreementStage4.name());
    assertThat(breaches.forCase(school.caseReference)).singleElement().satisfies(breach -> {
      assertThat(breach.ruleId()).isEqualTo("ESC-02");
      assertThat(breach.breachedStep()).isEqualTo("Decide the disagreement (stage 4: safeguarding partnership)");
    });
  }

  @Test
  void esc04_aStageMovedUpByItsDeadlineIsToldToBothParties() {
    ProcessInstance disagreement = school.raise();
    clockAt("2026-12-12T08:00");
    fireDueTimers(disagreement.getId());

    List<Task> notes = school.notes();
    assertThat(notes).flatExtracting(this::candidateGroups).containsExactlyInAnyOrder(SCHOOL, FRONT_DOOR);
    // told by the end of the working day after the deadline passed (Friday 11 December, 23:59:59)
    assertThat(notes).allSatisfy(note -> assertThat(londonDateTime(note.getDueDate())).isEqualTo("2026-12-14T23:59:59"));
    assertThat(engine.getTaskService().getVariable(notes.get(0).getId(), "stageOutcomeNotice").toString())
        .contains("not resolved by its deadline", "Next: Stage 2: line managers, by Fri 18 Dec 2026");
  }

  @Test
  void esc04_aStageIsRefusedWithoutTheOtherPositionTheOutcomeOrItsRationaleAndNothingIsSaved() {
    school.raise();
    Map<String, Object> answers = decision("resolved");
    answers.remove("otherAgencyPosition");
    answers.remove("stageRationale");
    answers.remove("disagreementLearning");
    answers.remove("childSafety");

    assertThatThrownBy(() -> school.decide(Element.ResolveDisagreementStage1.name(), answers))
        .isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("ESC-03 childSafety")
        .hasMessageContaining("ESC-04 otherAgencyPosition: The position of Children's social care front door (MASH) is required")
        .hasMessageContaining("ESC-04 stageRationale")
        .hasMessageContaining("ESC-06 disagreementLearning");
    assertThat(school.disagreement).isWaitingAt(Element.ResolveDisagreementStage1.name());
    assertThat(school.variable("stageOutcome")).isNull();
  }

  @Test
  void esc02_esc04_notResolvedAtStage1GoesToTheLineManagersAtOnceWithBothPositionsCarriedOver() {
    school.raise();
    clockAt("2026-12-09T15:00");

    school.decide(Element.ResolveDisagreementStage1.name(), decision("notResolved"));

    Task stage2 = school.task(Element.ResolveDisagreementStage2.name());
    assertThat(londonDateTime(stage2.getDueDate())).isEqualTo("2026-12-16T23:59:59");
    assertThat(engine.getTaskService().getVariables(stage2.getId()))
        .containsEntry("disagreementIssue", "The front door closed our referral about Amy's bruising as advice only.")
        .containsEntry("raisingAgencyPosition", "Amy has now told us twice; a child and family assessment is needed.")
        .containsEntry("otherAgencyPosition", "What we were told did not meet the threshold for an assessment.")
        .containsEntry("disagreementStageName", "Stage 2: line managers")
        .doesNotContainKeys("stageOutcome", "stageRationale", "childSafety");
    assertThat(school.notes()).hasSize(2)
        .allSatisfy(note -> assertThat(londonDateTime(note.getDueDate())).isEqualTo("2026-12-10T23:59:59"));
  }

  @ParameterizedTest(name = "resolved at stage {0}")
  @ValueSource(ints = {1, 2, 3, 4})
  void esc04_esc06_aDisagreementResolvedAtAnyStageEndsWithItsOutcomeAndLearningKeptForAudit(int stage) {
    ProcessInstance disagreement = school.raise();
    for (int passedUp = 1; passedUp < stage; passedUp++) {
      school.decide("ResolveDisagreementStage" + passedUp, decision("notResolved"));
    }
    Map<String, Object> resolution = decision("resolved");
    if (stage == 4) {
      resolution.remove("stageOutcome");
    }

    school.decide("ResolveDisagreementStage" + stage, resolution);
    school.notes().forEach(note -> engine.getTaskService().complete(note.getId(), Map.of("outcomeNoted", true)));

    assertThat(disagreement).isEnded().hasPassed(Element.RecordDisagreementOutcome.name(), Element.DisagreementResolved.name());
    assertThat(outcomes.forCase(school.caseReference)).singleElement().satisfies(row -> {
      assertThat(row.get("resolved_at_stage")).isEqualTo(stage);
      assertThat(row.get("route")).isEqualTo("stages");
      assertThat(row.get("raising_agency")).isEqualTo(SCHOOL);
      assertThat(row.get("other_agency")).isEqualTo(FRONT_DOOR);
      assertThat(row.get("outcome")).isEqualTo(stage == 4 ? "decided by the safeguarding partnership" : "resolved");
      assertThat(row.get("learning").toString()).startsWith("Schools should send every disclosure");
    });
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(disagreement.getId())
        .variableName("disagreementRecord").singleResult().getValue().toString())
        .contains("Stage " + stage, "Outcome: ", "Rationale: With the second disclosure", "The disagreement is concluded.");
  }

  @Test
  void esc04_longPositionsAreKeptInFullAtEveryStageAndTheFormsShowTheLatestOfTheRecord() {
    String ours = "We have seen this pattern with Amy's family before. ".repeat(60).trim();
    String theirs = ours.replace("We have", "They have");
    Map<String, Object> answers = DisagreementScenario.raised(school.caseReference);
    answers.put("raisingAgencyPosition", ours);
    school.raise(answers);
    Map<String, Object> notResolved = decision("notResolved");
    notResolved.put("otherAgencyPosition", theirs);

    school.decide(Element.ResolveDisagreementStage1.name(), notResolved);
    school.decide(Element.ResolveDisagreementStage2.name(), notResolved);

    assertThat(school.variable("disagreementRecord").toString()).hasSizeLessThanOrEqualTo(4000)
        .startsWith("[Earlier entries: see the full record of the disagreement]")
        .endsWith("Next: Stage 3: escalation leads, by Wed 23 Dec 2026");
    List<Map<String, Object>> record = jdbc.queryForList(
        "select step, entry from sg_escalation_record where case_reference = ? order by recorded_at, step", school.caseReference);
    assertThat(record).extracting(entry -> entry.get("step"))
        .containsExactlyInAnyOrder("Raised", "Stage 1: practitioners", "Stage 2: line managers");
    assertThat(record).filteredOn(entry -> !"Raised".equals(entry.get("step")))
        .allSatisfy(entry -> assertThat(entry.get("entry").toString()).contains(ours, theirs));
  }

  @Test
  void esc04_bothPartiesMustNoteTheOutcomeBeforeTheDisagreementCloses() {
    ProcessInstance disagreement = school.raise();
    school.decide(Element.ResolveDisagreementStage1.name(), decision("resolved"));
    Task schoolsNote = school.notes().stream().filter(note -> candidateGroups(note).contains(SCHOOL)).findFirst().orElseThrow();

    assertThatThrownBy(() -> engine.getTaskService().complete(schoolsNote.getId(), Map.of()))
        .hasMessageContaining("ESC-04 outcomeNoted: confirm that you have read the outcome of this stage");
    engine.getTaskService().complete(schoolsNote.getId(), Map.of("outcomeNoted", true));

    assertThat(disagreement).isNotEnded();
    assertThat(school.notes()).singleElement().satisfies(note -> assertThat(candidateGroups(note)).containsExactly(FRONT_DOOR));
  }

  @Test
  void esc03_immediateRiskAtTheStartStartsAStrategyDiscussionAtOnceAndTheDisagreementGoesOn() {
    ProcessInstance disagreement = school.raise(DisagreementScenario.atImmediateRisk(DisagreementScenario.raised(school.caseReference)));

    ProcessInstance discussion = strategyDiscussionOf(school.caseReference);
    assertThat(discussion).isWaitingAt(StrategyDiscussionProcess.Element.ConveneStrategyDiscussion.name());
    assertThat(londonDateTime(task(discussion.getId(), "ConveneStrategyDiscussion").getDueDate())).isEqualTo("2026-12-10T23:59:59");
    assertThat(engine.getRuntimeService().getVariable(discussion.getId(), "concern").toString())
        .contains("ESC-03", "stepfather will hurt her tonight");
    assertThat(engine.getRuntimeService().getVariable(discussion.getId(), "referrerAgency")).isEqualTo(SCHOOL);
    assertThat(disagreement).isWaitingAt(Element.ResolveDisagreementStage1.name());
    assertThat(school.variable("strategyDiscussionsStarted")).isEqualTo(discussion.getId());
  }

  @Test
  void esc03_immediateRiskIsRefusedWithoutWhatTheStrategyDiscussionNeeds() {
    Map<String, Object> answers = DisagreementScenario.raised(school.caseReference);
    answers.put("childSafety", "immediateRisk");

    assertThatThrownBy(() -> school.raise(answers))
        .hasMessageContaining("ESC-03 immediateRiskDetails")
        .hasMessageContaining("ESC-03 childDateOfBirth")
        .hasMessageContaining("ESC-03 householdMembers");
  }

  @Test
  void esc03_immediateRiskFoundByTheLineManagersStartsAStrategyDiscussionAtOnce() {
    school.raise();
    school.decide(Element.ResolveDisagreementStage1.name(), decision("notResolved"));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(school.caseReference)
        .processDefinitionKey(StrategyDiscussionProcess.KEY).count()).isZero();

    school.decide(Element.ResolveDisagreementStage2.name(), DisagreementScenario.atImmediateRisk(decision("notResolved")));

    assertThat(strategyDiscussionOf(school.caseReference)).isWaitingAt("ConveneStrategyDiscussion");
    assertThat(school.disagreement).isWaitingAt(Element.ResolveDisagreementStage3.name());
    assertThat(school.variable("disagreementRecord").toString())
        .contains("Child's safety: AT IMMEDIATE RISK", "Strategy discussion started at once");
  }

  @Test
  void esc05_aDisagreementWithAConferenceDecisionGoesToTheChairsManagerNotTheStages() {
    Map<String, Object> answers = DisagreementScenario.raised(school.caseReference);
    answers.put("disagreementAbout", "childProtectionConferenceDecision");
    answers.remove("otherAgency");
    ProcessInstance dissent = school.raise(answers);

    assertThat(dissent).isWaitingAt(Element.ReviewConferenceDissent.name());
    Task review = school.task(Element.ReviewConferenceDissent.name());
    assertThat(candidateGroups(review)).containsExactly("cp-chair-manager");
    assertThat(londonDateTime(review.getDueDate())).isEqualTo("2026-12-16T23:59:59");
    assertThat(school.variable("otherAgency")).isEqualTo("cp-chair");

    Map<String, Object> decision = decision("resolved");
    decision.remove("stageOutcome");
    assertThatThrownBy(() -> engine.getTaskService().complete(review.getId(), decision))
        .hasMessageContaining("ESC-05 conferenceDissentDecision");
    decision.put("conferenceDissentDecision", "decisionStands");
    engine.getTaskService().complete(review.getId(), decision);

    assertThat(dissent).hasNotPassed(Element.ResolveDisagreementStage1.name());
    assertThat(outcomes.forCase(school.caseReference)).singleElement().satisfies(row -> {
      assertThat(row.get("route")).isEqualTo("conferenceDissent");
      assertThat(row.get("resolved_at_stage")).isEqualTo(0);
      assertThat(row.get("outcome")).isEqualTo("the conference decision stands");
    });
  }

  @Test
  void esc01_aManagerFindsEveryProcessOfTheChildByTheCaseReference() {
    new uk.safeguarding.strategy.StrategyDiscussionScenario(engine, school.caseReference).start("2026-12-09");
    school.raise();

    engine.getIdentityService().setAuthentication("tom", List.of("csc-team-manager"));
    List<ProcessInstance> childsProcesses = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(school.caseReference).list();
    engine.getIdentityService().clearAuthentication();

    assertThat(childsProcesses).extracting(ProcessInstance::getProcessDefinitionId)
        .anySatisfy(id -> assertThat(id).startsWith(StrategyDiscussionProcess.KEY + ":"))
        .anySatisfy(id -> assertThat(id).startsWith(ProfessionalDisagreementProcess.KEY + ":"));
  }

  private ProcessInstance strategyDiscussionOf(String caseReference) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseReference)
        .processDefinitionKey(StrategyDiscussionProcess.KEY).singleResult();
  }
}
