package uk.safeguarding.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.conference.ConferenceScenario;
import uk.safeguarding.breaches.StandardsBreach;
import uk.safeguarding.breaches.StandardsBreachRegister;
import uk.safeguarding.strategy.StrategyDiscussionScenario;

/**
 * ESC-01: the breaches the case's standards profile lists raise a professional disagreement by
 * themselves, from the nodes' breach sweep (the breach timer only records, docs/architecture.md
 * section 4), on top of the team manager's review; and never two for the same rule on the same case.
 * standards.md 3.8: "the system also raises one itself when a standard is breached (a missed timescale,
 * a missing agency, a request unanswered within its timescale)".
 */
class BreachEscalationTest extends ProcessTestBase {

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  StandardsBreachRegister breaches;
  @Autowired
  BreachEscalations escalations;

  StrategyDiscussionScenario child;

  @BeforeEach
  void aConcernArises() {
    clockAt("2026-12-09T10:00");
    child = new StrategyDiscussionScenario(engine, uniqueCaseReference());
  }

  @Test
  void esc01_sd02_aKeyAgencyNotInvitedRaisesADisagreementWithTheTeamManagerBesidesTheReview() {
    child.start("2026-12-09");
    Map<String, Object> convening = StrategyDiscussionScenario.convening("2026-12-10");
    convening.put("invitedAgencies", "csc-social-worker,health,education");
    child.convene(convening);
    assertThat(disagreements(child.caseReference)).as("the timer's work records only; the sweep raises").isEmpty();

    breachReviews.startPendingReviews();

    ProcessInstance disagreement = disagreements(child.caseReference).get(0);
    assertThat(disagreement.getBusinessKey()).isEqualTo(child.caseReference);
    Map<String, Object> raised = engine.getRuntimeService().getVariables(disagreement.getId());
    assertThat(raised).containsEntry("raisingAgency", "police").containsEntry("otherAgency", "csc-team-manager")
        .containsEntry("breachRuleId", "SD-02").containsEntry("disagreementAbout", "standardsBreach")
        .containsEntry("childName", "Amy Test").containsEntry("disagreementRaisedBy", "system");
    assertThat(raised.get("disagreementIssue").toString()).contains("SD-02", "Not invited to the strategy discussion: police");
    Task stage1 = task(disagreement.getId(), "ResolveDisagreementStage1");
    assertThat(candidateGroups(stage1)).containsExactly("csc-team-manager");
    assertThat(londonDateTime(stage1.getDueDate())).isEqualTo("2026-12-11T23:59:59");
    Task review = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(child.caseReference)
        .taskDefinitionKey("ReviewStandardsBreach").singleResult();
    assertThat(engine.getTaskService().getVariable(review.getId(), "breachFollowUp").toString())
        .contains("A professional disagreement has been raised (ESC-01) for Police (public protection)");
  }

  @Test
  void esc01_sd01_aStrategyDiscussionNotConvenedInTimeRaisesADisagreementForTheReferringSchool() {
    child.start("2026-12-09");
    clockAt("2026-12-11T08:00");

    fireDueTimers(child.discussion.getId());

    assertThat(disagreements(child.caseReference)).singleElement().satisfies(disagreement -> {
      assertThat(engine.getRuntimeService().getVariable(disagreement.getId(), "raisingAgency")).isEqualTo("education");
      assertThat(engine.getRuntimeService().getVariable(disagreement.getId(), "breachRuleId")).isEqualTo("SD-01");
      assertThat(disagreement).isWaitingAt("ResolveDisagreementStage1");
    });
  }

  @Test
  void esc01_rec01_aLateRecordOfDecisionsStaysWithTheTeamManagersReview() {
    child.start("2026-12-09");
    child.convene(StrategyDiscussionScenario.convening("2026-12-10"));
    clockAt("2026-12-10T15:00");
    child.contributeFromEveryAgency();
    clockAt("2026-12-14T08:00");

    fireDueTimers(child.discussion.getId());

    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(child.caseReference)
        .taskDefinitionKey("ReviewStandardsBreach").count()).isEqualTo(1);
    assertThat(disagreements(child.caseReference)).isEmpty();
  }

  @Test
  void esc01_aBreachNeverRaisesTwoDisagreementsForTheSameRuleOnTheSameCase() {
    // Two strategy discussions of the same child, both without the police: two SD-02 breaches.
    Map<String, Object> withoutPolice = StrategyDiscussionScenario.convening("2026-12-10");
    withoutPolice.put("invitedAgencies", "csc-social-worker,health,education");
    child.start("2026-12-09");
    child.convene(withoutPolice);
    breachReviews.startPendingReviews();
    StrategyDiscussionScenario again = new StrategyDiscussionScenario(engine, child.caseReference);
    again.start("2026-12-09");
    again.convene(withoutPolice);

    breachReviews.startPendingReviews();
    breachReviews.startPendingReviews();

    assertThat(disagreements(child.caseReference)).hasSize(1);
    List<Task> reviews = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(child.caseReference)
        .taskDefinitionKey("ReviewStandardsBreach").list();
    assertThat(reviews).hasSize(2);
    assertThat(reviews).extracting(review -> engine.getTaskService().getVariable(review.getId(), "breachFollowUp").toString())
        .anySatisfy(text -> assertThat(text).contains("was raised before; no second one is raised (ESC-01)"));
  }

  @Test
  void esc01_theDatabaseItselfRefusesASecondDisagreementForTheSameRuleOnTheSameCase() {
    String caseReference = uniqueCaseReference();
    String claim = "insert into sg_breach_escalation (case_reference, rule_id, breach_id, raised_at) values (?, 'SD-02', ?, ?)";
    Timestamp now = new Timestamp(System.currentTimeMillis());
    jdbc.update(claim, caseReference, "breach-1", now);

    assertThatThrownBy(() -> jdbc.update(claim, caseReference, "breach-2", now)).isInstanceOf(DuplicateKeyException.class);
  }

  /**
   * The conference of Monday 4 January 2027, convened on 16 December: agency reports are due three
   * working days before it, counted back over New Year's Day (Friday 1 January) to Thursday 31 December
   * (1), Wednesday 30 (2) and Tuesday 29 December (3), by 23:59:59. Police and health report on Monday
   * 21 December and the social worker shares the assessment; education does not answer.
   */
  private ConferenceScenario aConferenceWithoutTheSchoolsReport(String standardsProfile) {
    Map<String, Object> referral = StrategyDiscussionScenario.referral(uniqueCaseReference(), "2026-12-09");
    if (standardsProfile != null) {
      referral.put("standardsProfile", standardsProfile);
    }
    ConferenceScenario conference = new ConferenceScenario(engine, referral.get("caseReference").toString());
    conference.requestConference(referral, day -> {
      clockAt(day);
      return null;
    });
    clockAt("2026-12-16T10:00");
    conference.complete("ConveneInitialConference", ConferenceScenario.convening("2027-01-04"));
    clockAt("2026-12-21T11:00");
    for (Task report : conference.tasks("ProvideConferenceReport")) {
      assertThat(londonDateTime(report.getDueDate())).isEqualTo("2026-12-29T23:59:59");
      if (!candidateGroups(report).contains("education")) {
        engine.getTaskService().complete(report.getId(), Map.of("agencyReport", "Our involvement and our analysis of the risk",
            "agencyRecommendation", "childProtectionPlan", "reportSharedWithFamily", true));
      }
    }
    conference.shareAssessment("PrepareConferenceAssessment");
    clockAt("2026-12-30T00:00");
    assertThat(fireDueTimers(conference.conference().getId())).as("the agency reports' ICPC-03 timer").isEqualTo(1);
    return conference;
  }

  @Test
  void esc01_icpc03_aLateAgencyReportRaisesOneDisagreementForTheSocialWorkerWithTheLateAgency() {
    ConferenceScenario conference = aConferenceWithoutTheSchoolsReport(null);

    assertThat(breaches.forCase(conference.caseReference)).extracting(StandardsBreach::ruleId).containsExactly("ICPC-03");
    List<ProcessInstance> raisedForTheCase = disagreements(conference.caseReference);
    assertThat(raisedForTheCase).hasSize(1);
    ProcessInstance disagreement = raisedForTheCase.get(0);
    Map<String, Object> raised = engine.getRuntimeService().getVariables(disagreement.getId());
    assertThat(raised).containsEntry("raisingAgency", "csc-social-worker").containsEntry("otherAgency", "education")
        .containsEntry("breachRuleId", "ICPC-03").containsEntry("disagreementRaisedBy", "system");
    assertThat(raised.get("disagreementIssue").toString())
        .contains("ICPC-03", "'Provide agency report for the conference' was due Tue 29 Dec 2026 23:59");
    Task stage1 = task(disagreement.getId(), "ResolveDisagreementStage1");
    assertThat(candidateGroups(stage1)).containsExactly("education");
    // ESC-02 stage 1, 2 working days from Wednesday 30 December: Thursday 31 (1), then over New Year's Day
    // and the weekend to Monday 4 January (2).
    assertThat(londonDateTime(stage1.getDueDate())).isEqualTo("2027-01-04T23:59:59");
  }

  @Test
  void esc01_icpc03_anAuthorityWhoseProfileLeavesALateReportOutKeepsItWithTheTeamManagersReview() {
    // The fixture authority (src/test/resources/standards-test) takes ICPC-03 off national's list.
    ConferenceScenario conference = aConferenceWithoutTheSchoolsReport("reports-chased-by-the-chair");

    assertThat(breaches.forCase(conference.caseReference)).extracting(StandardsBreach::ruleId).containsExactly("ICPC-03");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(conference.caseReference)
        .taskDefinitionKey("ReviewStandardsBreach").count()).isEqualTo(1);
    assertThat(disagreements(conference.caseReference)).isEmpty();
  }

  @Test
  void esc01_cg01_aFirstCoreGroupNotHeldInTimeRaisesADisagreementForTheCoreGroupWithTheTeamManager() {
    ConferenceScenario child = new ConferenceScenario(engine, uniqueCaseReference());
    child.requestConference(StrategyDiscussionScenario.referral(child.caseReference, "2026-12-09"), day -> {
      clockAt(day);
      return null;
    });
    child.holdConferenceMakingAPlan(day -> {
      clockAt(day);
      return null;
    });
    // CG-01: 10 working days after the conference of Monday 4 January 2027 is Monday 18 January; not held.
    clockAt("2027-01-19T00:00");
    for (ProcessInstance instance : engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(child.caseReference).list()) {
      fireDueTimers(instance.getId());
    }

    assertThat(disagreements(child.caseReference)).filteredOn(disagreement ->
            "CG-01".equals(engine.getRuntimeService().getVariable(disagreement.getId(), "breachRuleId")))
        .singleElement().satisfies(disagreement -> assertThat(engine.getRuntimeService().getVariables(disagreement.getId()))
            .as("the first partner agency of the core group (police, health, education)")
            .containsEntry("raisingAgency", "police").containsEntry("otherAgency", "csc-team-manager"));
  }

  @Test
  void esc01_theSameBreachProcessedTwiceRaisesOneDisagreement() {
    ConferenceScenario conference = aConferenceWithoutTheSchoolsReport(null);
    StandardsBreach late = breaches.forCase(conference.caseReference).get(0);

    // The sweep's follow-up again for the same breach: a retried batch, or a second node.
    String again = escalations.followUp(late);

    assertThat(again).contains("was raised before; no second one is raised (ESC-01)");
    assertThat(disagreements(conference.caseReference)).hasSize(1);
  }

  private List<ProcessInstance> disagreements(String caseReference) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseReference)
        .processDefinitionKey(ProfessionalDisagreementProcess.KEY).list();
  }
}
