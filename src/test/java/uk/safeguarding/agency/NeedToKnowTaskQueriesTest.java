package uk.safeguarding.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.identity.TasklistFilters;
import uk.safeguarding.strategy.StrategyDiscussionScenario;

/**
 * Need-to-know on every task query, whatever the query asks: an agency's users get their agency's
 * tasks and their own, managers get every task, and a page and its count always agree.
 */
class NeedToKnowTaskQueriesTest extends ProcessTestBase {

  StrategyDiscussionScenario child;

  @BeforeEach
  void fourAgenciesAreAskedToContribute() {
    clockAt("2026-12-09T10:00");
    child = new StrategyDiscussionScenario(engine, uniqueCaseReference());
    child.start("2026-12-09");
    child.convene(StrategyDiscussionScenario.convening("2026-12-09"));
  }

  @AfterEach
  void signOut() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void sd06_aQueryThatAsksForEveryTaskOfTheCaseGivesThePoliceOnlyTheirs() {
    List<Task> tasks = as("paul", "police", caseTasks());
    engine.getIdentityService().setAuthentication("paul", List.of("police"));
    long count = caseTasks().count();
    engine.getIdentityService().clearAuthentication();

    assertThat(tasks).singleElement().satisfies(task ->
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).extracting("groupId").containsExactly("police"));
    assertThat(count).isEqualTo(1);
  }

  @Test
  void aTaskClaimedByOneOfficerStaysWithTheirAgencyAndIsInTheirOwnList() {
    Task police = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(child.caseReference)
        .taskCandidateGroup("police").singleResult();
    engine.getTaskService().claim(police.getId(), "paul");

    assertThat(as("dc-jones", "police", caseTasks())).extracting(Task::getId).containsExactly(police.getId());
    String myTasks = engine.getFilterService().createFilterQuery().filterName(TasklistFilters.MY_TASKS).singleResult().getId();
    engine.getIdentityService().setAuthentication("paul", List.of("police"));
    List<Task> mine = engine.getFilterService().list(myTasks, caseTasks());
    assertThat(mine).extracting(Task::getId).containsExactly(police.getId());
  }

  @Test
  void managersSeeEveryAgencysTasks() {
    assertThat(as("tom", "csc-team-manager", caseTasks())).hasSize(4);
  }

  @Test
  void someoneInNoGroupSeesNothing() {
    engine.getIdentityService().setAuthentication("visitor", List.of());
    assertThat(caseTasks().list()).isEmpty();
  }

  private TaskQuery caseTasks() {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(child.caseReference);
  }

  private List<Task> as(String user, String group, TaskQuery query) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      return query.list();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
