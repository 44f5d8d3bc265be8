package uk.safeguarding.benchmark;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The yardstick: a bare Camunda 7.24 engine (authorization on, history full, nothing of ours) with
 * the same number of open tasks routed to the same agency groups, and Tasklist-style filters.
 */
final class BareEngine {

  static final String KEY = "BareContribution";

  private BareEngine() {}

  /**
   * The bare engine's task list takes seconds at 40,000 open tasks and grows faster than the task
   * count; past this a statement is cancelled and the figure recorded as a lower bound, so that a
   * run at 200,000 or 2,000,000 open tasks ends in minutes, not hours.
   */
  static final int STATEMENT_TIMEOUT_MILLIS = Integer.getInteger("bench.bareStatementTimeoutMillis", 60_000);

  static ProcessEngine start(String jdbcUrl, boolean setUp) {
    ProcessEngine engine = configuration(jdbcUrl).buildProcessEngine();
    if (!setUp) {
      return engine;
    }
    BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(180)
        .startEvent()
        .userTask("Contribute").name("Contribute").camundaCandidateGroups("${agency}").camundaDueDate("${due}")
          .multiInstance().camundaCollection("${agencies}").camundaElementVariable("agency").multiInstanceDone()
        .endEvent().done();
    engine.getRepositoryService().createDeployment().addModelInstance("bare.bpmn", model).deploy();
    for (String agency : TaskListBenchmark.AGENCIES) {
      grant(engine, agency, Resources.PROCESS_DEFINITION, Permissions.READ);
    }
    filter(engine, "My agency's tasks", engine.getTaskService().createTaskQuery()
        .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks().orderByDueDate().asc());
    filter(engine, "My tasks", engine.getTaskService().createTaskQuery()
        .taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    filter(engine, "Due within 5 working days", engine.getTaskService().createTaskQuery()
        .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
        .dueBeforeExpression("${dateTime().plusDays(7)}").orderByDueDate().asc());
    filter(engine, "Overdue", engine.getTaskService().createTaskQuery()
        .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
        .dueBeforeExpression("${now()}").orderByDueDate().asc());
    for (String agency : TaskListBenchmark.AGENCIES) {
      grant(engine, agency, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    }
    // The officer signs in to the bare Tasklist as to ours (same name and password), for its requests over HTTP
    var identity = engine.getIdentityService();
    identity.saveGroup(identity.newGroup("police"));
    var officer = identity.newUser("paul");
    officer.setPassword("paul-demo");
    identity.saveUser(officer);
    identity.createMembership("paul", "police");
    return engine;
  }

  /** The trays the bare engine has, by Tasklist's names: ours but "By child" (its order is a variable of our cases). */
  static final List<String> TRAYS = List.of("My agency's tasks", "My tasks", "Due within 5 working days", "Overdue");

  /**
   * The bare engine behind Camunda's own Tasklist and REST API ({@code bare/BareCamundaApplication},
   * Camunda's Spring Boot starter with webapps, nothing of ours on the classpath) in a JVM of its own,
   * on the database {@link #start} set up, with the same statement timeout; serving Tasklist on the port.
   */
  static Process startWebapp(String jdbcUrl, int port) throws Exception {
    java.io.File log = java.nio.file.Path.of("target", "benchmarks", "task-list-bare-webapp.log").toFile();
    log.getParentFile().mkdirs();
    Process jvm = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", StartupBenchmark.bareClasspath(), "uk.safeguarding.benchmark.bare.BareCamundaApplication",
        "--spring.config.name=bare-camunda", "--server.port=" + port,
        "--spring.datasource.url=" + BenchmarkDatabase.withStatementTimeout(jdbcUrl, STATEMENT_TIMEOUT_MILLIS),
        "--spring.datasource.username=" + BenchmarkDatabase.USER, "--spring.datasource.password=" + BenchmarkDatabase.PASSWORD)
        .redirectErrorStream(true).redirectOutput(log).start();
    Runtime.getRuntime().addShutdownHook(new Thread(jvm::destroyForcibly, "stop the bare webapp"));
    StartupBenchmark.awaitTasklist(jvm, port, log);
    return jvm;
  }

  /** Starts cases until {@code openTasks} contribution tasks are open, one per agency and case. */
  static void load(ProcessEngine engine, int openTasks, List<Date> dueDates) {
    int cases = openTasks / TaskListBenchmark.AGENCIES.size();
    for (int i = 0; i < cases; i++) {
      engine.getRuntimeService().startProcessInstanceByKey(KEY, "CR-BARE-" + i,
          Map.of("agencies", new ArrayList<>(TaskListBenchmark.AGENCIES), "due", dueDates.get(i % dueDates.size())));
    }
  }

  static String filterId(ProcessEngine engine, String name) {
    Filter filter = engine.getFilterService().createFilterQuery().filterName(name).singleResult();
    return filter.getId();
  }

  private static void filter(ProcessEngine engine, String name, org.camunda.bpm.engine.task.TaskQuery query) {
    // the cards' variables, as ours name them: the REST API fetches them for the page (the bare cases have none)
    Filter filter = engine.getFilterService().newTaskFilter(name).setOwner("admin").setQuery(query)
        .setProperties(new java.util.HashMap<>(Map.of("variables", List.of(Map.of("name", "childName", "label", "Child"),
            Map.of("name", "caseReference", "label", "Case")))));
    engine.getFilterService().saveFilter(filter);
    Authorization everyone = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    everyone.setUserId(Authorization.ANY);
    everyone.setResource(Resources.FILTER);
    everyone.setResourceId(filter.getId());
    everyone.addPermission(Permissions.READ);
    engine.getAuthorizationService().saveAuthorization(everyone);
  }


  /** A node of the bare engine with Camunda's default job executor (pool, acquisition size, waits). */
  static ProcessEngine startNode(String jdbcUrl) {
    StandaloneProcessEngineConfiguration configuration = configuration(jdbcUrl);
    configuration.setJobExecutorActivate(true);
    return configuration.buildProcessEngine();
  }

  private static StandaloneProcessEngineConfiguration configuration(String jdbcUrl) {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("bare-" + System.nanoTime());
    configuration.setJdbcUrl(BenchmarkDatabase.withStatementTimeout(jdbcUrl, STATEMENT_TIMEOUT_MILLIS));
    configuration.setJdbcUsername(BenchmarkDatabase.USER);
    configuration.setJdbcPassword(BenchmarkDatabase.PASSWORD);
    configuration.setJdbcDriver("org.postgresql.Driver");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setAuthorizationEnabled(true);
    configuration.setJobExecutorActivate(false);
    configuration.setHistoryTimeToLive("P180D");
    configuration.setJdbcMaxActiveConnections(10);
    return configuration;
  }

  static final String DEADLINE_KEY = "BareDeadline";

  /** A task with a deadline that, when missed, is noted and leaves the task open (as SD-01 does). */
  static void deployDeadline(ProcessEngine engine) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(DEADLINE_KEY).camundaHistoryTimeToLive(180)
        .startEvent()
        .userTask("ConveneStrategyDiscussion").camundaCandidateGroups("csc-team-manager").camundaDueDate("${due}")
        .endEvent()
        .moveToActivity("ConveneStrategyDiscussion").boundaryEvent("DeadlineMissed").cancelActivity(false)
        .timerWithDate("${due}").endEvent("DeadlineMissedNoted")
        .done();
    engine.getRepositoryService().createDeployment().addModelInstance("bare-deadline.bpmn", model).deploy();
  }

  static final String PATHWAY_KEY = "BareStrategyDiscussion";

  /**
   * The pathway's nine user tasks with the same ids, candidate groups and call activity as ours, and
   * nothing else: no forms, gates, timers, listeners or breach recording. Groups get the grants our
   * practitioners hold, so authorization checks run on every start, query and completion.
   */
  static void deployPathway(ProcessEngine engine) {
    BpmnModelInstance discussion = Bpmn.createExecutableProcess(PATHWAY_KEY).camundaHistoryTimeToLive(180)
        .startEvent()
        .userTask("ConveneStrategyDiscussion").camundaCandidateGroups("csc-team-manager").camundaDueDate("${due}")
        .userTask("ContributeToStrategyDiscussion").camundaCandidateGroups("${agency}").camundaDueDate("${due}")
          .multiInstance().camundaCollection("${agencies}").camundaElementVariable("agency").multiInstanceDone()
        .userTask("RecordStrategyDiscussion").camundaCandidateGroups("csc-team-manager").camundaDueDate("${due}")
        .callActivity("Section47Enquiry").calledElement("BareSection47Enquiry")
        .endEvent().done();
    org.camunda.bpm.model.bpmn.instance.CallActivity call = discussion.getModelElementById("Section47Enquiry");
    var passBusinessKey = discussion.newInstance(org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn.class);
    passBusinessKey.setCamundaBusinessKey("#{execution.processBusinessKey}");
    var passAll = discussion.newInstance(org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn.class);
    passAll.setCamundaVariables("all");
    var returnAll = discussion.newInstance(org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut.class);
    returnAll.setCamundaVariables("all");
    call.builder().addExtensionElement(passBusinessKey).addExtensionElement(passAll).addExtensionElement(returnAll);
    BpmnModelInstance enquiry = Bpmn.createExecutableProcess("BareSection47Enquiry").camundaHistoryTimeToLive(180)
        .startEvent()
        .userTask("ConductSection47Enquiry").camundaCandidateGroups("csc-social-worker").camundaDueDate("${due}")
        .userTask("EndorseSection47Outcome").camundaCandidateGroups("csc-team-manager").camundaDueDate("${due}")
        .userTask("SendInitialConferenceRequest").camundaCandidateGroups("csc-social-worker").camundaDueDate("${due}")
        .endEvent().done();
    engine.getRepositoryService().createDeployment().addModelInstance("bare-discussion.bpmn", discussion)
        .addModelInstance("bare-enquiry.bpmn", enquiry).deploy();
    for (String group : Pathway.PRACTITIONER_OF.keySet()) {
      grant(engine, group, Resources.PROCESS_DEFINITION, Permissions.READ, Permissions.CREATE_INSTANCE, Permissions.READ_INSTANCE);
      grant(engine, group, Resources.PROCESS_INSTANCE, Permissions.CREATE);
    }
  }

  static final String CONTACT_KEY = "BareContact";

  /**
   * A contact at the front door with ours' work and nothing more: the same decision table
   * (processes/frontdoor/contact-threshold.dmn), the front door's decision and the referrer's note
   * of the outcome, with our task ids and candidate groups, and no forms, gates, timers or listeners.
   */
  static void deployContact(ProcessEngine engine) {
    BpmnModelInstance contact = Bpmn.createExecutableProcess(CONTACT_KEY).camundaHistoryTimeToLive(180)
        .startEvent()
        .businessRuleTask("SuggestContactOutcome").camundaDecisionRef("ContactThreshold")
          .camundaMapDecisionResult("singleResult").camundaResultVariable("thresholdSuggestion")
        .userTask("DecideOnContact").camundaCandidateGroups("csc-front-door").camundaDueDate("${due}")
        .userTask("NoteContactOutcome").camundaCandidateGroups("${referrerAgency}").camundaDueDate("${due}")
        .endEvent().done();
    engine.getRepositoryService().createDeployment().addModelInstance("bare-contact.bpmn", contact)
        .addClasspathResource("processes/frontdoor/contact-threshold.dmn").deploy();
    for (String group : Pathway.PRACTITIONER_OF.keySet()) {
      grant(engine, group, Resources.PROCESS_DEFINITION, Permissions.READ, Permissions.CREATE_INSTANCE, Permissions.READ_INSTANCE);
      grant(engine, group, Resources.PROCESS_INSTANCE, Permissions.CREATE);
      grant(engine, group, Resources.DECISION_DEFINITION, Permissions.READ, Permissions.CREATE_INSTANCE);
    }
  }

  private static void grant(ProcessEngine engine, String group, Resources resource, Permissions... permissions) {
    grant(engine, group, resource, Authorization.ANY, permissions);
  }

  private static void grant(ProcessEngine engine, String group, Resources resource, String resourceId, Permissions... permissions) {
    Authorization grant = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(group);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    for (Permissions permission : permissions) {
      grant.addPermission(permission);
    }
    engine.getAuthorizationService().saveAuthorization(grant);
  }
}
