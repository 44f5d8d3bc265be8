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
import org.camunda.bpm.engine.impl.QueryEntityRelationCondition;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.query.QueryProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryProperty;
import org.camunda.bpm.engine.impl.VariableInstanceQueryProperty;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.variable.type.ValueType;

/**
 * The one task query practitioners run all day, recognised and answered with SQL that fits it:
 * "tasks whose candidate group is one of these", assigned or not, active or not, perhaps due before or
 * after a date, in the order asked for (task columns, or a string variable of the task's process
 * instance such as the case reference of the "By child" tray: on PostgreSQL the tasks whose case holds
 * the value are read by walking an index of the values in order, see {@link Split}). The engine writes that query for any combination of criteria, so it
 * joins the identity links, removes the duplicates the join makes with DISTINCT over every task of
 * the agency, and only then sorts and cuts a page. Here a page in an order of task columns is looked
 * for among the first tasks of all, walking the due-date index, and read from the agency's links only
 * when its tasks are not there (a team manager's, all due after everybody's contributions); the
 * agency's count is read from the candidate-link index alone. A list of every task of the groups in an
 * order led by the due date or the creation time (every tray but "By child") is read instead from the
 * trays' own index of each group's tasks by due date ({@link TrayIndex}): its page and its count, dated
 * or not, are one index range per group. Anything else a query asks for (a variable, a name, a process, a tenant, an authorization
 * check still to make) leaves the query to the engine, so the answer is always the engine's answer.
 * Measured in docs/performance.md.
 */
final class AgencyTaskList {

  /** Criteria this SQL answers; every other criterion must still have its default value. */
  private static final Set<String> ANSWERED = Set.of("candidateGroups", "includeAssignedTasks", "dueDate", "dueBefore",
      "dueAfter", "suspensionState");
  /** Engine bookkeeping, or settings that change nothing without the criteria they qualify. */
  private static final Set<String> NOT_CRITERIA = Set.of("cachedCandidateGroups", "cachedUserGroups", "queries",
      "initializeFormKeys", "taskNameCaseInsensitive", "variableNamesIgnoreCase", "variableValuesIgnoreCase");
  /** Task columns a page may be ordered by, as the engine names them. */
  private static final Set<String> ORDERABLE = Set.of("ID_", "NAME_", "DESCRIPTION_", "PRIORITY_", "ASSIGNEE_",
      "CREATE_TIME_", "LAST_UPDATED_", "DUE_DATE_", "FOLLOW_UP_DATE_");
  /** Task columns the trays' index holds, so that a page in an order of these is read from it alone. */
  private static final Set<String> IN_THE_TRAY_INDEX = Set.of("DUE_DATE_", "CREATE_TIME_", "ID_");
  /** The one kind of variable a page may be ordered by: a process instance's string variable, as the trays' "By child". */
  private static final String VALUE_OF_A_STRING = VariableInstanceQueryProperty.TEXT_AS_LOWER.getName();
  private static final List<Field> OTHER_CRITERIA = otherCriteria();
  private static final TaskQueryImpl DEFAULTS = new TaskQueryImpl();
  /** Tasks walked in order before a page is read from the links instead: a few milliseconds' walk. */
  static final int FIRST_TASKS_WALKED = 5_000;
  /** Tasks walked for each task a page asks for, down to the end of the page, for a page deep in the list. */
  static final int TASKS_WALKED_PER_TASK_ASKED = 50;
  /** 0 (no walk at all) only in the test that shows both ways give the engine's answer on a small database. */
  static volatile boolean walking = true;

  private final String from;
  private final String where;
  /** The page read from the agency's candidate links, where walking every task in order would find too few. */
  private final String fromTheLinks;
  /** The page among the first tasks of all in the order asked for. */
  private final String amongTheFirstTasks;
  private final boolean walksTheOrder;
  private final String orderBy;
  private final String countSql;
  /** "By child" on a database that puts nulls last: the tasks with the variable, walked in its order, then the rest. */
  private final Split split;
  /**
   * The page from the trays' index ({@link TrayIndex}), for a list of every task of the groups
   * (claimed or not) in an order led by the due date or the time of creation: each group's tasks
   * read in that order from its own index range, a page's worth at most; null where the index does
   * not answer the order.
   */
  private final String fromTheTrayIndex;

  /**
   * An order led by a variable, ascending, where the database sorts empty values last (PostgreSQL):
   * the tasks whose case has the value are read by walking an index of the values in order and
   * stop after a page, instead of joining and sorting every task of the agency; the tasks without
   * it come after them, in the rest of the order. Together, exactly the one query's answer.
   */
  private record Split(String withValueFrom, String withValueWhere, String withValueOrder, String withoutValueWhere,
      String withoutValueOrder) {}
  private final Map<String, Object> parameters = new HashMap<>();

  private AgencyTaskList(TaskQueryImpl query, String tablePrefix, boolean nullsLast) {
    List<String> groups = List.copyOf(new LinkedHashSet<>(query.getCandidateGroups()));
    List<String> placeholders = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      parameters.put("group" + i, groups.get(i));
      placeholders.add("#{group" + i + "}");
    }
    String candidateOf = "I.TYPE_ = 'candidate' and I.GROUP_ID_ in (" + String.join(", ", placeholders) + ")";
    String ofTheAgency = "exists (select 1 from " + tablePrefix + "ACT_RU_IDENTITYLINK I where I.TASK_ID_ = RES.ID_ and "
        + candidateOf + ")";
    StringBuilder conditions = new StringBuilder(ofTheAgency);
    if (!query.isIncludeAssignedTasks()) {
      conditions.append(" and RES.ASSIGNEE_ is null");
    }
    boolean due = dueCondition(conditions, "=", "dueDate", query.getDueDate())
        | dueCondition(conditions, "<", "dueBefore", query.getDueBefore())
        | dueCondition(conditions, ">", "dueAfter", query.getDueAfter());
    if (due) {
      conditions.append(" and RES.DUE_DATE_ is not null");
    }
    String whereAnyState = conditions.toString();
    SuspensionState state = query.getSuspensionState();
    if (state != null) {
      parameters.put("suspensionState", state.getStateCode());
      conditions.append(" and RES.SUSPENSION_STATE_ = #{suspensionState}");
    }
    where = conditions.toString();
    // Tasklist sends the filter's own order again with each request
    Set<String> order = new LinkedHashSet<>();
    StringBuilder joins = new StringBuilder();
    int variables = 0;
    for (QueryOrderingProperty property : query.getOrderingProperties()) {
      if (property.getRelation() == null) {
        order.add("RES." + property.getQueryProperty().getName() + " " + property.getDirection().getName());
        continue;
      }
      // The engine's own join for an order by a process variable: the variable of that name and type
      // on the task's process instance, its value compared in lower case.
      String alias = "VO" + variables;
      String name = variableCondition(property, VariableInstanceQueryProperty.VARIABLE_NAME);
      String type = variableCondition(property, VariableInstanceQueryProperty.VARIABLE_TYPE);
      parameters.put("orderName" + variables, name);
      parameters.put("orderType" + variables, type);
      joins.append(" left join ").append(tablePrefix).append("ACT_RU_VARIABLE ").append(alias).append(" on ")
          .append(alias).append(".NAME_ = #{orderName").append(variables).append("} and ")
          .append(alias).append(".TYPE_ = #{orderType").append(variables).append("} and ")
          .append(alias).append(".EXECUTION_ID_ = RES.PROC_INST_ID_");
      order.add("lower(" + alias + "." + VALUE_OF_A_STRING + ") " + property.getDirection().getName());
      variables++;
    }
    from = tablePrefix + "ACT_RU_TASK RES" + joins;
    order.add("RES.ID_ asc"); // a stable order, so that pages neither repeat nor skip a task
    orderBy = String.join(", ", order);
    walksTheOrder = variables == 0;
    Set<String> ordered = new LinkedHashSet<>(List.of("RES.ID_"));
    order.forEach(column -> ordered.add(column.substring(0, column.lastIndexOf(' '))));
    String orderedColumns = String.join(", ", ordered);
    // Both ways read only the ids and order columns of the tasks they pass over (index-only on
    // PostgreSQL, V16), then the rows of the page's fifteen.
    String rowsOfThePage = ") PAGE join " + tablePrefix + "ACT_RU_TASK TASK on TASK.ID_ = PAGE.ID_ order by " + orderBy.replace("RES.", "PAGE.");
    // A task linked to two of the groups asked for (or to one twice) is one task: grouped, not joined twice.
    fromTheLinks = "select TASK.* from (select " + orderedColumns + " from " + tablePrefix + "ACT_RU_IDENTITYLINK I join "
        + tablePrefix + "ACT_RU_TASK RES on RES.ID_ = I.TASK_ID_ where " + candidateOf + where.substring(ofTheAgency.length())
        + " group by " + orderedColumns + " order by " + orderBy + " limit #{pageMax} offset #{pageFirst}" + rowsOfThePage;
    Set<String> walked = new LinkedHashSet<>(ordered);
    walked.addAll(List.of("RES.DUE_DATE_", "RES.ASSIGNEE_", "RES.SUSPENSION_STATE_"));
    amongTheFirstTasks = "select TASK.* from (select " + orderedColumns + " from (select " + String.join(", ", walked) + " from "
        + from + " order by " + orderBy + " limit #{walk}) RES where " + where + " order by " + orderBy
        + " limit #{pageMax} offset #{pageFirst}" + rowsOfThePage;
    List<QueryOrderingProperty> orderings = query.getOrderingProperties();
    if (nullsLast && variables == 1 && orderings.get(0).getRelation() != null
        && "asc".equals(orderings.get(0).getDirection().getName())) {
      List<String> rest = new ArrayList<>(order).subList(1, order.size());
      String hasValue = "NAME_ = #{orderName0} and %1$s.TYPE_ = #{orderType0} and %1$s.TEXT_ is not null";
      split = new Split(
          tablePrefix + "ACT_RU_VARIABLE VO0 join " + tablePrefix + "ACT_RU_TASK RES on RES.PROC_INST_ID_ = VO0.EXECUTION_ID_",
          "VO0." + String.format(hasValue, "VO0") + " and " + where,
          orderBy,
          where + " and not exists (select 1 from " + tablePrefix + "ACT_RU_VARIABLE V where V.EXECUTION_ID_ = RES.PROC_INST_ID_ and V."
              + String.format(hasValue, "V") + ")",
          String.join(", ", rest));
    } else {
      split = null;
    }
    String inTheTrayIndex = orderInTheTrayIndex(orderings, variables);
    String dueInTheIndex = whereAnyState.substring(ofTheAgency.length()).replace("RES.DUE_DATE_", "S.DUE_DATE_");
    String groupsInTheIndex = "S.GROUP_ID_ in (" + String.join(", ", placeholders) + ")";
    if (inTheTrayIndex != null && query.isIncludeAssignedTasks()) {
      String inState = state == null ? ""
          : state == SuspensionState.ACTIVE
              ? " and not exists (select 1 from " + tablePrefix + "ACT_RU_TASK X where X.ID_ = S.TASK_ID_ and X.SUSPENSION_STATE_ <> "
                  + SuspensionState.ACTIVE.getStateCode() + ")"
              : " and exists (select 1 from " + tablePrefix + "ACT_RU_TASK X where X.ID_ = S.TASK_ID_ and X.SUSPENSION_STATE_ = #{suspensionState})";
      String columns = "select S.TASK_ID_ as ID_, S.DUE_DATE_, S.CREATE_TIME_ from sg_tray_task S where ";
      String tasks;
      if (groups.size() == 1) {
        tasks = columns + groupsInTheIndex + dueInTheIndex + inState + " order by " + inTheTrayIndex
            + " limit #{pageMax} offset #{pageFirst}";
      } else {
        // Each group's first tasks, as many as the page reaches, merged: a task of two of the groups is one task.
        List<String> eachGroup = new ArrayList<>();
        for (String placeholder : placeholders) {
          eachGroup.add("(" + columns + "S.GROUP_ID_ = " + placeholder + dueInTheIndex + inState + " order by " + inTheTrayIndex
              + " limit #{pageEnd})");
        }
        tasks = "select ID_, DUE_DATE_, CREATE_TIME_ from (" + String.join(" union all ", eachGroup)
            + ") U group by ID_, DUE_DATE_, CREATE_TIME_ order by " + orderBy.replace("RES.", "") + " limit #{pageMax} offset #{pageFirst}";
      }
      fromTheTrayIndex = "select TASK.* from (" + tasks + rowsOfThePage;
    } else {
      fromTheTrayIndex = null;
    }
    // the candidate links of open tasks: the foreign key guarantees each link's task exists
    String everyLinkedTask = "select count(*) from (select distinct I.TASK_ID_ from " + tablePrefix + "ACT_RU_IDENTITYLINK I where "
        + candidateOf + " and I.TASK_ID_ is not null) TASKS";
    if (fromTheTrayIndex != null) {
      // one index range per group; a task of two of the groups counted once
      String inTheIndex = "sg_tray_task S where " + groupsInTheIndex + dueInTheIndex;
      String every = groups.size() == 1 ? "select count(*) from " + inTheIndex
          : "select count(*) from (select S.TASK_ID_ from " + inTheIndex + " group by S.TASK_ID_) C";
      String ofState = "select count(distinct S.TASK_ID_) from " + tablePrefix + "ACT_RU_TASK X join sg_tray_task S on S.TASK_ID_ = X.ID_ where "
          + groupsInTheIndex + dueInTheIndex + " and X.SUSPENSION_STATE_ ";
      // active: every task less the few suspended, which the partial index of those finds at once
      countSql = state == null ? every
          : state == SuspensionState.ACTIVE ? "select (" + every + ") - (" + ofState + "<> " + SuspensionState.ACTIVE.getStateCode() + ")"
          : ofState + "= #{suspensionState}";
    } else if (!query.isIncludeAssignedTasks() || due || state == SuspensionState.SUSPENDED) {
      countSql = "select count(*) from " + tablePrefix + "ACT_RU_TASK RES where " + where;
    } else if (state == null) {
      countSql = everyLinkedTask;
    } else {
      // Tasklist asks for active tasks only. A task is active (1) or suspended (2), and suspended ones
      // are rare (a manager suspends a case in Cockpit): every linked task less the agency's tasks
      // that are not active, which the partial index of suspended tasks finds at once.
      countSql = "select (" + everyLinkedTask + ") - (select count(*) from " + tablePrefix + "ACT_RU_TASK RES where "
          + whereAnyState + " and RES.SUSPENSION_STATE_ <> " + SuspensionState.ACTIVE.getStateCode() + ")";
    }
  }

  /**
   * The order in the trays' index's columns, where it is led by the due date or the time of creation
   * and holds nothing else but the task's id; otherwise null.
   */
  private static String orderInTheTrayIndex(List<QueryOrderingProperty> orderings, int variables) {
    if (variables > 0 || orderings.isEmpty()) {
      return null;
    }
    List<String> order = new ArrayList<>();
    for (QueryOrderingProperty property : orderings) {
      String column = property.getQueryProperty().getName();
      if (!IN_THE_TRAY_INDEX.contains(column) || order.isEmpty() && "ID_".equals(column)) {
        return null;
      }
      order.add("S." + ("ID_".equals(column) ? "TASK_ID_" : column) + " " + property.getDirection().getName());
    }
    order.add("S.TASK_ID_ asc");
    return String.join(", ", new LinkedHashSet<>(order));
  }

  /** Whether the page is read from the trays' index ({@link #pageFromTheTrayIndex}). */
  boolean readsTheTrayIndex() {
    return fromTheTrayIndex != null;
  }

  /** The page from the trays' index: each group's tasks in the order asked for, as far as the page reaches. */
  Map<String, Object> pageFromTheTrayIndex(int firstResult, int maxResults) {
    Map<String, Object> page = pageOf(fromTheTrayIndex, firstResult, maxResults);
    page.put("pageEnd", (long) firstResult + maxResults);
    return page;
  }

  /** The query as this SQL would answer it, or empty where only the engine's SQL answers it. */
  static Optional<AgencyTaskList> of(TaskQueryImpl query, String tablePrefix) {
    return of(query, tablePrefix, false);
  }

  /** {@code nullsLast}: the database sorts empty values after every other, ascending (PostgreSQL, not H2). */
  static Optional<AgencyTaskList> of(TaskQueryImpl query, String tablePrefix, boolean nullsLast) {
    if (query.getAuthCheck().isAuthorizationCheckEnabled() || query.getTenantCheck().isTenantCheckEnabled()
        || query.getQueries().size() != 1 || query.getCandidateUser() != null || query.getCandidateGroup() != null) {
      return Optional.empty();
    }
    List<String> groups = query.getCandidateGroupsInternal();
    if (groups == null || groups.isEmpty() || groups.stream().anyMatch(Objects::isNull) || !onlyAnsweredCriteria(query) || !plainOrdering(query)) {
      return Optional.empty();
    }
    return Optional.of(new AgencyTaskList(query, tablePrefix, nullsLast));
  }

  /** Parameters of the page's native query: the engine adds its database's limit clause. */
  Map<String, Object> page(int firstResult, int maxResults) {
    return page("select RES.* from " + from + " where " + where + " order by " + orderBy, orderBy, firstResult, maxResults);
  }

  /**
   * Whether a page is first looked for among the first tasks of all in the order asked for
   * ({@link #pageOfTheFirstTasks}), then read from the agency's links if it is not all there
   * ({@link #pageFromTheLinks}): so for an order of task columns.
   */
  boolean walksTheOrder() {
    return walksTheOrder;
  }

  /**
   * The page among the first tasks of all in the order asked for: a short walk of the due-date
   * index, each task checked against the agency's links. Where the page is full it is exactly the
   * page of the whole list, since the agency's tasks among the first tasks come first in the agency's
   * list. An agency whose tasks all come later (a team manager's supervision, due six weeks out after
   * everybody's contributions) finds too few here and is read from its links instead.
   */
  Map<String, Object> pageOfTheFirstTasks(int firstResult, int maxResults) {
    Map<String, Object> page = pageOf(amongTheFirstTasks, firstResult, maxResults);
    page.put("walk", walking ? Math.max(FIRST_TASKS_WALKED, TASKS_WALKED_PER_TASK_ASKED * (firstResult + (long) maxResults)) : 0);
    return page;
  }

  /**
   * The page from the agency's candidate links: its tasks' ids and order columns sorted (an
   * index-only read of the tasks), then the page's rows read. Grows with the agency's open tasks, not
   * with all open tasks.
   */
  Map<String, Object> pageFromTheLinks(int firstResult, int maxResults) {
    return pageOf(fromTheLinks, firstResult, maxResults);
  }

  /** The page is cut inside the query, before its rows are read: the engine adds no limit of its own. */
  private Map<String, Object> pageOf(String sql, int firstResult, int maxResults) {
    Map<String, Object> page = new HashMap<>(parameters);
    page.put("sql", sql);
    page.put("resultType", "LIST");
    page.put("pageFirst", firstResult);
    page.put("pageMax", maxResults);
    return page;
  }

  /** Whether the page is read in two parts: {@link #pageWithValue}, then {@link #pageWithoutValue}. */
  boolean split() {
    return split != null;
  }

  /** The page of the tasks whose case holds the ordering variable, in its order. */
  Map<String, Object> pageWithValue(int firstResult, int maxResults) {
    return page("select RES.* from " + split.withValueFrom() + " where " + split.withValueWhere() + " order by "
        + split.withValueOrder(), split.withValueOrder(), firstResult, maxResults);
  }

  /** How many tasks' cases hold the ordering variable. */
  Map<String, Object> countWithValue() {
    Map<String, Object> count = new HashMap<>(parameters);
    count.put("sql", "select count(*) from " + split.withValueFrom() + " where " + split.withValueWhere());
    return count;
  }

  /** The page of the tasks whose case does not hold it, which come after all the others. */
  Map<String, Object> pageWithoutValue(int firstResult, int maxResults) {
    String sql = "select RES.* from " + tableOf(from) + " where " + split.withoutValueWhere() + " order by "
        + split.withoutValueOrder();
    return page(sql, split.withoutValueOrder(), firstResult, maxResults);
  }

  private static String tableOf(String from) {
    int join = from.indexOf(" left join ");
    return join < 0 ? from : from.substring(0, join);
  }

  private Map<String, Object> page(String sql, String order, int firstResult, int maxResults) {
    Map<String, Object> page = new HashMap<>(parameters);
    page.put("sql", sql);
    page.put("resultType", "LIST_PAGE");
    page.put("firstResult", firstResult);
    page.put("maxResults", maxResults);
    page.put("firstRow", firstResult + 1);
    page.put("lastRow", maxResults == Integer.MAX_VALUE ? maxResults : firstResult + maxResults + 1);
    page.put("internalOrderBy", order);
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
        ? property.getQueryProperty().getFunction() == null && ORDERABLE.contains(property.getQueryProperty().getName())
        : byProcessInstanceString(property));
  }

  /** An order by a string variable of the task's process instance, as {@code orderByProcessVariable(name, STRING)} makes it. */
  private static boolean byProcessInstanceString(QueryOrderingProperty property) {
    List<QueryEntityRelationCondition> conditions = property.getRelationConditions();
    return QueryOrderingProperty.RELATION_VARIABLE.equals(property.getRelation())
        && VariableInstanceQueryProperty.TEXT_AS_LOWER.equals(property.getQueryProperty())
        && conditions != null && conditions.size() == 3
        && ValueType.STRING.getName().equals(variableCondition(property, VariableInstanceQueryProperty.VARIABLE_TYPE))
        && variableCondition(property, VariableInstanceQueryProperty.VARIABLE_NAME) != null
        && conditions.stream().anyMatch(condition -> VariableInstanceQueryProperty.EXECUTION_ID.equals(condition.getProperty())
            && TaskQueryProperty.PROCESS_INSTANCE_ID.equals(condition.getComparisonProperty()));
  }

  /** The value a variable order's condition on this column compares with, or null. */
  private static String variableCondition(QueryOrderingProperty property, QueryProperty column) {
    return property.getRelationConditions().stream()
        .filter(condition -> column.equals(condition.getProperty()) && condition.getScalarValue() != null)
        .map(condition -> String.valueOf(condition.getScalarValue())).findFirst().orElse(null);
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
