package uk.safeguarding.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's task manager, answering an agency's task list with {@link AgencyTaskList}'s SQL once
 * need-to-know has been applied to the query, and every other task query as the engine does.
 */
class AgencyTaskListManager extends TaskManager {

  private final String tablePrefix;
  private final boolean nullsLast;

  AgencyTaskListManager(String tablePrefix, String databaseType) {
    this.tablePrefix = tablePrefix;
    // PostgreSQL sorts empty values last in ascending order; H2 first (and it keeps the one query).
    this.nullsLast = "postgres".equals(databaseType);
  }

  @Override
  public List<Task> findTasksByQueryCriteria(TaskQueryImpl query) {
    Optional<AgencyTaskList> agencyTaskList = configuredAndRecognised(query);
    if (agencyTaskList.isEmpty()) {
      return getDbEntityManager().selectList("selectTaskByQueryCriteria", query);
    }
    AgencyTaskList list = agencyTaskList.get();
    int first = query.getFirstResult();
    int max = query.getMaxResults();
    if (list.readsTheTrayIndex()) {
      return findTasksByNativeQuery(list.pageFromTheTrayIndex(first, max), 0, max);
    }
    if (list.walksTheOrder()) {
      if (max != Integer.MAX_VALUE) {
        List<Task> page = findTasksByNativeQuery(list.pageOfTheFirstTasks(first, max), 0, max);
        if (page.size() == max) {
          return page;
        }
      }
      return findTasksByNativeQuery(list.pageFromTheLinks(first, max), 0, max);
    }
    if (!list.split()) {
      return findTasksByNativeQuery(list.page(first, max), first, max);
    }
    List<Task> page = new ArrayList<>(findTasksByNativeQuery(list.pageWithValue(first, max), first, max));
    if (page.size() < max) {
      // past the tasks with a value: the rest of the page from those without one
      long withValue = first == 0 ? page.size() : findTaskCountByNativeQuery(list.countWithValue());
      int firstWithout = (int) Math.max(0, first - withValue);
      int maxWithout = max == Integer.MAX_VALUE ? max : max - page.size();
      page.addAll(findTasksByNativeQuery(list.pageWithoutValue(firstWithout, maxWithout), firstWithout, maxWithout));
    }
    return page;
  }

  @Override
  public long findTaskCountByQueryCriteria(TaskQueryImpl query) {
    Optional<AgencyTaskList> agencyTaskList = configuredAndRecognised(query);
    if (agencyTaskList.isEmpty()) {
      return (Long) getDbEntityManager().selectOne("selectTaskCountByQueryCriteria", query);
    }
    return findTaskCountByNativeQuery(agencyTaskList.get().count());
  }

  /** Need-to-know and the tenant check applied as the engine does, then the agency's list recognised, if it is one. */
  private Optional<AgencyTaskList> configuredAndRecognised(TaskQueryImpl query) {
    configureQuery(query);
    return AgencyTaskList.of(query, tablePrefix, nullsLast);
  }
}
