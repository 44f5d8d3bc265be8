package uk.safeguarding.childinneed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.safeguarding.ProcessTestBase;

/**
 * The child in need plan over the REST API, as Tasklist sends it: the start form's answers, the
 * plan's outcomes as one Json variable from the form's dynamic list, a refusal as a 400 naming the
 * rule and the field, and the next form prefilled with what the case knows.
 */
class ChildInNeedRestTest extends ProcessTestBase {

  @Autowired
  TestRestTemplate rest;

  String caseReference;

  @BeforeEach
  void aCase() {
    clockAt("2026-12-01T09:00");
    caseReference = uniqueCaseReference();
  }

  Map<String, Object> start() {
    Map<String, Object> v = new HashMap<>();
    new ChildInNeedScenario(engine, caseReference).request().forEach((name, value) -> v.put(name, Map.of("value", value)));
    v.put("involvedAgencies", Map.of("value", "[\"health\",\"education\"]", "type", "Json"));
    return v;
  }

  ResponseEntity<JsonNode> post(String user, String path, Map<String, Object> variables) {
    return rest.withBasicAuth(user, user + "-demo").postForEntity(path, Map.of("variables", variables), JsonNode.class);
  }

  JsonNode get(String user, String path) {
    return rest.withBasicAuth(user, user + "-demo").getForObject(path, JsonNode.class);
  }

  @Test
  void cin01_aStartOverRestWithoutTheReferralDateIsA400NamingTheRuleAndTheField() {
    Map<String, Object> variables = start();
    variables.remove("referralDate");

    ResponseEntity<JsonNode> refused = post("sarah", "/engine-rest/process-definition/key/ChildInNeedPlan/start", variables);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText()).contains("CIN-01 referralDate");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseReference).count()).isZero();
  }

  @Test
  void cin04_theFormsOutcomesArriveAsJsonAreCheckedAndTheNextFormShowsWhatTheCaseKnows() {
    ResponseEntity<JsonNode> started = post("sarah", "/engine-rest/process-definition/key/ChildInNeedPlan/start", start());
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String draft = get("sarah", "/engine-rest/task?processInstanceBusinessKey=" + caseReference).get(0).get("id").asText();
    Map<String, Object> plan = new HashMap<>();
    plan.put("needsIdentified", Map.of("value", "Lily misses school when her mother is unwell."));
    plan.put("contingencyPlan", Map.of("value", "Review at once if attendance falls below 85%."));
    plan.put("lastAssessmentDate", Map.of("value", "2026-12-01"));
    plan.put("smartOutcomes", Map.of("type", "Json", "value",
        "[{\"outcome\":\"Lily goes to school every day\",\"owner\":\"Emma Hughes\",\"byWhen\":\"2027-02-12\"}]"));

    ResponseEntity<JsonNode> refused = post("sarah", "/engine-rest/task/" + draft + "/complete", plan);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText()).contains("CIN-04 smartOutcomes: outcome 1 has no measure");

    plan.put("smartOutcomes", Map.of("type", "Json", "value",
        "[{\"outcome\":\"Lily goes to school every day\",\"measure\":\"Attendance above 95%\",\"owner\":\"Emma Hughes\",\"byWhen\":\"2027-02-12\"}]"));
    assertThat(post("sarah", "/engine-rest/task/" + draft + "/complete", plan).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    JsonNode arrange = get("sarah", "/engine-rest/task?processInstanceBusinessKey=" + caseReference
        + "&taskDefinitionKey=ArrangeChildInNeedMeeting").get(0);
    // as Tasklist's Camunda Forms asks: serialized, then parses every Json value into the form's data
    JsonNode form = get("sarah", "/engine-rest/task/" + arrange.get("id").asText() + "/form-variables?deserializeValues=false");
    assertThat(form.get("childName").get("value").asText()).isEqualTo("Lily Test");
    assertThat(form.get("invitedAgencies").get("type").asText()).isEqualTo("Json");
    assertThat(form.get("invitedAgencies").get("value").asText()).contains("health", "education");
    assertThat(form.get("smartOutcomes").get("value").asText()).contains("Attendance above 95%");
    assertThat(form.get("meetingDueBy").get("value").asText()).isEqualTo("2026-12-30");
    assertThat(get("paul", "/engine-rest/task?processInstanceBusinessKey=" + caseReference)).as("the police see nothing").isEmpty();
    assertThat(List.of(get("helen", "/engine-rest/task?processInstanceBusinessKey=" + caseReference))).singleElement()
        .satisfies(tasks -> assertThat(tasks).as("health sees nothing before the meeting is arranged").isEmpty());
  }
}
