package uk.safeguarding.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.StrategyDiscussionOverRest;
import uk.safeguarding.WebappSession;

/**
 * A task's draft over REST (PUT/GET/DELETE /api/tasks/{taskId}/draft) and from Tasklist's session
 * (/camunda/api/safeguarding/...): who may keep and read one, what it may hold, and that it never
 * becomes the case's data before the task is completed, which clears it.
 *
 * <p>The strategy discussion invites children's social care, police and health, so each has a
 * contribution: sarah and sam are colleagues (csc-social-worker), paul is police, tom the team
 * manager who convenes and can see every task in Cockpit without working them.
 */
class TaskDraftsRestTest extends ProcessTestBase {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;
  @LocalServerPort
  int port;

  private String instance;
  private String socialCareContribution;
  private String policeContribution;

  @BeforeEach
  void aStrategyDiscussionWithThreeAgenciesInvited() {
    instance = StrategyDiscussionOverRest.startedAndConvened(rest, uniqueCaseReference(), "Amy Draft");
    socialCareContribution = onlyTask("sarah", "ContributeToStrategyDiscussion");
    policeContribution = onlyTask("paul", "ContributeToStrategyDiscussion");
  }

  @Test
  void aPractitionerKeepsADraftOfTheirOwnTaskAndAColleagueOfTheSameAgencyReadsIt() {
    ResponseEntity<JsonNode> saved = put("paul", policeContribution, Map.of("agencyInformation", "Two call-outs in 2026"));
    assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(saved.getBody().get("writes")).extracting(JsonNode::asText)
        .containsExactly("agencyInformation", "agencyRiskAnalysis");

    assertThat(put("sarah", socialCareContribution, Map.of("agencyInformation", "Known to us since 2024",
        "agencyRiskAnalysis", "")).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<JsonNode> readBySam = get("sam", socialCareContribution);
    assertThat(readBySam.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode draft = readBySam.getBody().get("draft");
    assertThat(draft.get("values").get("agencyInformation").asText()).isEqualTo("Known to us since 2024");
    assertThat(draft.get("savedBy").asText()).isEqualTo("sarah");
    assertThat(draft.get("savedByName").asText()).startsWith("Sarah Shah");
    assertThat(draft.get("savedAt").asText()).isNotBlank();

    // Saving again replaces the draft; a task without one says so.
    assertThat(put("sam", socialCareContribution, Map.of("agencyRiskAnalysis", "Medium")).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("sarah", socialCareContribution).getBody().get("draft").get("values"))
        .isEqualTo(JSON.valueToTree(Map.of("agencyRiskAnalysis", "Medium")));
    String health = onlyTask("helen", "ContributeToStrategyDiscussion");
    assertThat(get("helen", health).getBody().get("draft").isNull()).isTrue();
  }

  @Test
  void anotherAgencyOrAManagerWhoDoesNotWorkTheTaskIsToldNothingMoreThanForATaskThatDoesNotExist() {
    put("sarah", socialCareContribution, Map.of("agencyInformation", "Known to us since 2024"));
    String noSuchTask = "no-such-task";
    ResponseEntity<JsonNode> missing = get("paul", noSuchTask);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    for (String outsider : List.of("paul", "tom")) {
      ResponseEntity<JsonNode> read = get(outsider, socialCareContribution);
      assertThat(read.getStatusCode()).as(outsider).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(read.getBody().get("message").asText()).as(outsider)
          .isEqualTo(missing.getBody().get("message").asText().replace(noSuchTask, socialCareContribution))
          .doesNotContain("Known to us");
      assertThat(put(outsider, socialCareContribution, Map.of("agencyInformation", "Overwritten")).getStatusCode())
          .as(outsider).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(delete(outsider, socialCareContribution).getStatusCode()).as(outsider).isEqualTo(HttpStatus.NOT_FOUND);
    }
    assertThat(get("sam", socialCareContribution).getBody().get("draft").get("values").get("agencyInformation").asText())
        .isEqualTo("Known to us since 2024");
    assertThat(rest.exchange("/api/tasks/" + socialCareContribution + "/draft", HttpMethod.GET, null, String.class)
        .getStatusCode()).as("no log-in").isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aClaimedTasksDraftIsChangedOnlyByItsAssigneeWhileTheAgencyStillReadsIt() {
    engine.getTaskService().claim(socialCareContribution, "sarah");
    put("sarah", socialCareContribution, Map.of("agencyInformation", "Sarah's notes"));

    ResponseEntity<JsonNode> bySam = put("sam", socialCareContribution, Map.of("agencyInformation", "Sam's notes"));
    assertThat(bySam.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(bySam.getBody().get("message").asText()).contains("assigned to sarah", "only they change its draft");
    assertThat(delete("sam", socialCareContribution).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(get("sam", socialCareContribution).getBody().get("draft").get("values").get("agencyInformation").asText())
        .isEqualTo("Sarah's notes");

    assertThat(delete("sarah", socialCareContribution).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(get("sam", socialCareContribution).getBody().get("draft").isNull()).isTrue();
  }

  @Test
  void sd03_aDraftMayBeIncompleteButHoldsOnlyWhatTheTaskWritesEachOfItsKind() {
    startAnotherAndTakeItsConvene();
    String convene = onlyTask("tom", "ConveneStrategyDiscussion");

    // Incomplete: the gate would refuse a submission without a date (SD-03 and SD-01), a draft is work in progress.
    assertThat(put("tom", convene, Map.of("discussionFormat", "meeting")).getStatusCode()).isEqualTo(HttpStatus.OK);

    ResponseEntity<JsonNode> refused = put("tom", convene, Map.of(
        "strategyDiscussionDate", "31/12/2026",
        "discussionFormat", "video",
        "invitedAgencies", List.of("police", "the vicar"),
        "childName", "Someone Else"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText()).startsWith("Nothing was saved. A draft of '")
        .contains("(ConveneStrategyDiscussion)",
            "strategyDiscussionDate: should be a date (YYYY-MM-DD), not '31/12/2026'",
            "discussionFormat: should be one of [meeting, call], not 'video'",
            "invitedAgencies: [the vicar] not one of",
            "childName: is not this task's to write (it writes [complexityFactors, discussionFormat, invitedAgencies, strategyDiscussionDate])");
    assertThat(get("tom", convene).getBody().get("draft").get("values"))
        .as("the earlier draft stands").isEqualTo(JSON.valueToTree(Map.of("discussionFormat", "meeting")));

    assertThat(put("tom", convene, Map.of("strategyDiscussionDate", "2026-12-31", "invitedAgencies", List.of("police"),
        "complexityFactors", List.of())).getStatusCode()).isEqualTo(HttpStatus.OK);

    ResponseEntity<String> notJson = as("tom").exchange("/api/tasks/" + convene + "/draft", HttpMethod.PUT,
        new HttpEntity<>("{\"values\": {", jsonHeaders()), String.class);
    assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notJson.getBody()).contains("Send the draft as JSON");
    ResponseEntity<String> noValues = as("tom").exchange("/api/tasks/" + convene + "/draft", HttpMethod.PUT,
        new HttpEntity<>("{\"strategyDiscussionDate\": \"2026-12-31\"}", jsonHeaders()), String.class);
    assertThat(noValues.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noValues.getBody()).contains("{\\\"values\\\"");
  }

  @Test
  void sd06_aDraftIsNeverTheCasesDataAndCompletingTheTaskClearsIt() {
    put("paul", policeContribution, Map.of("agencyInformation", "Draft: two call-outs", "agencyRiskAnalysis", "Draft: high"));

    assertThat(engine.getRuntimeService().getVariables(instance).values()).as("the case's variables")
        .noneMatch(TaskDraftsRestTest::fromTheDraft);
    assertThat(engine.getTaskService().getVariables(policeContribution).values()).as("what the task's form is prefilled with")
        .noneMatch(TaskDraftsRestTest::fromTheDraft);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance).list())
        .as("the history of the case's variables").noneMatch(variable -> fromTheDraft(variable.getValue()));
    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(instance).variableUpdates().list())
        .as("every update the history records").noneMatch(update -> fromTheDraft(((HistoricVariableUpdate) update).getValue()));

    assertThat(as("paul").postForEntity("/engine-rest/task/" + policeContribution + "/complete", Map.of("variables", Map.of(
        "agencyInformation", value("Known to police: two call-outs"),
        "agencyRiskAnalysis", value("High"))), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(jdbc.queryForObject("select count(*) from sg_task_draft where task_id = ?", Integer.class, policeContribution))
        .isZero();
    assertThat(get("paul", policeContribution).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat((String) engine.getRuntimeService().getVariable(instance, "agencyContributions"))
        .contains("Known to police: two call-outs").doesNotContain("Draft:");
  }

  @Test
  void aTaskEndedAnyOtherWayTakesItsDraftWithIt() {
    put("sarah", socialCareContribution, Map.of("agencyInformation", "Known to us since 2024"));
    engine.getRuntimeService().deleteProcessInstance(instance, "opened in error");
    assertThat(jdbc.queryForObject("select count(*) from sg_task_draft where task_id = ?", Integer.class,
        socialCareContribution)).isZero();
  }

  @Test
  void tasklistKeepsADraftThroughItsOwnSessionGuardedAgainstCrossSiteRequests() throws Exception {
    WebappSession.Browser sam = WebappSession.Browser.signIn(port, "sam");
    String path = "/camunda/api/safeguarding/tasks/" + socialCareContribution + "/draft";
    String body = "{\"values\": {\"agencyInformation\": \"Typed in Tasklist\"}}";

    HttpResponse<String> saved = sam.send("PUT", path, body, true);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(get("sarah", socialCareContribution).getBody().get("draft").get("values").get("agencyInformation").asText())
        .isEqualTo("Typed in Tasklist");
    assertThat(sam.send("GET", "/camunda/api/safeguarding/tasks/" + policeContribution + "/draft", null, true).statusCode())
        .isEqualTo(404);

    HttpResponse<String> session = sam.send("GET", "/camunda/api/safeguarding/session", null, false);
    assertThat(session.statusCode()).isEqualTo(200);
    JsonNode settings = JSON.readTree(session.body());
    assertThat(settings.get("userId").asText()).isEqualTo("sam");
    assertThat(settings.get("timeoutSeconds").asInt()).as("spring.session.timeout, 30m (security.yaml)").isEqualTo(30 * 60);
    assertThat(settings.get("warnBeforeSeconds").asInt()).isEqualTo(120);
    assertThat(settings.get("autosaveSeconds").asInt()).isEqualTo(30);

    // A request without the session's CSRF token (another site's form or script) changes nothing.
    assertThat(sam.send("PUT", path, "{\"values\": {\"agencyInformation\": \"Forged\"}}", false).statusCode())
        .as("no CSRF token").isEqualTo(403);
    assertThat(get("sarah", socialCareContribution).getBody().get("draft").get("values").get("agencyInformation").asText())
        .isEqualTo("Typed in Tasklist");

    WebappSession.Browser nobody = WebappSession.Browser.anonymous(port, "tasklist");
    assertThat(nobody.send("GET", "/camunda/api/safeguarding/session", null, false).statusCode()).isEqualTo(401);
    assertThat(nobody.send("GET", path, null, false).statusCode()).isEqualTo(401);
  }

  private static boolean fromTheDraft(Object value) {
    return value != null && value.toString().contains("Draft:");
  }


  // --- REST ----------------------------------------------------------------------------------

  private void startAnotherAndTakeItsConvene() {
    engine.getRuntimeService().deleteProcessInstance(instance, "a case whose convene task is still open is needed");
    ResponseEntity<JsonNode> started = as("sarah").postForEntity("/engine-rest/process-definition/key/StrategyDiscussion/start",
        Map.of("variables", Map.of(
            "caseReference", value(uniqueCaseReference()),
            "childName", value("Ben Draft"),
            "childDateOfBirth", value("2019-02-03"),
            "householdMembers", value("Mother"),
            "concern", value("Neglect"),
            "concernRaisedDate", value(LocalDate.now().toString()),
            "childInEducation", Map.of("value", false, "type", "Boolean"))), JsonNode.class);
    instance = started.getBody().get("id").asText();
  }

  private ResponseEntity<JsonNode> put(String user, String taskId, Map<String, ?> values) {
    return as(user).exchange("/api/tasks/" + taskId + "/draft", HttpMethod.PUT,
        new HttpEntity<>(Map.of("values", values), jsonHeaders()), JsonNode.class);
  }

  private ResponseEntity<JsonNode> get(String user, String taskId) {
    return as(user).exchange("/api/tasks/" + taskId + "/draft", HttpMethod.GET, null, JsonNode.class);
  }

  private ResponseEntity<JsonNode> delete(String user, String taskId) {
    return as(user).exchange("/api/tasks/" + taskId + "/draft", HttpMethod.DELETE, null, JsonNode.class);
  }

  private static org.springframework.http.HttpHeaders jsonHeaders() {
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    return headers;
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

  private static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }
}
