package uk.safeguarding.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;

import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The four filters every Tasklist user has. They are shared filters read by everyone; each resolves
 * "me" and "my groups" at query time, so one filter serves every user and agency. "Due within 5
 * working days" counts working days with the England and Wales calendar (function
 * {@code workingDaysFromNow}), not calendar days.
 */
@Component
public class TasklistFilters {

  public static final String MY_TASKS = "My tasks";
  public static final String MY_AGENCYS_TASKS = "My agency's tasks";
  public static final String DUE_WITHIN_5_WORKING_DAYS = "Due within 5 working days";
  public static final String OVERDUE = "Overdue";

  private final ProcessEngine engine;

  public TasklistFilters(ProcessEngine engine) {
    this.engine = engine;
  }

  void createMissing(Permissions permissions) {
    FilterService filters = engine.getFilterService();
    create(filters, permissions, MY_TASKS, 10, "Tasks assigned to me",
        query().taskAssigneeExpression("${currentUser()}"));
    create(filters, permissions, MY_AGENCYS_TASKS, 20, "Open tasks for my agency or role, claimed or not",
        myAgencys());
    create(filters, permissions, DUE_WITHIN_5_WORKING_DAYS, 30, "My agency's tasks, mine included, due by the end of the fifth working day from today",
        myAgencys().dueBeforeExpression("${workingDaysFromNow(5)}"));
    create(filters, permissions, OVERDUE, 40, "My agency's tasks, mine included, past their due date",
        myAgencys().dueBeforeExpression("${now()}"));
  }

  private TaskQuery query() {
    return engine.getTaskService().createTaskQuery().orderByDueDate().asc();
  }

  /**
   * Every task is routed to a candidate group (never to a named person) and stays visible to its
   * group once claimed, so "my agency's tasks, assigned or not" already holds my own. Asking for it
   * this way also lets need-to-know ride on the same condition (see agency.NeedToKnowTaskQueries).
   */
  private TaskQuery myAgencys() {
    return engine.getTaskService().createTaskQuery()
        .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
        .orderByDueDate().asc();
  }

  private void create(FilterService filters, Permissions permissions, String name, int priority,
      String description, TaskQuery query) {
    // Shared filters follow the code: an upgrade that changes one changes it for everyone.
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(name).setOwner("admin");
    }
    filter.setProperties(Map.of("priority", priority, "description", description, "refresh", true)).setQuery(query);
    filters.saveFilter(filter);
    permissions.grantEveryone(Resources.FILTER, filter.getId(), READ);
  }
}
