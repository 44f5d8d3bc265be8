package uk.safeguarding.agency;

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

  AgencyTaskListManager(String tablePrefix) {
    this.tablePrefix = tablePrefix;
  }

  @Override
  public List<Task> findTasksByQueryCriteria(TaskQueryImpl query) {
    Optional<AgencyTaskList> agencyTaskList = configuredAndRecognised(query);
    if (agencyTaskList.isEmpty()) {
      return getDbEntityManager().selectList("selectTaskByQueryCriteria", query);
    }
    return findTasksByNativeQuery(agencyTaskList.get().page(query.getFirstResult(), query.getMaxResults()),
        query.getFirstResult(), query.getMaxResults());
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
    return AgencyTaskList.of(query, tablePrefix);
  }
}
