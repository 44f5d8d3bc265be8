package uk.safeguarding.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.StrategyDiscussionOverRest;

/**
 * Every door of the REST API (which Tasklist and Cockpit use too) under the case's contract, tried
 * as a partner agency would: a variable a step does not own is refused with 400 naming it and the
 * step, and the case is exactly as it was. SD-06 is the police contribution these tests probe.
 */
class CaseIntegrityRestTest extends ProcessTestBase {

  private static final String CHILD = "Amy Integrity";

  @Autowired
  TestRestTemplate rest;

  private String instance;
  private String contribution;

  @BeforeEach
  void aStrategyDiscussionWithPoliceInvited() {
    String caseReference = uniqueCaseReference();
    instance = StrategyDiscussionOverRest.startedAndConvened(rest, caseReference, CHILD);
    contribution = onlyTask("paul", "ContributeToStrategyDiscussion");
  }

  @Test
  void sd06_policeCompletingTheirContributionWithTheCasesFactsGet400NamingEachAndTheCaseIsUnchanged() {
    Map<String, Object> before = engine.getRuntimeService().getVariables(instance);

    ResponseEntity<String> refused = post("paul", "/engine-rest/task/" + contribution + "/complete", Map.of("variables", Map.of(
        "agencyInformation", value("Known to police: two call-outs"),
        "agencyRiskAnalysis", value("High"),
        "childName", value("Overwritten by police"),
        "standardsProfile", value("manchester"),
        "invitedAgencies", value("police"),
        "strategyDiscussionDate", value("2026-12-25"))));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("ContributeToStrategyDiscussion", "childName", "standardsProfile", "invitedAgencies",
        "strategyDiscussionDate").doesNotContain("agencyRiskAnalysis:");
    assertThat(engine.getRuntimeService().getVariables(instance)).isEqualTo(before);
    assertThat(engine.getTaskService().createTaskQuery().taskId(contribution).count()).as("the task is still open").isOne();

    assertThat(post("paul", "/engine-rest/task/" + contribution + "/complete", Map.of("variables", Map.of(
        "agencyInformation", value("Known to police: two call-outs"),
        "agencyRiskAnalysis", value("High")))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(engine.getRuntimeService().getVariable(instance, "childName")).isEqualTo(CHILD);
  }

  @Test
  void sd06_tasklistsSubmitFormIsHeldToTheSameContractAndTakesWhatTheTaskShowsUnchanged() {
    ResponseEntity<String> refused = post("paul", "/engine-rest/task/" + contribution + "/submit-form", Map.of("variables", Map.of(
        "agencyInformation", value("Known to police"), "agencyRiskAnalysis", value("High"),
        "childName", value("Overwritten by police"))));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("childName", "read-only", "Correct the case record");

    ResponseEntity<String> sentBackUnchanged = post("paul", "/engine-rest/task/" + contribution + "/submit-form",
        Map.of("variables", Map.of("agencyInformation", value("Known to police"), "agencyRiskAnalysis", value("High"),
            "childName", value(CHILD), "childDateOfBirth", value("2018-05-14"))));
    assertThat(sentBackUnchanged.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void aTasksVariablesAreWrittenByCompletingItNotSetOnItDirectly() {
    String path = "/engine-rest/task/" + contribution;
    assertThat(exchange("paul", HttpMethod.PUT, path + "/variables/childName", value("Overwritten")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(exchange("paul", HttpMethod.PUT, path + "/variables/agencyInformation", value("Not yet")).getStatusCode())
        .as("a case variable set on the task goes straight into the case, past the gate").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(post("paul", path + "/variables", Map.of("modifications", Map.of("standardsProfile", value("manchester"))))
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(exchange("paul", HttpMethod.PUT, path + "/localVariables/childName", value("Overwritten")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);

    // Not even the task's own answer as a local variable: that would be engine data with a history, and
    // would swallow the answer of a later submit-form. The refusal says where a draft is kept instead.
    for (String user : List.of("paul", "admin")) {
      ResponseEntity<String> local = exchange(user, HttpMethod.PUT, path + "/localVariables/agencyInformation",
          value("Draft: two call-outs"));
      assertThat(local.getStatusCode()).as(user).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(local.getBody()).contains("agencyInformation", "PUT /api/tasks/" + contribution + "/draft");
    }
    assertThat(engine.getTaskService().getVariablesLocal(contribution)).isEmpty();
    assertThat(engine.getRuntimeService().getVariable(instance, "childName")).isEqualTo(CHILD);
    assertThat(engine.getRuntimeService().getVariable(instance, "agencyInformation")).isNull();
  }

  @Test
  void nobodySetsACasesVariablesDirectlyNotEvenAManagerOrAnAdministrator() {
    String path = "/engine-rest/process-instance/" + instance;
    for (String user : List.of("paul", "tom", "admin")) {
      assertThat(exchange(user, HttpMethod.PUT, path + "/variables/childName", value("Overwritten")).getStatusCode())
          .as(user).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(post(user, path + "/variables", Map.of("modifications", Map.of("strategyDiscussionDate", value("2026-12-25"))))
          .getStatusCode()).as(user).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(exchange(user, HttpMethod.DELETE, path + "/variables/standardsProfile", null).getStatusCode())
          .as(user).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(post(user, "/engine-rest/process-instance/variables-async", Map.of("processInstanceIds", List.of(instance),
          "variables", Map.of("childName", value("Overwritten")))).getStatusCode()).as(user).isEqualTo(HttpStatus.BAD_REQUEST);
    }
    assertThat(engine.getRuntimeService().getVariable(instance, "childName")).isEqualTo(CHILD);
    assertThat(engine.getRuntimeService().getVariable(instance, "standardsProfile")).isEqualTo("national");

    assertThat(exchange("admin", HttpMethod.PUT, path + "/variables/operatorNote", value("Retried the job")).getStatusCode())
        .as("an administrator may still repair a variable no contract names").isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(exchange("tom", HttpMethod.PUT, path + "/variables/operatorNote", value("Mine")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void sd01_aStartCarriesOnlyWhatItsStartEventWritesAndNothingIsStarted() {
    String caseReference = uniqueCaseReference();
    ResponseEntity<String> refused = post("sarah", "/engine-rest/process-definition/key/StrategyDiscussion/start",
        Map.of("variables", Map.of("caseReference", value(caseReference), "childName", value("Ben"),
            "childDateOfBirth", value("2019-02-03"), "householdMembers", value("Mother"), "concern", value("Neglect"),
            "concernRaisedDate", value(LocalDate.now().toString()), "reviewDueBy", value("2030-01-01"))));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("reviewDueBy");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseReference).count()).isZero();
  }

  @Test
  void sd01_aSecondPathwayUnderTheReferenceOfAnOpenCaseMustNameTheSameChild() {
    ResponseEntity<String> otherChild = post("sarah", "/engine-rest/process-definition/key/StrategyDiscussion/start",
        Map.of("variables", startOf(businessKey(), "Someone Else", "2018-05-14", null)));
    assertThat(otherChild.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(otherChild.getBody()).contains("childName", "already holds '" + CHILD + "'", "Correct the case record");

    ResponseEntity<String> otherBirthday = post("sarah", "/engine-rest/process-definition/key/StrategyDiscussion/start",
        Map.of("variables", startOf(businessKey(), CHILD, "2018-05-15", null)));
    assertThat(otherBirthday.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(otherBirthday.getBody()).contains("childDateOfBirth", "already holds '2018-05-14'");

    ResponseEntity<String> otherAuthority = post("sarah", "/engine-rest/process-definition/key/StrategyDiscussion/start",
        Map.of("variables", startOf(businessKey(), CHILD, "2018-05-14", "manchester")));
    assertThat(otherAuthority.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(otherAuthority.getBody()).contains("standardsProfile", "already holds 'national'");
  }

  @Test
  void sd01_aFurtherPathwayThatNamesNoProfileRunsOnTheCasesOwnStandards() {
    String caseReference = uniqueCaseReference();
    assertThat(post("sarah", "/engine-rest/process-definition/key/StrategyDiscussion/start",
        Map.of("variables", startOf(caseReference, "Ben Manchester", "2019-02-03", "manchester"))).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    ResponseEntity<JsonNode> further = as("sarah").postForEntity("/engine-rest/process-definition/key/StrategyDiscussion/start",
        Map.of("variables", startOf(caseReference, "Ben Manchester", "2019-02-03", null)), JsonNode.class);

    assertThat(further.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(engine.getRuntimeService().getVariable(further.getBody().get("id").asText(), "standardsProfile"))
        .isEqualTo("manchester");
  }

  private static Map<String, Object> startOf(String caseReference, String child, String born, String profile) {
    Map<String, Object> variables = new java.util.HashMap<>(Map.of(
        "caseReference", value(caseReference),
        "childName", value(child),
        "childDateOfBirth", value(born),
        "householdMembers", value("Mother"),
        "concern", value("A second concern"),
        "concernRaisedDate", value(LocalDate.now().toString())));
    if (profile != null) {
      variables.put("standardsProfile", value(profile));
    }
    return variables;
  }

  @Test
  void aMessageCarriesOnlyWhatItsContractDeclares() {
    ResponseEntity<String> undeclared = post("sarah", "/engine-rest/message", Map.of("messageName", "ChildInNeedPlanRequested",
        "businessKey", businessKey(), "processVariables", Map.of("earliestClosureDate", value("2020-01-01"))));
    assertThat(undeclared.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(undeclared.getBody()).contains("earliestClosureDate");

    ResponseEntity<String> unknown = post("sarah", "/engine-rest/message", Map.of("messageName", "NoSuchMessage",
        "processVariables", Map.of("childName", value("Overwritten"))));
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody()).contains("childName");
  }

  @Test
  void malformedJsonGets400WithAMessageNeverA500() {
    ResponseEntity<String> complete = post("paul", "/engine-rest/task/" + contribution + "/complete", Map.of("variables", Map.of(
        "agencyInformation", Map.of("value", "{\"not\": json", "type", "Json"), "agencyRiskAnalysis", value("High"))));
    assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(complete.getBody()).contains("agencyInformation", "not valid JSON");

    ResponseEntity<String> start = post("sarah", "/engine-rest/process-definition/key/StrategyDiscussion/start",
        Map.of("variables", Map.of("caseReference", value(uniqueCaseReference()),
            "householdMembers", Map.of("value", "[unclosed", "type", "Json"))));
    assertThat(start.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(start.getBody()).contains("householdMembers", "not valid JSON");
  }

  @Test
  void aTaskIsFinishedByItsFormNotByABpmnErrorAndACaseIsNotMovedPastItsGatesByAManager() {
    assertThat(post("paul", "/engine-rest/task/" + contribution + "/bpmnError", Map.of("errorCode", "skip")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(post("paul", "/engine-rest/signal", Map.of("name", "anything", "variables", Map.of("childName", value("X"))))
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> moved = post("tom", "/engine-rest/process-instance/" + instance + "/modification", Map.of(
        "instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "RecordStrategyDiscussion"))));
    assertThat(moved.getStatusCode().value()).isIn(400, 403);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey("RecordStrategyDiscussion")
        .count()).isZero();
  }

  private String businessKey() {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey();
  }

  private String onlyTask(String user, String key) {
    JsonNode tasks = as(user).getForObject("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + key,
        JsonNode.class);
    assertThat(tasks).as(user + " sees " + key).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, user + "-demo");
  }

  private ResponseEntity<String> post(String user, String path, Object body) {
    return as(user).postForEntity(path, body, String.class);
  }

  private ResponseEntity<String> exchange(String user, HttpMethod method, String path, Object body) {
    return as(user).exchange(path, method, body == null ? null : new HttpEntity<>(body), String.class);
  }

  private static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }
}
