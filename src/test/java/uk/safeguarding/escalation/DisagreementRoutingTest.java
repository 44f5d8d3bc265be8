package uk.safeguarding.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.safeguarding.ProcessTestBase;

/**
 * ESC-02 routing over the REST API, as Tasklist and an agency's own system see it: a disagreement
 * between a school and the front door is seen by those two agencies and their managers only; the
 * police and health see nothing of it, not even that it exists; a manager finds it by the case
 * reference; a refused stage is a 400 naming the rule and the field.
 */
class DisagreementRoutingTest extends ProcessTestBase {

  @Autowired
  TestRestTemplate rest;

  @Test
  void esc02_onlyThePartiesAgenciesSeeTheStageTasksAndAnotherAgencySeesNothing() {
    String caseReference = uniqueCaseReference();
    raiseAsEmma(caseReference);

    assertThat(taskKeys("fiona", caseReference)).containsExactly("ResolveDisagreementStage1");
    assertThat(taskKeys("emma", caseReference)).as("stage 1 is with the other agency").isEmpty();
    for (String outsider : List.of("paul", "helen")) {
      assertThat(taskKeys(outsider, caseReference)).as(outsider + "'s tasks").isEmpty();
      assertThat(get(outsider, "/engine-rest/process-instance?businessKey=" + caseReference)).as(outsider + "'s cases").isEmpty();
    }

    String stage1 = onlyTask("fiona", caseReference, "ResolveDisagreementStage1");
    assertThat(as("fiona").postForEntity("/engine-rest/task/" + stage1 + "/complete", Map.of("variables", Map.of(
        "otherAgencyPosition", value("Advice only was right on what we knew"),
        "childSafety", value("confirmedSafe"),
        "stageOutcome", value("notResolved"),
        "stageRationale", value("We still read the threshold differently"))), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(taskKeys("grace", caseReference)).contains("ResolveDisagreementStage2");
    assertThat(taskKeys("tom", caseReference)).contains("ResolveDisagreementStage2");
    assertThat(taskKeys("emma", caseReference)).containsExactly("NoteDisagreementOutcome");
    assertThat(taskKeys("fiona", caseReference)).containsExactly("NoteDisagreementOutcome");
    assertThat(taskKeys("paul", caseReference)).isEmpty();
    assertThat(get("paul", "/engine-rest/process-instance?businessKey=" + caseReference)).isEmpty();
  }

  @Test
  void esc01_aManagerFindsTheDisagreementByTheCaseReferenceOverRest() {
    String caseReference = uniqueCaseReference();
    String disagreement = raiseAsEmma(caseReference);

    JsonNode found = get("tom", "/engine-rest/process-instance?businessKey=" + caseReference);

    assertThat(found).hasSize(1);
    assertThat(found.get(0).get("id").asText()).isEqualTo(disagreement);
    assertThat(found.get(0).get("definitionId").asText()).startsWith("ProfessionalDisagreement:");
  }

  @Test
  void esc01_raisingADisagreementInAnotherAgencysNameIsA400AndCreatesNothing() {
    String caseReference = uniqueCaseReference();
    Map<String, Object> variables = variables(caseReference);

    ResponseEntity<JsonNode> refused = as("paul").postForEntity(
        "/engine-rest/process-definition/key/ProfessionalDisagreement/start", Map.of("variables", variables), JsonNode.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText()).contains("ESC-01 raisingAgency: you do not act for 'education'");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseReference).count()).isZero();
  }

  @Test
  void esc04_aStageWithoutTheOtherAgencysPositionIsA400AndTheTaskStaysOpen() {
    String caseReference = uniqueCaseReference();
    raiseAsEmma(caseReference);
    String stage1 = onlyTask("fiona", caseReference, "ResolveDisagreementStage1");

    ResponseEntity<JsonNode> refused = as("fiona").postForEntity("/engine-rest/task/" + stage1 + "/complete",
        Map.of("variables", Map.of("childSafety", value("confirmedSafe"), "stageOutcome", value("notResolved"),
            "stageRationale", value("No"))), JsonNode.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText()).contains("ESC-04 otherAgencyPosition");
    assertThat(onlyTask("fiona", caseReference, "ResolveDisagreementStage1")).isEqualTo(stage1);
  }

  private String raiseAsEmma(String caseReference) {
    ResponseEntity<JsonNode> started = as("emma").postForEntity(
        "/engine-rest/process-definition/key/ProfessionalDisagreement/start", Map.of("variables", variables(caseReference)),
        JsonNode.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(started.getBody().get("businessKey").asText()).isEqualTo(caseReference);
    return started.getBody().get("id").asText();
  }

  private static Map<String, Object> variables(String caseReference) {
    Map<String, Object> variables = new HashMap<>();
    DisagreementScenario.raised(caseReference).forEach((name, v) -> variables.put(name, value(v)));
    return variables;
  }

  private List<String> taskKeys(String user, String caseReference) {
    List<String> keys = new ArrayList<>();
    get(user, "/engine-rest/task?processInstanceBusinessKey=" + caseReference).forEach(task -> keys.add(task.get("taskDefinitionKey").asText()));
    return keys;
  }

  private String onlyTask(String user, String caseReference, String key) {
    JsonNode tasks = get(user, "/engine-rest/task?processInstanceBusinessKey=" + caseReference + "&taskDefinitionKey=" + key);
    assertThat(tasks).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  private JsonNode get(String user, String path) {
    return as(user).getForObject(path, JsonNode.class);
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, user + "-demo");
  }

  private static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }
}
