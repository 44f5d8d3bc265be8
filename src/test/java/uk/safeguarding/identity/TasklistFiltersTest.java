package uk.safeguarding.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.strategy.StrategyDiscussionScenario;

/** The four Tasklist filters every practitioner opens all day, as they read for each agency. */
class TasklistFiltersTest extends ProcessTestBase {

  @AfterEach
  void signOut() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void everyUserHasTheFourFilters() {
    engine.getIdentityService().setAuthentication("paul", List.of("police"));
    assertThat(engine.getFilterService().createTaskFilterQuery().list()).extracting(Filter::getName)
        .contains(TasklistFilters.MY_TASKS, TasklistFilters.MY_AGENCYS_TASKS,
            TasklistFilters.DUE_WITHIN_5_WORKING_DAYS, TasklistFilters.OVERDUE);
  }

  @Test
  void sd06_myAgencysTasksShowsThePoliceOnlyPoliceWork() {
    StrategyDiscussionScenario child = convenedCase("2026-12-09");

    List<Task> police = listAs("paul", "police", TasklistFilters.MY_AGENCYS_TASKS, child.caseReference);

    assertThat(police).singleElement().extracting(Task::getTaskDefinitionKey).isEqualTo("ContributeToStrategyDiscussion");
  }

  @Test
  void dueWithin5WorkingDaysCountsWorkingDaysAcrossTheWeekend() {
    // Contributions are due at the end of Thursday 10 December.
    StrategyDiscussionScenario child = convenedCase("2026-12-10");

    clockAt("2026-12-03T09:00"); // five working days on: the end of Thursday 10 December
    assertThat(listAs("helen", "health", TasklistFilters.DUE_WITHIN_5_WORKING_DAYS, child.caseReference)).hasSize(1);
    clockAt("2026-12-02T09:00"); // five working days on: the end of Wednesday 9 December
    assertThat(listAs("helen", "health", TasklistFilters.DUE_WITHIN_5_WORKING_DAYS, child.caseReference)).isEmpty();
  }

  @Test
  void overdueShowsWorkPastItsDueDate() {
    StrategyDiscussionScenario child = convenedCase("2026-12-10");

    clockAt("2026-12-10T17:00");
    assertThat(listAs("emma", "education", TasklistFilters.OVERDUE, child.caseReference)).isEmpty();
    clockAt("2026-12-11T08:00");
    assertThat(listAs("emma", "education", TasklistFilters.OVERDUE, child.caseReference)).hasSize(1);
  }

  private StrategyDiscussionScenario convenedCase(String discussionDate) {
    clockAt("2026-12-01T09:00");
    StrategyDiscussionScenario child = new StrategyDiscussionScenario(engine, uniqueCaseReference());
    child.start("2026-12-01");
    child.convene(StrategyDiscussionScenario.convening(discussionDate));
    return child;
  }

  private List<Task> listAs(String user, String group, String filterName, String caseReference) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      Filter filter = engine.getFilterService().createTaskFilterQuery().filterName(filterName).singleResult();
      return engine.getFilterService().list(filter.getId(),
          engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
