package uk.safeguarding.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.strategy.StrategyDiscussionScenario;

/**
 * Work comes only from the pathways (issue 16, item 4): over REST, as a police officer and as a social
 * worker, nothing makes a task outside a pathway or moves one outside it. A task is neither created
 * free-floating, nor claimed for someone else, assigned, delegated, re-dated or offered to another
 * agency; each is refused with a 403 that says what was refused. A practitioner still claims their
 * agency's task for themselves and gives it back.
 */
class PathwaysOnlyRestTest extends ProcessTestBase {

  @Autowired
  TestRestTemplate rest;

  private String policeTask;
  private String socialWorkersTask;

  @BeforeEach
  void aConvenedStrategyDiscussion() {
    clockAt("2026-12-01T09:00");
    StrategyDiscussionScenario child = new StrategyDiscussionScenario(engine, uniqueCaseReference());
    String instance = child.start("2026-12-01").getId();
    child.convene(StrategyDiscussionScenario.convening("2026-12-09"));
    policeTask = contribution(instance, "police");
    socialWorkersTask = contribution(instance, "csc-social-worker");
  }

  @Test
  void createTaskIsRefusedToPractitioners() {
    for (String user : new String[] {"paul", "sarah"}) {
      ResponseEntity<JsonNode> refused = as(user).postForEntity("/engine-rest/task/create",
          Map.of("name", "Ring the school", "candidateGroups", "police"), JsonNode.class);

      assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody().get("message").asText()).as(user)
          .contains("'" + user + "'", "CREATE", "Task").doesNotContain("Exception");
    }
    assertThat(engine.getTaskService().createTaskQuery().taskName("Ring the school").count()).isZero();
  }

  @Test
  void aPractitionerClaimsForThemselvesOnlyAndMayGiveTheTaskBack() {
    ResponseEntity<JsonNode> forSomeoneElse = post("paul", "/task/" + policeTask + "/claim", Map.of("userId", "helen"));
    assertThat(forSomeoneElse.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(forSomeoneElse.getBody().get("message").asText())
        .isEqualTo("You may claim a task only for yourself, not for 'helen': the task stays with your agency until its practitioner claims it");
    assertThat(assignee(policeTask)).isNull();

    ResponseEntity<JsonNode> sarahForTom = post("sarah", "/task/" + socialWorkersTask + "/claim", Map.of("userId", "tom"));
    assertThat(sarahForTom.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(assignee(socialWorkersTask)).isNull();

    assertThat(post("paul", "/task/" + policeTask + "/claim", Map.of("userId", "paul")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(assignee(policeTask)).isEqualTo("paul");
    assertThat(post("sarah", "/task/" + socialWorkersTask + "/claim", Map.of("userId", "sarah")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(post("paul", "/task/" + policeTask + "/unclaim", Map.of()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(assignee(policeTask)).as("back with the police").isNull();
    assertThat(post("paul", "/task/" + socialWorkersTask + "/unclaim", Map.of()).getStatusCode())
        .as("someone else's task: not his to give back").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(assignee(socialWorkersTask)).isEqualTo("sarah");
  }

  @Test
  void nothingElseMovesATaskOutsideItsPathway() {
    post("paul", "/task/" + policeTask + "/claim", Map.of("userId", "paul"));
    Task before = engine.getTaskService().createTaskQuery().taskId(policeTask).singleResult();

    assertRefused(post("paul", "/task/" + policeTask + "/assignee", Map.of("userId", "helen")), "assign");
    assertRefused(post("paul", "/task/" + policeTask + "/delegate", Map.of("userId", "helen")), "delegate");
    assertRefused(post("paul", "/task/" + policeTask + "/identity-links", Map.of("groupId", "health", "type", "candidate")),
        "offer to another agency");
    ResponseEntity<JsonNode> redated = as("paul").exchange("/engine-rest/task/" + policeTask, HttpMethod.PUT,
        new HttpEntity<>(Map.of("name", before.getName(), "due", "2027-01-29T23:59:59.000+0000")), JsonNode.class);
    assertRefused(redated, "change the due date");

    Task after = engine.getTaskService().createTaskQuery().taskId(policeTask).singleResult();
    assertThat(after.getAssignee()).isEqualTo("paul");
    assertThat(after.getDueDate()).isEqualTo(before.getDueDate());
    assertThat(candidateGroups(after)).containsExactly("police");
  }

  private static void assertRefused(ResponseEntity<JsonNode> response, String what) {
    assertThat(response.getStatusCode()).as(what).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody().get("message").asText()).as(what).contains("'paul'").doesNotContain("Exception");
  }

  private String contribution(String instance, String group) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).taskCandidateGroup(group)
        .taskDefinitionKey("ContributeToStrategyDiscussion").singleResult().getId();
  }

  private String assignee(String task) {
    return engine.getTaskService().createTaskQuery().taskId(task).singleResult().getAssignee();
  }

  private ResponseEntity<JsonNode> post(String user, String path, Object body) {
    return as(user).postForEntity("/engine-rest" + path, body, JsonNode.class);
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, user + "-demo");
  }
}
