package uk.safeguarding.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.safeguarding.ProcessTestBase;

/**
 * The REST API as an agency's own system would call it: no credentials, no data; a police officer
 * sees police work and the cases police are involved in, never a children's social care task; a
 * gate's refusal is a 400 that names the rule and the field.
 */
@ExtendWith(OutputCaptureExtension.class)
class EngineRestSecurityTest extends ProcessTestBase {

  @Autowired
  TestRestTemplate rest;

  @Test
  void aCallWithoutCredentialsGets401AndNoData() {
    ResponseEntity<String> response = rest.getForEntity("/engine-rest/task", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    assertThat(response.getBody()).isNull();
  }

  @Test
  void aWrongPasswordGets401() {
    // Ian is not used elsewhere: a wrong password makes the engine delay that user's next log-in.
    assertThat(rest.withBasicAuth("ian", "guess").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void sd06_policeSeeTheirOwnContributionButCannotReadOrCompleteAChildrensSocialCareTask() {
    String caseReference = uniqueCaseReference();
    String instance = startOverRest(caseReference);
    String convene = onlyTask(as("tom"), instance, "ConveneStrategyDiscussion");
    assertThat(post(as("tom"), "/engine-rest/task/" + convene + "/complete", Map.of("variables", Map.of(
        "strategyDiscussionDate", value(java.time.LocalDate.now().toString()),
        "discussionFormat", value("meeting"),
        "invitedAgencies", value("csc-social-worker,police,health")))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    JsonNode policeTasks = as("paul").getForObject("/engine-rest/task?processInstanceId=" + instance, JsonNode.class);
    assertThat(policeTasks).hasSize(1);
    assertThat(policeTasks.get(0).get("taskDefinitionKey").asText()).isEqualTo("ContributeToStrategyDiscussion");
    String socialWorkersTask = as("sarah").getForObject("/engine-rest/task?processInstanceId=" + instance, JsonNode.class)
        .get(0).get("id").asText();

    ResponseEntity<String> read = as("paul").getForEntity("/engine-rest/task/" + socialWorkersTask, String.class);
    ResponseEntity<String> complete = post(as("paul"), "/engine-rest/task/" + socialWorkersTask + "/complete",
        Map.of("variables", Map.of()));

    assertThat(read.getStatusCode().value()).isIn(403, 404);
    assertThat(read.getBody()).doesNotContain("Amy");
    assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("sarah").getForObject("/engine-rest/task/" + socialWorkersTask, JsonNode.class).get("id").asText())
        .isEqualTo(socialWorkersTask);
  }

  @Test
  void policeReadACaseOnlyOnceTheyHaveATaskInIt() {
    String instance = startOverRest(uniqueCaseReference());

    ResponseEntity<String> beforeInvitation = as("paul").getForEntity(
        "/engine-rest/process-instance/" + instance + "/variables", String.class);
    JsonNode visibleCases = as("paul").getForObject("/engine-rest/process-instance?businessKey=" + businessKeyOf(instance), JsonNode.class);

    assertThat(beforeInvitation.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(beforeInvitation.getBody()).doesNotContain("Amy");
    assertThat(visibleCases).isEmpty();

    String convene = onlyTask(as("tom"), instance, "ConveneStrategyDiscussion");
    post(as("tom"), "/engine-rest/task/" + convene + "/complete", Map.of("variables", Map.of(
        "strategyDiscussionDate", value(java.time.LocalDate.now().toString()),
        "discussionFormat", value("meeting"),
        "invitedAgencies", value("csc-social-worker,police,health"))));

    assertThat(as("paul").getForEntity("/engine-rest/process-instance/" + instance + "/variables", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(as("emma").getForEntity("/engine-rest/process-instance/" + instance + "/variables", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void sd03_aRefusedSubmissionIsA400NamingTheRuleAndTheFieldAndTheTaskStaysOpen() {
    String instance = startOverRest(uniqueCaseReference());
    String convene = onlyTask(as("tom"), instance, "ConveneStrategyDiscussion");

    ResponseEntity<JsonNode> refused = rest.withBasicAuth("tom", "tom-demo").postForEntity(
        "/engine-rest/task/" + convene + "/complete", Map.of("variables", Map.of(
            "strategyDiscussionDate", value(java.time.LocalDate.now().toString()),
            "discussionFormat", value("call"),
            "complexityFactors", Map.of("value", "[\"complexConcerns\"]", "type", "Json"),
            "invitedAgencies", value("csc-social-worker,police,health"))), JsonNode.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText()).contains("SD-03 discussionFormat: must be 'meeting'");
    assertThat(refused.getBody().toString()).doesNotContain("at org.camunda", "Exception:");
    assertThat(onlyTask(as("tom"), instance, "ConveneStrategyDiscussion")).isEqualTo(convene);
  }

  @Test
  void sd01_aRefusedStartOverRestIsA400AndCreatesNoCase(CapturedOutput output) {
    String caseReference = uniqueCaseReference();
    ResponseEntity<JsonNode> refused = rest.withBasicAuth("sarah", "sarah-demo").postForEntity(
        "/engine-rest/process-definition/key/StrategyDiscussion/start",
        Map.of("variables", Map.of("caseReference", value(caseReference))), JsonNode.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText()).contains("SD-01 childName", "SD-01 concernRaisedDate");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseReference).count()).isZero();
    // One INFO line for the refusal, with the rules and fields; not the engine's ERROR with a stack trace.
    assertThat(output.getAll()).containsPattern("INFO .*Submission refused: .*SD-01 childName")
        .doesNotContain("ENGINE-16004");
  }

  @Test
  void passwordsAreNeverLogged(CapturedOutput output) {
    // A signed-in request that is logged (a refused start) and a log-in that fails: neither logs a password.
    String caseReference = uniqueCaseReference();
    assertThat(rest.withBasicAuth("sarah", "sarah-demo").postForEntity("/engine-rest/process-definition/key/StrategyDiscussion/start",
        Map.of("variables", Map.of("caseReference", value(caseReference))), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rest.withBasicAuth("ian", "not-his-password").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    assertThat(output.getAll()).as("the refused start was logged, so the log is being read")
        .containsPattern("Submission refused: .*SD-01 childName")
        .doesNotContain("sarah-demo", "not-his-password");
  }

  @Test
  void cockpitAndAdminAreForManagersAndAdministratorsOnly() {
    var authorizations = engine.getAuthorizationService();
    var cockpit = org.camunda.bpm.engine.authorization.Resources.APPLICATION;
    var access = org.camunda.bpm.engine.authorization.Permissions.ACCESS;

    assertThat(authorizations.isUserAuthorized("tom", List.of("csc-team-manager"), access, cockpit, "cockpit")).isTrue();
    assertThat(authorizations.isUserAuthorized("sunita", List.of("csc-service-manager"), access, cockpit, "cockpit")).isTrue();
    assertThat(authorizations.isUserAuthorized("paul", List.of("police"), access, cockpit, "cockpit")).isFalse();
    assertThat(authorizations.isUserAuthorized("sarah", List.of("csc-social-worker"), access, cockpit, "cockpit")).isFalse();
    assertThat(authorizations.isUserAuthorized("tom", List.of("csc-team-manager"), access, cockpit, "admin")).isFalse();
    assertThat(authorizations.isUserAuthorized("admin", List.of("camunda-admin"), access, cockpit, "admin")).isTrue();
    assertThat(authorizations.isUserAuthorized("paul", List.of("police"), access, cockpit, "tasklist")).isTrue();
  }

  private String startOverRest(String caseReference) {
    Map<String, Object> variables = Map.of(
        "caseReference", value(caseReference),
        "childName", value("Amy Rest"),
        "childDateOfBirth", value("2018-05-14"),
        "householdMembers", value("Mother; stepfather"),
        "concern", value("Bruising seen at school"),
        "concernRaisedDate", value(java.time.LocalDate.now().toString()),
        "childInEducation", Map.of("value", false, "type", "Boolean"));
    ResponseEntity<JsonNode> started = rest.withBasicAuth("sarah", "sarah-demo").postForEntity(
        "/engine-rest/process-definition/key/StrategyDiscussion/start", Map.of("variables", variables), JsonNode.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(started.getBody().get("businessKey").asText()).isEqualTo(caseReference);
    return started.getBody().get("id").asText();
  }

  private String businessKeyOf(String instance) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey();
  }

  private String onlyTask(TestRestTemplate user, String instance, String key) {
    JsonNode tasks = user.getForObject("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + key, JsonNode.class);
    assertThat(tasks).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, user + "-demo");
  }

  private static ResponseEntity<String> post(TestRestTemplate user, String path, Object body) {
    return user.postForEntity(path, body, String.class);
  }

  private static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }
}
