package uk.safeguarding.agency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.dto.task.TaskQueryDto;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.identity.TasklistFilters;

/**
 * An agency's task list answered by its own SQL gives exactly what the engine's SQL gives: the same
 * tasks, in the order asked for, page by page, and the same count, whatever the tasks' groups, claims
 * and due dates. Each answer is compared with the engine's answer to the same question asked with one
 * more criterion that every task meets (no tenant) but that leaves the query to the engine. Other
 * tests' cases share the database, so the forty tasks made here are counted among the answer.
 */
class AgencyTaskListTest extends ProcessTestBase {

  private static final Comparator<Task> BY_DUE_DATE = Comparator.comparing(Task::getDueDate);

  private final String police = Agency.POLICE.groupId();
  private final String health = Agency.HEALTH.groupId();
  private final List<String> created = new ArrayList<>();
  private TaskService tasks;

  /**
   * Forty tasks over three weeks of due dates (some none), a third claimed, some shared by both
   * agencies and a few linked to the same group twice.
   */
  @BeforeEach
  void tasksOfTwoAgencies() {
    tasks = engine.getTaskService();
    LocalDate monday = LocalDate.of(2026, 12, 7);
    for (int i = 0; i < 40; i++) {
      Task task = tasks.newTask();
      task.setName("Contribute to strategy discussion " + i);
      task.setDueDate(i % 9 == 0 ? null : date(monday.plusDays(i % 21)));
      if (i % 3 == 0) {
        task.setAssignee("officer-" + i);
      }
      tasks.saveTask(task);
      created.add(task.getId());
      tasks.addCandidateGroup(task.getId(), i % 2 == 0 ? police : health);
      if (i % 5 == 0) {
        tasks.addCandidateGroup(task.getId(), i % 2 == 0 ? health : police);
      }
      if (i % 7 == 0) {
        tasks.addCandidateGroup(task.getId(), i % 2 == 0 ? police : health);
      }
    }
  }

  private final List<String> startedCases = new ArrayList<>();

  @AfterEach
  void removeTasks() {
    engine.getIdentityService().clearAuthentication();
    startedCases.forEach(instance -> engine.getRuntimeService().deleteProcessInstance(instance, "test over", true, true));
    created.stream().filter(id -> tasks.createTaskQuery().taskId(id).count() > 0).forEach(id -> tasks.deleteTask(id, true));
  }

  @Test
  void sd06_myAgencysTasksPageByPageAndTheCountAreTheEnginesOwn() {
    signedIn(police);
    assertSameAsEngine(() -> tasks.createTaskQuery().taskCandidateGroupIn(List.of(police)).includeAssignedTasks()
        .orderByDueDate().asc(), 24, BY_DUE_DATE);
  }

  /**
   * A page is looked for among the first tasks of all, then read from the agency's links where too
   * few of its tasks are among them (a team manager's supervision, due after everyone's work). With
   * a walk too short for any page, every page comes from the links, and is still the engine's.
   */
  @Test
  void sd06_aPageFromTheAgencysLinksIsTheEnginesOwnWhenItsTasksAreNotAmongTheFirst() {
    signedIn(police, health);
    AgencyTaskList.walking = false;
    try {
      assertSameAsEngine(() -> tasks.createTaskQuery().taskCandidateGroupIn(List.of(police, health)).includeAssignedTasks()
          .active().orderByDueDate().asc().orderByTaskCreateTime().desc(), 40, BY_DUE_DATE);
      assertSameAsEngine(() -> tasks.createTaskQuery().taskCandidateGroupIn(List.of(police))
          .dueBefore(date(LocalDate.of(2026, 12, 20))).orderByDueDate().desc(), 10, BY_DUE_DATE.reversed());
    } finally {
      AgencyTaskList.walking = true;
    }
  }

  @Test
  void sd06_dueBeforeADateCountsOnlyThoseDueAndNeverTasksWithoutADueDate() {
    signedIn(police);
    Date endOfNextWeek = date(LocalDate.of(2026, 12, 18));
    assertSameAsEngine(() -> tasks.createTaskQuery().taskCandidateGroupIn(List.of(police)).includeAssignedTasks()
        .dueBefore(endOfNextWeek).orderByDueDate().asc(), 12, BY_DUE_DATE);
  }

  @Test
  void unclaimedTasksOnlyWhenAssignedOnesAreNotAskedFor() {
    signedIn(police);
    assertSameAsEngine(() -> tasks.createTaskQuery().taskCandidateGroupIn(List.of(police))
        .orderByTaskCreateTime().desc(), 16, Comparator.comparing(Task::getCreateTime).reversed());
  }

  @Test
  void someoneInBothAgenciesSeesEachSharedTaskOnce() {
    signedIn(police, health);
    assertSameAsEngine(() -> tasks.createTaskQuery().taskCandidateGroupIn(List.of(police, health)).includeAssignedTasks()
        .dueAfter(date(LocalDate.of(2026, 12, 9))).orderByTaskPriority().desc().orderByDueDate().asc(), 30,
        Comparator.comparing(Task::getPriority).reversed().thenComparing(BY_DUE_DATE));
  }

  @Test
  void tasklistsFilterAsAPractitionerOpensIt() {
    signedIn(police);
    String filter = engine.getFilterService().createFilterQuery().filterName(TasklistFilters.MY_AGENCYS_TASKS).singleResult().getId();
    List<Task> page = engine.getFilterService().listPage(filter, 0, 50);
    long count = engine.getFilterService().count(filter);

    assertThat(count).isGreaterThanOrEqualTo(24).isEqualTo(leftToTheEngine(tasks.createTaskQuery()
        .taskCandidateGroup(police).includeAssignedTasks()).count());
    assertThat(page).hasSize((int) Math.min(50, count)).extracting(Task::getId).doesNotHaveDuplicates().allSatisfy(id ->
        assertThat(tasks.getIdentityLinksForTask(id)).anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo(police)));
    assertThat(withDueDates(page)).isSortedAccordingTo(BY_DUE_DATE);
  }

  @Test
  void sd06_anOfficersListIsAnsweredByTheAgencySqlOnceNeedToKnowAndTheTenantCheckHaveSeenIt() {
    signedIn(police);
    TaskQueryImpl query = (TaskQueryImpl) tasks.createTaskQuery().taskCandidateGroupIn(List.of(police))
        .includeAssignedTasks().orderByDueDate().asc();

    assertThat(answeredByAgencySql(query)).as("no authorization join and no tenant check left to make").isTrue();
  }

  @Test
  void sd06_tasklistsOwnRequestForTheFilterIsAnsweredByTheAgencySql() throws Exception {
    signedIn(police);
    // the body Tasklist posts to /filter/{id}/list, turned into a query as the REST API does
    ObjectMapper json = new ObjectMapper();
    TaskQueryDto body = json.readValue("{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
        + "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}", TaskQueryDto.class);
    body.setObjectMapper(json);
    TaskQueryImpl filter = (TaskQueryImpl) tasks.createTaskQuery().taskCandidateGroupIn(List.of(police))
        .includeAssignedTasks().orderByDueDate().asc();

    assertThat(answeredByAgencySql((TaskQueryImpl) filter.extend(body.toQuery(engine)))).isTrue();
  }

  /**
   * What Tasklist really posts for a tray: its search lists, active tasks only and its own sort
   * (created, newest first, unless the practitioner picks another), after the filter's own order.
   */
  static final String TASKLISTS_BODY = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
      + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";

  @Test
  void sd06_everyTrayAsTasklistAsksForItIsAnsweredByTheAgencySqlAndIsTheEnginesAnswer() throws Exception {
    signedIn(police);
    ObjectMapper json = new ObjectMapper();
    TaskQueryDto body = json.readValue(TASKLISTS_BODY, TaskQueryDto.class);
    body.setObjectMapper(json);
    for (String tray : List.of(TasklistFilters.MY_AGENCYS_TASKS, TasklistFilters.DUE_WITHIN_5_WORKING_DAYS,
        TasklistFilters.OVERDUE, TasklistFilters.BY_CHILD)) {
      var filter = engine.getFilterService().createFilterQuery().filterName(tray).singleResult();
      // the filter's "my groups" as FilterService resolves it for the signed-in officer
      TaskQueryImpl trayQuery = filter.getQuery();
      TaskQueryImpl asked = (TaskQueryImpl) trayQuery.extend(body.toQuery(engine)).taskCandidateGroupIn(List.of(police));
      assertThat(answeredByAgencySql(asked)).as(tray).isTrue();

      List<Task> ours = engine.getFilterService().list(filter.getId(), body.toQuery(engine));
      List<Task> engines = engine.getFilterService().list(filter.getId(), body.toQuery(engine).withoutTenantId());
      assertThat(ids(ours)).as(tray).containsExactlyInAnyOrderElementsOf(ids(engines));
      assertThat(engine.getFilterService().count(filter.getId(), body.toQuery(engine))).as(tray).isEqualTo(ours.size())
          .isEqualTo(engine.getFilterService().count(filter.getId(), body.toQuery(engine).withoutTenantId()));
    }
  }

  @Test
  void sd06_activeTasksOnlyLeaveOutASuspendedCaseAndCountAsTheEngineDoes() {
    List<String> cases = casesForPolice("CR-TRAY-S1", "CR-TRAY-S2", "CR-TRAY-S3");
    engine.getRuntimeService().suspendProcessInstanceById(cases.get(1));
    signedIn(police);
    Supplier<TaskQuery> active = () -> tasks.createTaskQuery().taskCandidateGroupIn(List.of(police)).includeAssignedTasks()
        .active().orderByTaskCreateTime().desc();

    assertSameAsEngine(active, 24 + 2, Comparator.comparing(Task::getCreateTime).reversed());
    assertThat(ids(active.get().list())).as("the suspended case's task").doesNotContainAnyElementsOf(
        ids(tasks.createTaskQuery().processInstanceId(cases.get(1)).list()));
    assertThat(answeredByAgencySql((TaskQueryImpl) active.get())).isTrue();
  }

  @Test
  void sd06_byChildOrdersByCaseReferenceThenDueDateExactlyAsTheEngineDoes() {
    // Mixed case and a case without a reference: the engine compares references in lower case, and
    // a task whose case holds no reference sorts where the database puts nulls, for both.
    casesForPolice("cr-tray-b2", "CR-TRAY-A1", "CR-TRAY-B1", "CR-TRAY-A2", null, "CR-TRAY-A1");
    signedIn(police);
    Supplier<TaskQuery> byChild = () -> tasks.createTaskQuery().taskCandidateGroupIn(List.of(police)).includeAssignedTasks()
        .orderByProcessVariable("caseReference", org.camunda.bpm.engine.variable.type.ValueType.STRING).asc()
        .orderByDueDate().asc();

    assertThat(answeredByAgencySql((TaskQueryImpl) byChild.get())).isTrue();
    assertSameAsEngine(byChild, 30, (a, b) -> 0);
    // Tasks of the same child and day may come in either order from the engine: compare what decides the order.
    List<String> mine = sortKeys(byChild.get().list());
    assertThat(mine).as("the same order as the engine's, case by case").containsExactlyElementsOf(
        sortKeys(leftToTheEngine(byChild.get()).list()));
    assertThat(mine.stream().filter(key -> key.startsWith("cr-tray")).toList()).containsExactly(
        "cr-tray-a1|2026-12-14", "cr-tray-a1|2026-12-18", "cr-tray-a2|2026-12-16", "cr-tray-b1|2026-12-17",
        "cr-tray-b2|2026-12-19");
  }

  /**
   * The trays answered from the trays' index (TrayIndex, V22) hold exactly what the engine's own SQL
   * gives, for a partner agency, a social worker, a team manager (who reads every case) and someone in
   * two agencies, in every tray and both of Tasklist's sorts, page by page; and still do after a due
   * date moves, a task is completed and a task is moved from one agency to another. The index itself
   * is then exactly the open tasks' candidate groups, and V22's own fill, run on an emptied index as on
   * an upgraded database, gives the same rows.
   */
  @Test
  void sd06_everyKindOfUsersTraysFromTheTrayIndexAreTheEnginesOwnAsTheirTasksChange() throws Exception {
    String socialWorkers = Agency.CSC_SOCIAL_WORKER.groupId();
    String managers = Agency.CSC_TEAM_MANAGER.groupId();
    for (int i = 0; i < created.size(); i++) {
      if (i % 4 == 1) {
        tasks.addCandidateGroup(created.get(i), socialWorkers);
      }
      if (i % 6 == 2) {
        tasks.addCandidateGroup(created.get(i), managers);
      }
    }
    casesForPolice("CR-INDEX-1", "CR-INDEX-2");
    clockAt("2026-12-14T12:00");
    List<List<String>> users = List.of(List.of(police), List.of(socialWorkers), List.of(managers), List.of(police, health));
    users.forEach(this::traysAreTheEnginesOwn);

    String later = created.get(20); // police's and health's, due 2026-12-27
    String done = created.get(4);   // police's
    String moved = created.get(8);  // police's, due 2026-12-15
    String caseTask = created.get(created.size() - 1); // the police's task of case CR-INDEX-2, due 2026-12-18
    withoutAuthentication(() -> {
      for (String id : List.of(later, caseTask)) {
        Task task = tasks.createTaskQuery().taskId(id).singleResult();
        task.setDueDate(date(LocalDate.of(2026, 12, 11)));
        tasks.saveTask(task);
      }
      tasks.complete(done);
      tasks.deleteCandidateGroup(moved, police);
      tasks.addCandidateGroup(moved, health);
      return null;
    });
    users.forEach(this::traysAreTheEnginesOwn);

    assertThat(trayIds(List.of(police), TasklistFilters.OVERDUE)).contains(later, caseTask).doesNotContain(done, moved);
    assertThat(trayIds(List.of(police), TasklistFilters.MY_AGENCYS_TASKS)).doesNotContain(done, moved);
    assertThat(trayIds(List.of(health), TasklistFilters.DUE_WITHIN_5_WORKING_DAYS)).contains(moved);
    assertThat(trayIds(List.of(police, health), TasklistFilters.MY_AGENCYS_TASKS)).contains(moved, later).doesNotContain(done);

    Set<String> everyOpenTasksGroups = Set.copyOf(jdbc.queryForList("select T.ID_ || '|' || I.GROUP_ID_ || '|' || coalesce(cast(T.DUE_DATE_ as varchar(40)), '-')"
        + " from ACT_RU_TASK T join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = T.ID_ where I.TYPE_ = 'candidate' and I.GROUP_ID_ is not null", String.class));
    String indexed = "select task_id_ || '|' || group_id_ || '|' || coalesce(cast(due_date_ as varchar(40)), '-') from sg_tray_task";
    assertThat(jdbc.queryForList(indexed, String.class)).as("one row per open task and candidate group").doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(everyOpenTasksGroups);
    String migration = new String(new org.springframework.core.io.ClassPathResource("db/migration/V22__due_dated_trays.sql")
        .getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    String fill = migration.substring(migration.indexOf("insert into sg_tray_task"), migration.lastIndexOf(';'));
    new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(transaction -> {
      jdbc.update("delete from sg_tray_task");
      jdbc.update(fill);
      assertThat(jdbc.queryForList(indexed, String.class)).as("an upgraded database's index, filled by V22")
          .containsExactlyInAnyOrderElementsOf(everyOpenTasksGroups);
      transaction.setRollbackOnly();
    });
  }

  @org.springframework.beans.factory.annotation.Autowired
  private org.springframework.jdbc.core.JdbcTemplate jdbc;
  @org.springframework.beans.factory.annotation.Autowired
  private org.springframework.transaction.PlatformTransactionManager transactions;

  /** Every tray but By child, as Tasklist asks for it in both its sorts, for someone in these groups: the engine's answer. */
  private void traysAreTheEnginesOwn(List<String> groups) {
    engine.getIdentityService().setAuthentication("someone-in-" + String.join("-", groups), groups);
    try {
      for (String sorting : List.of("\"sortBy\":\"created\",\"sortOrder\":\"desc\"", "\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"")) {
        TaskQueryDto body = tasklistsBody(TASKLISTS_BODY.replace("\"sortBy\":\"created\",\"sortOrder\":\"desc\"", sorting));
        for (String tray : List.of(TasklistFilters.MY_AGENCYS_TASKS, TasklistFilters.DUE_WITHIN_5_WORKING_DAYS, TasklistFilters.OVERDUE)) {
          String as = groups + " " + tray + " " + sorting;
          var filter = engine.getFilterService().createFilterQuery().filterName(tray).singleResult();
          TaskQueryImpl trayQuery = filter.getQuery();
          TaskQueryImpl asked = (TaskQueryImpl) trayQuery.extend(body.toQuery(engine)).taskCandidateGroupIn(groups);
          assertThat(answeredByTheTrayIndex(asked)).as(as).isTrue();
          List<Task> ours = engine.getFilterService().list(filter.getId(), body.toQuery(engine));
          List<Task> engines = engine.getFilterService().list(filter.getId(), body.toQuery(engine).withoutTenantId());
          assertThat(ids(ours)).as(as).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids(engines));
          assertThat(engine.getFilterService().count(filter.getId(), body.toQuery(engine))).as(as).isEqualTo(ours.size());
          assertThat(withDueDates(ours)).as(as).isSortedAccordingTo(BY_DUE_DATE);
          // Tasklist's pages of 15, as far as this test's tasks reach (other tests' cases share the database)
          List<String> paged = new ArrayList<>();
          for (int first = 0; first < Math.min(ours.size(), 45); first += 15) {
            paged.addAll(ids(engine.getFilterService().listPage(filter.getId(), body.toQuery(engine), first, 15)));
          }
          assertThat(paged).as(as + ": pages neither repeat nor skip a task")
              .containsExactlyElementsOf(ids(ours).subList(0, Math.min(ours.size(), 45)));
        }
      }
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private List<String> trayIds(List<String> groups, String tray) {
    engine.getIdentityService().setAuthentication("someone", groups);
    try {
      String filter = engine.getFilterService().createFilterQuery().filterName(tray).singleResult().getId();
      return ids(engine.getFilterService().list(filter, tasklistsBody(TASKLISTS_BODY).toQuery(engine)));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static TaskQueryDto tasklistsBody(String json) {
    try {
      ObjectMapper mapper = new ObjectMapper();
      TaskQueryDto body = mapper.readValue(json, TaskQueryDto.class);
      body.setObjectMapper(mapper);
      return body;
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(json, e);
    }
  }

  /** Whether this query, need-to-know applied, is answered from the trays' index. */
  private boolean answeredByTheTrayIndex(TaskQueryImpl query) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> {
          context.getAuthorizationManager().configureTaskQuery(query);
          context.getTenantManager().configureQuery(query);
          return AgencyTaskList.of(query, "").map(AgencyTaskList::readsTheTrayIndex).orElse(false);
        });
  }

  /** Each of this test's tasks as the By child tray orders it: case reference in lower case, then due day. */
  private List<String> sortKeys(List<Task> list) {
    var officer = engine.getIdentityService().getCurrentAuthentication();
    engine.getIdentityService().clearAuthentication();
    try {
      return keys(list);
    } finally {
      engine.getIdentityService().setAuthentication(officer);
    }
  }

  private List<String> keys(List<Task> list) {
    return list.stream().filter(task -> created.contains(task.getId())).map(task -> {
      Object reference = task.getProcessInstanceId() == null ? null
          : engine.getRuntimeService().getVariable(task.getProcessInstanceId(), "caseReference");
      return (reference == null ? "-" : reference.toString().toLowerCase(java.util.Locale.ROOT)) + "|"
          + (task.getDueDate() == null ? "-" : task.getDueDate().toInstant().atZone(WorkingDayCalendar.LONDON).toLocalDate());
    }).toList();
  }

  /**
   * A case of a small process of its own for each reference (null: no reference), each with one task
   * offered to the police, due on the day after the one before. Returns the process instances.
   */
  private List<String> casesForPolice(String... references) {
    String key = "AgencyTaskListTray";
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).count() == 0) {
      engine.getRepositoryService().createDeployment().addModelInstance(key + ".bpmn",
          org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
              .startEvent().userTask("Work").camundaCandidateGroups(police).camundaDueDate("${due}").endEvent().done())
          .deploy();
    }
    List<String> instances = new ArrayList<>();
    LocalDate day = LocalDate.of(2026, 12, 20);
    for (String reference : references) {
      day = day.minusDays(1);
      java.util.Map<String, Object> variables = new java.util.HashMap<>();
      variables.put("due", date(day));
      if (reference != null) {
        variables.put("caseReference", reference);
      }
      String instance = engine.getRuntimeService().startProcessInstanceByKey(key, variables).getId();
      instances.add(instance);
      created.add(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId());
      startedCases.add(instance);
    }
    return instances;
  }

  /** Whether the engine, applying need-to-know and its tenant check as for any query, leaves this one to the agency SQL. */
  private boolean answeredByAgencySql(TaskQueryImpl query) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> {
          context.getAuthorizationManager().configureTaskQuery(query);
          context.getTenantManager().configureQuery(query);
          return context.getTaskManager() instanceof AgencyTaskListManager && AgencyTaskList.of(query, "").isPresent();
        });
  }

  /**
   * A team manager reads every task (and every case), so the engine's authorization join removes
   * nothing from their tray and is dropped: the tray is answered by the agency SQL (issue 20: with
   * the join, Tasklist's own request took 659 ms at 10,000 tasks). A right revoked from them in Admin
   * puts the engine's check back, and the revoked task leaves their tray.
   */
  @Test
  void sd06_aManagersTrayIsAnsweredByTheAgencySqlUnlessARightOfTheirsIsRevoked() {
    String managers = Agency.CSC_TEAM_MANAGER.groupId();
    created.forEach(id -> tasks.addCandidateGroup(id, managers));
    engine.getIdentityService().setAuthentication("tom", List.of(managers));
    Supplier<TaskQuery> tray = () -> tasks.createTaskQuery().taskCandidateGroupIn(List.of(managers)).includeAssignedTasks()
        .active().orderByTaskCreateTime().desc();

    assertThat(answeredByAgencySql((TaskQueryImpl) tray.get())).as("no authorization join for a manager").isTrue();
    assertThat(ids(tray.get().list())).containsAll(created);
    assertThat(tray.get().count()).isEqualTo(tray.get().list().size());

    var authorizations = engine.getAuthorizationService();
    String revocation = withoutAuthentication(() -> {
      var revoked = authorizations.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE);
      revoked.setUserId("tom");
      revoked.setResource(org.camunda.bpm.engine.authorization.Resources.TASK);
      revoked.setResourceId(created.get(0));
      revoked.removePermission(org.camunda.bpm.engine.authorization.Permissions.READ);
      return authorizations.saveAuthorization(revoked).getId();
    });
    try {
      assertThat(answeredByAgencySql((TaskQueryImpl) tray.get())).as("the engine's check, for the revocation").isFalse();
      assertThat(ids(tray.get().list())).doesNotContain(created.get(0)).containsAll(created.subList(1, created.size()));
    } finally {
      withoutAuthentication(() -> {
        authorizations.deleteAuthorization(revocation);
        return null;
      });
    }
  }

  private <T> T withoutAuthentication(Supplier<T> work) {
    var signedIn = engine.getIdentityService().getCurrentAuthentication();
    engine.getIdentityService().clearAuthentication();
    try {
      return work.get();
    } finally {
      engine.getIdentityService().setAuthentication(signedIn);
    }
  }

  @Test
  void aQueryAskingForMoreThanAnAgencysListIsLeftToTheEngine() {
    TaskQueryImpl agencyList = (TaskQueryImpl) tasks.createTaskQuery().taskCandidateGroupIn(List.of(police))
        .includeAssignedTasks().dueBefore(new Date()).orderByDueDate().asc();
    TaskQueryImpl byName = (TaskQueryImpl) tasks.createTaskQuery().taskCandidateGroupIn(List.of(police))
        .taskNameLike("Contribute%");
    TaskQueryImpl byVariable = (TaskQueryImpl) tasks.createTaskQuery().taskCandidateGroupIn(List.of(police))
        .orderByProcessVariable("childName", org.camunda.bpm.engine.variable.type.ValueType.STRING).asc();
    TaskQueryImpl byTaskVariable = (TaskQueryImpl) tasks.createTaskQuery().taskCandidateGroupIn(List.of(police))
        .orderByTaskVariable("childName", org.camunda.bpm.engine.variable.type.ValueType.STRING).asc();
    TaskQueryImpl byNumber = (TaskQueryImpl) tasks.createTaskQuery().taskCandidateGroupIn(List.of(police))
        .orderByProcessVariable("childAge", org.camunda.bpm.engine.variable.type.ValueType.INTEGER).asc();
    for (TaskQueryImpl query : List.of(agencyList, byName, byVariable, byTaskVariable, byNumber)) {
      query.getTenantCheck().setTenantCheckEnabled(false);
    }

    assertThat(AgencyTaskList.of(agencyList, "")).isPresent();
    assertThat(AgencyTaskList.of(byName, "")).isEmpty();
    assertThat(AgencyTaskList.of(byVariable, "")).as("a string variable of the case: the agency SQL joins it as the engine does")
        .isPresent();
    assertThat(AgencyTaskList.of(byTaskVariable, "")).as("a task's own variable").isEmpty();
    assertThat(AgencyTaskList.of(byNumber, "")).as("a number").isEmpty();
  }

  private void assertSameAsEngine(Supplier<TaskQuery> agencyList, int ofTheseTasks, Comparator<Task> orderAskedFor) {
    List<Task> ours = agencyList.get().list();
    List<Task> engines = leftToTheEngine(agencyList.get()).list();

    assertThat(agencyList.get().count()).isEqualTo(ours.size()).isEqualTo(leftToTheEngine(agencyList.get()).count());
    assertThat(ids(ours)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids(engines))
        .filteredOn(created::contains).hasSize(ofTheseTasks);
    assertThat(withDueDates(ours)).isSortedAccordingTo(orderAskedFor);
    List<String> paged = new ArrayList<>();
    for (int first = 0; first < ours.size(); first += 7) {
      paged.addAll(ids(agencyList.get().listPage(first, 7)));
    }
    assertThat(paged).as("pages neither repeat nor skip a task").containsExactlyElementsOf(ids(ours));
  }

  /** The same question, with a criterion every task here meets, so that the engine's SQL answers it. */
  private static TaskQuery leftToTheEngine(TaskQuery query) {
    return query.withoutTenantId();
  }

  private void signedIn(String... groups) {
    engine.getIdentityService().setAuthentication("officer", List.of(groups));
  }

  /** Tasks without a due date come first on H2 and last on PostgreSQL, for the engine's SQL as for ours. */
  private static List<Task> withDueDates(List<Task> list) {
    return list.stream().filter(task -> task.getDueDate() != null).toList();
  }

  private static List<String> ids(List<Task> list) {
    return list.stream().map(Task::getId).toList();
  }

  private static Date date(LocalDate day) {
    return Date.from(WorkingDayCalendar.englandAndWales().endOfDay(day).toInstant());
  }
}
