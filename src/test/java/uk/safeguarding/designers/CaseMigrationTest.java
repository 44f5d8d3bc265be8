package uk.safeguarding.designers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.conference.ChildProtectionPlanProcess;
import uk.safeguarding.conference.ConferenceScenario;
import uk.safeguarding.strategy.StrategyDiscussionProcess;
import uk.safeguarding.strategy.StrategyDiscussionScenario;

/**
 * Running cases move to the next version of their diagram with Camunda's migration
 * (POST /api/designers/migrations/plan): every open task stays the same task with its due date, every
 * timer the same job with its due date, and a breach point still records its breach after the move.
 */
class CaseMigrationTest extends ProcessTestBase {

  static final String PLAN = "/api/designers/migrations/plan";

  @Autowired
  TestRestTemplate rest;

  private final List<String> deployments = new ArrayList<>();

  @AfterEach
  void removeTheNewVersions() {
    // Back to the version the application deployed, so that no other test meets the new ones.
    deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true, true));
  }

  @Test
  void sd01_rec01_ra01_runningStrategyDiscussionsAndAChildProtectionPlanMoveToTheNextVersionKeepingTasksTimersAndBreachPoints() {
    ConferenceScenario onAPlan = new ConferenceScenario(engine, uniqueCaseReference());
    onAPlan.requestConference(StrategyDiscussionScenario.referral(onAPlan.caseReference, "2026-12-09"), this::clock);
    onAPlan.holdConferenceMakingAPlan(this::clock);
    ProcessInstance plan = onAPlan.plan();
    clockAt("2027-01-05T10:00");
    StrategyDiscussionScenario toConvene = new StrategyDiscussionScenario(engine, uniqueCaseReference());
    toConvene.start("2027-01-05");
    StrategyDiscussionScenario contributing = new StrategyDiscussionScenario(engine, uniqueCaseReference());
    contributing.start("2027-01-05");
    contributing.convene(StrategyDiscussionScenario.convening("2027-01-06"));
    StrategyDiscussionScenario convened = new StrategyDiscussionScenario(engine, uniqueCaseReference());
    convened.start("2027-01-05");
    convened.convene(StrategyDiscussionScenario.convening("2027-01-05"));
    convened.contributeFromEveryAgency();
    List<ProcessInstance> cases = List.of(toConvene.discussion, contributing.discussion, convened.discussion, plan);
    Map<String, String> before = new TreeMap<>();
    for (ProcessInstance instance : cases) {
      before.put(instance.getId(), tasksAndTimers(instance.getId()));
    }
    assertThat(before.get(toConvene.discussion.getId())).contains("timer");
    assertThat(before.get(convened.discussion.getId())).contains("timer", "RecordStrategyDiscussion");
    assertThat(before.get(plan.getId())).as("RA-01: the reassessment and its breach point").contains("timer", "ReassessChildOnPlan");
    int strategyFrom = versionOf(toConvene.discussion);
    int planFrom = versionOf(plan);

    deploy("strategy-discussion.bpmn", ModelerDeployment.changed("strategy/strategy-discussion.bpmn",
        model -> renamed(model, "RecordStrategyDiscussion", "Record the strategy discussion's decisions")));
    deploy("child-protection-plan.bpmn", ModelerDeployment.changed("conference/child-protection-plan.bpmn",
        model -> renamed(model, "ReassessChildOnPlan", "Reassess the child's situation on the plan")));

    JsonNode dryRun = plan(StrategyDiscussionProcess.KEY, strategyFrom, toConvene.caseReference, true);
    assertThat(dryRun.path("toVersion").asInt()).isEqualTo(strategyFrom + 1);
    assertThat(dryRun.path("moves")).extracting(move -> move.path("processInstanceId").asText())
        .containsExactly(toConvene.discussion.getId());
    assertThat(dryRun.path("moves").get(0).path("waitingIn").toString()).contains("ConveneStrategyDiscussion");
    assertThat(dryRun.path("cannotMove")).isEmpty();
    assertThat(dryRun.path("mappings").toString()).contains("StrategyDiscussionNotConvenedInTime");
    assertThat(versionOf(toConvene.discussion)).as("a dry run moves nothing").isEqualTo(strategyFrom);

    for (StrategyDiscussionScenario discussion : List.of(toConvene, contributing, convened)) {
      JsonNode moved = plan(StrategyDiscussionProcess.KEY, strategyFrom, discussion.caseReference, false);
      assertThat(moved.path("moves")).hasSize(1);
      assertThat(moved.path("cannotMove")).isEmpty();
    }
    JsonNode planMoved = plan(ChildProtectionPlanProcess.KEY, planFrom, onAPlan.caseReference, false);
    assertThat(planMoved.path("cannotMove")).as(planMoved.toString()).isEmpty();
    assertThat(planMoved.path("moves")).hasSize(1);

    assertThat(versionOf(toConvene.discussion)).isEqualTo(strategyFrom + 1);
    assertThat(versionOf(contributing.discussion)).isEqualTo(strategyFrom + 1);
    assertThat(versionOf(convened.discussion)).isEqualTo(strategyFrom + 1);
    assertThat(versionOf(plan)).isEqualTo(planFrom + 1);
    for (ProcessInstance instance : cases) {
      assertThat(tasksAndTimers(instance.getId())).as("the same tasks and timers, due as before").isEqualTo(before.get(instance.getId()));
    }
    assertThat(task(convened.discussion.getId(), "RecordStrategyDiscussion").getProcessDefinitionId())
        .as("the open task is the new version's, with the name it was given").isEqualTo(definitionOf(convened.discussion));
    contributing.contributeFromEveryAgency();
    assertThat(task(contributing.discussion.getId(), "RecordStrategyDiscussion").getName())
        .as("a task made after the move is the new version's").isEqualTo("Record the strategy discussion's decisions");

    // SD-01: the discussion not convened by its due day is a breach on the new version too.
    Date sd01Due = task(toConvene.discussion.getId(), "ConveneStrategyDiscussion").getDueDate();
    clockAt(londonDateTime(new Date(sd01Due.getTime() + 60_000)));
    fireDueTimers(toConvene.discussion.getId());
    assertThat(breachedRules(toConvene.caseReference)).containsExactly("SD-01");
    assertThat(task(toConvene.discussion.getId(), "ConveneStrategyDiscussion")).as("the task stays open").isNotNull();
  }

  @Test
  void sd01_aCaseWhoseBreachPointTheNewVersionLacksIsListedAndStaysWhereItIs() {
    clockAt("2027-01-05T10:00");
    StrategyDiscussionScenario toConvene = new StrategyDiscussionScenario(engine, uniqueCaseReference());
    toConvene.start("2027-01-05");
    int from = versionOf(toConvene.discussion);
    deploy("strategy-discussion.bpmn", ModelerDeployment.changed("strategy/strategy-discussion.bpmn",
        model -> ((BoundaryEvent) model.getModelElementById("StrategyDiscussionNotConvenedInTime")).setId("ConveningMissed")));

    JsonNode moved = plan(StrategyDiscussionProcess.KEY, from, toConvene.caseReference, false);

    assertThat(moved.path("moves")).isEmpty();
    assertThat(moved.path("cannotMove")).singleElement().satisfies(refused -> {
      assertThat(refused.path("processInstanceId").asText()).isEqualTo(toConvene.discussion.getId());
      assertThat(refused.path("reasons").toString()).contains("StrategyDiscussionNotConvenedInTime: its timer", "would be lost");
    });
    assertThat(versionOf(toConvene.discussion)).isEqualTo(from);
    assertThat(timer(toConvene.discussion.getId(), "StrategyDiscussionNotConvenedInTime")).isNotNull();
  }

  @Test
  void onlyProcessDesignersAndAdministratorsPlanAMove() {
    ResponseEntity<String> social = rest.withBasicAuth("sarah", "sarah-demo")
        .postForEntity(PLAN + "?processKey=StrategyDiscussion&fromVersion=1", null, String.class);
    ResponseEntity<String> nobody = rest.postForEntity(PLAN + "?processKey=StrategyDiscussion&fromVersion=1", null, String.class);
    ResponseEntity<JsonNode> unknown = rest.withBasicAuth("dana", "dana-demo")
        .postForEntity(PLAN + "?processKey=StrategyDiscussion&fromVersion=999", null, JsonNode.class);

    assertThat(social.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(nobody.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody().path("message").asText()).isEqualTo("There is no version 999 of StrategyDiscussion");
  }

  private JsonNode plan(String processKey, int fromVersion, String caseReference, boolean dryRun) {
    ResponseEntity<JsonNode> response = rest.withBasicAuth("dana", "dana-demo").postForEntity(PLAN + "?processKey=" + processKey
        + "&fromVersion=" + fromVersion + "&caseReference=" + caseReference + "&dryRun=" + dryRun, null, JsonNode.class);
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private void deploy(String fileName, BpmnModelInstance diagram) {
    ResponseEntity<JsonNode> deployed = ModelerDeployment.deploy(rest, "dana", "dana-demo", fileName, diagram);
    assertThat(deployed.getStatusCode()).as(String.valueOf(deployed.getBody())).isEqualTo(HttpStatus.OK);
    deployments.add(deployed.getBody().path("id").asText());
  }

  private static void renamed(BpmnModelInstance model, String taskId, String name) {
    ((UserTask) model.getModelElementById(taskId)).setName(name);
  }

  private int versionOf(ProcessInstance instance) {
    return engine.getRepositoryService().getProcessDefinition(definitionOf(instance)).getVersion();
  }

  private String definitionOf(ProcessInstance instance) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getProcessDefinitionId();
  }

  /** Each open task (id, key, due) and each timer (id, due), in one line to compare before and after. */
  private String tasksAndTimers(String processInstanceId) {
    List<String> lines = new ArrayList<>();
    for (Task task : openTasks(processInstanceId)) {
      lines.add("task " + task.getId() + " " + task.getTaskDefinitionKey() + " due " + task.getDueDate().toInstant());
    }
    for (Job job : engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).timers().list()) {
      lines.add("timer " + job.getId() + " due " + job.getDuedate().toInstant());
    }
    assertThat(lines).as("a case with work or clocks").isNotEmpty();
    return String.join("\n", lines.stream().sorted().toList());
  }

  private Void clock(String day) {
    clockAt(day);
    return null;
  }
}
