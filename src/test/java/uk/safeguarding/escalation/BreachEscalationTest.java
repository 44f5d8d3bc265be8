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
import uk.safeguarding.strategy.StrategyDiscussionScenario;

/**
 * ESC-01: the breaches that hold up another agency raise a professional disagreement by themselves,
 * from the nodes' breach sweep (the breach timer only records, docs/architecture.md section 4), on
 * top of the team manager's review; and never two for the same rule on the same case.
 */
class BreachEscalationTest extends ProcessTestBase {

  @Autowired
  JdbcTemplate jdbc;

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

  private List<ProcessInstance> disagreements(String caseReference) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseReference)
        .processDefinitionKey(ProfessionalDisagreementProcess.KEY).list();
  }
}
