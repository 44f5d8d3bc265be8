package uk.safeguarding.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.stereotype.Component;
import uk.safeguarding.contract.CaseFacts;

/**
 * The practitioner's work trays: shared Tasklist filters read by everyone, each resolving "me" and
 * "my groups" at query time, so one filter serves every user and agency. Tasklist opens the tray with
 * the lowest priority, so a practitioner lands on their agency's work, soonest due first, not on an
 * empty "My tasks". Every tray asks the cards for the child's name and the case reference (the filter
 * property {@code variables}); the agency and the due date in working days are added to each card by
 * the Tasklist plugin ({@code uk.safeguarding.tasklist}). "Due within 5 working days" counts working
 * days with the England and Wales calendar (function {@code workingDaysFromNow}), not calendar days.
 */
@Component
public class TasklistFilters {

  public static final String MY_AGENCYS_TASKS = "My agency's tasks";
  public static final String MY_TASKS = "My tasks";
  public static final String DUE_WITHIN_5_WORKING_DAYS = "Due within 5 working days";
  public static final String OVERDUE = "Overdue";
  public static final String BY_CHILD = "By child";
  /** The trays in the order Tasklist lists them; the first is the one it opens. */
  public static final List<String> TRAYS = List.of(MY_AGENCYS_TASKS, MY_TASKS, DUE_WITHIN_5_WORKING_DAYS, OVERDUE, BY_CHILD);

  /** What each card shows of its case, by the names every pathway gives these facts (contract.CaseFacts). */
  static final List<Map<String, String>> CARD_VARIABLES = List.of(
      Map.of("name", CaseFacts.CHILD_NAME, "label", "Child"),
      Map.of("name", CaseFacts.CASE_REFERENCE, "label", "Case"));

  private static final String SOONEST_DUE_FIRST = "Soonest due first";

  private final ProcessEngine engine;

  public TasklistFilters(ProcessEngine engine) {
    this.engine = engine;
  }

  void createMissing(Permissions permissions) {
    FilterService filters = engine.getFilterService();
    create(filters, permissions, MY_AGENCYS_TASKS, 10, "Open tasks for my agency or role, claimed or not, soonest due first",
        SOONEST_DUE_FIRST, myAgencys().orderByDueDate().asc());
    create(filters, permissions, MY_TASKS, 20, "Tasks I have claimed, soonest due first", SOONEST_DUE_FIRST,
        engine.getTaskService().createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    create(filters, permissions, DUE_WITHIN_5_WORKING_DAYS, 30, "My agency's tasks, mine included, due by the end of the fifth working day from today",
        SOONEST_DUE_FIRST, myAgencys().dueBeforeExpression("${workingDaysFromNow(5)}").orderByDueDate().asc());
    create(filters, permissions, OVERDUE, 40, "My agency's tasks, mine included, past their due date",
        SOONEST_DUE_FIRST, myAgencys().dueBeforeExpression("${now()}").orderByDueDate().asc());
    // Every process of a child carries its family and case (standards.FamilyAndChild), so one child's work
    // sits together, soonest due first, whichever pathway it comes from, and brothers' and sisters' beside it.
    create(filters, permissions, BY_CHILD, 50,
        "My agency's tasks child by child, brothers and sisters together (family reference), soonest due first",
        "Child by child, brothers and sisters together; each child's soonest due first",
        myAgencys().orderByProcessVariable(CaseFacts.FAMILY_AND_CHILD, ValueType.STRING).asc().orderByDueDate().asc());
  }

  /**
   * Every task is routed to a candidate group (never to a named person) and stays visible to its
   * group once claimed, so "my agency's tasks, assigned or not" already holds my own. Asking for it
   * this way also lets need-to-know ride on the same condition (see agency.NeedToKnowTaskQueries).
   */
  private TaskQuery myAgencys() {
    return engine.getTaskService().createTaskQuery()
        .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks();
  }

  private void create(FilterService filters, Permissions permissions, String name, int priority,
      String description, String trayOrder, TaskQuery query) {
    // Shared filters follow the code: an upgrade that changes one changes it for everyone.
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(name).setOwner("admin");
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", priority);
    properties.put("description", description);
    // The tray's own order comes first whatever Tasklist's sort control says (Tasklist adds its sorting
    // after the filter's), so the trays' plugin shows this in its place.
    properties.put("trayOrder", trayOrder);
    properties.put("refresh", true);
    // A card of a task whose case lacks a fact says so ("<Undefined>") instead of hiding the line.
    properties.put("showUndefinedVariable", true);
    properties.put("variables", CARD_VARIABLES);
    filter.setProperties(properties).setQuery(query);
    filters.saveFilter(filter);
    permissions.grantEveryone(Resources.FILTER, filter.getId(), READ);
  }
}
