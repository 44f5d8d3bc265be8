package uk.safeguarding.breaches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.strategy.StrategyDiscussionScenario;
import uk.safeguarding.gates.GateRefusedException;

/**
 * ESC-01 (interim): a breach is recorded once on the case, however often it is noticed, and each
 * new breach gives the team manager one review (however often the nodes sweep) that cannot be
 * closed without saying what was done.
 */
class StandardsBreachTest extends ProcessTestBase {

  @Autowired
  StandardsBreachRecorder recorder;
  @Autowired
  StandardsBreachRegister register;

  @Test
  void esc01_theSameBreachNoticedTwiceIsRecordedOnceWithOneReview() {
    clockAt("2026-12-09T10:00");
    StrategyDiscussionScenario child = new StrategyDiscussionScenario(engine, uniqueCaseReference());
    child.start("2026-12-09");
    Date due = new Date(0);

    boolean first = recordIn(child.discussion.getId(), "SD-01", due);
    boolean second = recordIn(child.discussion.getId(), "SD-01", due);

    breachReviews.startPendingReviews();
    breachReviews.startPendingReviews();

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(register.forCase(child.caseReference)).hasSize(1);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(child.caseReference)
        .taskDefinitionKey("ReviewStandardsBreach").count()).isEqualTo(1);
  }

  @Test
  void esc01_aBreachReviewNeedsTheManagersAction() {
    clockAt("2026-12-09T10:00");
    StrategyDiscussionScenario child = new StrategyDiscussionScenario(engine, uniqueCaseReference());
    child.start("2026-12-09");
    recordIn(child.discussion.getId(), "SD-01", new Date());
    breachReviews.startPendingReviews();
    Task review = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(child.caseReference)
        .taskDefinitionKey("ReviewStandardsBreach").singleResult();
    assertThat(engine.getTaskService().getVariable(review.getId(), "breachRuleTitle").toString())
        .contains("Strategy discussion");

    assertThatThrownBy(() -> engine.getTaskService().complete(review.getId(), Map.of("breachAction", " ")))
        .isInstanceOf(GateRefusedException.class).hasMessageContaining("ESC-01 breachAction");
    engine.getTaskService().complete(review.getId(), Map.of("breachAction", "Discussion held next morning; rota gap fixed"));

    assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).count()).isZero();
  }

  /**
   * Deadlines first: while a timer is due the sweep starts no review, and once the timers have run it
   * starts them all. Set in January 2000, before any other test's timers, so that only this case's
   * timer is due.
   */
  @Test
  void esc01_theSweepWaitsWhileATimerIsDueAndThenStartsTheReviews() {
    clockAt("2000-01-04T10:00");
    StrategyDiscussionScenario child = new StrategyDiscussionScenario(engine, uniqueCaseReference());
    Map<String, Object> referral = StrategyDiscussionScenario.referral(child.caseReference, "2000-01-04");
    referral.put("childDateOfBirth", "1992-05-14");
    child.start(referral);
    recordIn(child.discussion.getId(), "SD-02", new Date());
    clockAt("2000-01-10T10:00");
    var due = engine.getManagementService().createJobQuery().processInstanceId(child.discussion.getId()).timers()
        .duedateLowerThan(new Date()).list();
    assertThat(due).as("SD-01's breach point is due").isNotEmpty();

    breachReviews.sweep();
    assertThat(reviewsOf(child.caseReference)).as("no review while a timer is due").isZero();

    due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    breachReviews.sweep();
    assertThat(reviewsOf(child.caseReference)).as("SD-02 recorded by hand, SD-01 by its breach point").isEqualTo(2);
  }

  private long reviewsOf(String caseReference) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference)
        .taskDefinitionKey("ReviewStandardsBreach").count();
  }

  private boolean recordIn(String processInstanceId, String ruleId, Date due) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute((Command<Boolean>) commandContext -> {
      ExecutionEntity execution = commandContext.getExecutionManager().findExecutionById(processInstanceId);
      Context.setExecutionContext(execution);
      try {
        return recorder.record((DelegateExecution) execution, ruleId, due, "Convene strategy discussion", null);
      } finally {
        Context.removeExecutionContext();
      }
    });
  }
}
