package uk.safeguarding.agency;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;

/**
 * The one task query practitioners run all day, recognised and answered with SQL that fits it:
 * "tasks whose candidate group is one of these", assigned or not, perhaps due before or after a
 * date, in the order asked for. The engine writes that query for any combination of criteria, so it
 * joins the identity links, removes the duplicates the join makes with DISTINCT over every task of
 * the agency, and only then sorts and cuts a page. Asked with EXISTS instead, PostgreSQL walks the
 * due-date index and stops after a page, and the agency's count is read from the candidate-link index
 * alone. Anything else a query asks for (a variable, a name, a process, a tenant, an authorization
 * check still to make) leaves the query to the engine, so the answer is always the engine's answer.
 * Measured in docs/performance.md.
 */
final class AgencyTaskList {

  /** Criteria this SQL answers; every other criterion must still have its default value. */
  private static final Set<String> ANSWERED = Set.of("candidateGroups", "includeAssignedTasks", "dueDate", "dueBefore",
      "dueAfter");
  /** Engine bookkeeping, or settings that change nothing without the criteria they qualify. */
  private static final Set<String> NOT_CRITERIA = Set.of("cachedCandidateGroups", "cachedUserGroups", "queries",
      "initializeFormKeys", "taskNameCaseInsensitive", "variableNamesIgnoreCase", "variableValuesIgnoreCase");
  /** Task columns a page may be ordered by, as the engine names them. */
  private static final Set<String> ORDERABLE = Set.of("ID_", "NAME_", "DESCRIPTION_", "PRIORITY_", "ASSIGNEE_",
      "CREATE_TIME_", "LAST_UPDATED_", "DUE_DATE_", "FOLLOW_UP_DATE_");
  private static final List<Field> OTHER_CRITERIA = otherCriteria();
  private static final TaskQueryImpl DEFAULTS = new TaskQueryImpl();

  private final String from;
  private final String where;
  private final String orderBy;
  private final String countSql;
  private final Map<String, Object> parameters = new HashMap<>();

  private AgencyTaskList(TaskQueryImpl query, String tablePrefix) {
    List<String> groups = List.copyOf(new LinkedHashSet<>(query.getCandidateGroups()));
    List<String> placeholders = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      parameters.put("group" + i, groups.get(i));
      placeholders.add("#{group" + i + "}");
    }
    String candidateOf = "I.TYPE_ = 'candidate' and I.GROUP_ID_ in (" + String.join(", ", placeholders) + ")";
    from = tablePrefix + "ACT_RU_TASK RES";
    StringBuilder conditions = new StringBuilder("exists (select 1 from " + tablePrefix + "ACT_RU_IDENTITYLINK I where I.TASK_ID_ = RES.ID_ and "
        + candidateOf + ")");
    if (!query.isIncludeAssignedTasks()) {
      conditions.append(" and RES.ASSIGNEE_ is null");
    }
    boolean due = dueCondition(conditions, "=", "dueDate", query.getDueDate())
        | dueCondition(conditions, "<", "dueBefore", query.getDueBefore())
        | dueCondition(conditions, ">", "dueAfter", query.getDueAfter());
    if (due) {
      conditions.append(" and RES.DUE_DATE_ is not null");
    }
    where = conditions.toString();
    // Tasklist sends the filter's own order again with each request
    Set<String> order = new LinkedHashSet<>();
    for (QueryOrderingProperty property : query.getOrderingProperties()) {
      order.add("RES." + property.getQueryProperty().getName() + " " + property.getDirection().getName());
    }
    order.add("RES.ID_ asc"); // a stable order, so that pages neither repeat nor skip a task
    orderBy = String.join(", ", order);
    countSql = query.isIncludeAssignedTasks() && !due
        // the candidate links of open tasks: the foreign key guarantees each link's task exists
        ? "select count(*) from (select distinct I.TASK_ID_ from " + tablePrefix + "ACT_RU_IDENTITYLINK I where "
            + candidateOf + " and I.TASK_ID_ is not null) TASKS"
        : "select count(*) from " + from + " where " + where;
  }

  /** The query as this SQL would answer it, or empty where only the engine's SQL answers it. */
  static Optional<AgencyTaskList> of(TaskQueryImpl query, String tablePrefix) {
    if (query.getAuthCheck().isAuthorizationCheckEnabled() || query.getTenantCheck().isTenantCheckEnabled()
        || query.getQueries().size() != 1 || query.getCandidateUser() != null || query.getCandidateGroup() != null) {
      return Optional.empty();
    }
    List<String> groups = query.getCandidateGroupsInternal();
    if (groups == null || groups.isEmpty() || groups.stream().anyMatch(Objects::isNull) || !onlyAnsweredCriteria(query) || !plainOrdering(query)) {
      return Optional.empty();
    }
    return Optional.of(new AgencyTaskList(query, tablePrefix));
  }

  /** Parameters of the page's native query: the engine adds its database's limit clause. */
  Map<String, Object> page(int firstResult, int maxResults) {
    Map<String, Object> page = new HashMap<>(parameters);
    page.put("sql", "select RES.* from " + from + " where " + where + " order by " + orderBy);
    page.put("resultType", "LIST_PAGE");
    page.put("firstResult", firstResult);
    page.put("maxResults", maxResults);
    page.put("firstRow", firstResult + 1);
    page.put("lastRow", maxResults == Integer.MAX_VALUE ? maxResults : firstResult + maxResults + 1);
    page.put("internalOrderBy", orderBy);
    return page;
  }

  /** Parameters of the count's native query. */
  Map<String, Object> count() {
    Map<String, Object> count = new HashMap<>(parameters);
    count.put("sql", countSql);
    return count;
  }

  private boolean dueCondition(StringBuilder conditions, String operator, String name, Date value) {
    if (value == null) {
      return false;
    }
    parameters.put(name, value);
    conditions.append(" and RES.DUE_DATE_ ").append(operator).append(" #{").append(name).append("}");
    return true;
  }

  private static boolean onlyAnsweredCriteria(TaskQueryImpl query) {
    try {
      for (Field field : OTHER_CRITERIA) {
        Object asked = field.get(query);
        if (!Objects.deepEquals(asked, field.get(DEFAULTS)) && !empty(asked)) {
          return false;
        }
      }
      return true;
    } catch (IllegalAccessException e) {
      return false;
    }
  }

  /**
   * An empty list of ids, keys or variables restricts nothing in the engine's SQL either (each is
   * applied only when it has an element), and REST clients such as Tasklist send them empty.
   */
  private static boolean empty(Object criterion) {
    return criterion instanceof Object[] array && array.length == 0
        || criterion instanceof java.util.Collection<?> collection && collection.isEmpty();
  }

  private static boolean plainOrdering(TaskQueryImpl query) {
    return query.getOrderingProperties().stream().allMatch(property -> property.getRelation() == null
        && property.getQueryProperty().getFunction() == null && ORDERABLE.contains(property.getQueryProperty().getName()));
  }

  private static List<Field> otherCriteria() {
    List<Field> fields = new ArrayList<>();
    for (Field field : TaskQueryImpl.class.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers()) && !ANSWERED.contains(field.getName())
          && !NOT_CRITERIA.contains(field.getName())) {
        field.setAccessible(true);
        fields.add(field);
      }
    }
    return List.copyOf(fields);
  }
}
