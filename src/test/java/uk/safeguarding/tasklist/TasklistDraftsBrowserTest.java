package uk.safeguarding.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.strategy.StrategyDiscussionProcess;
import uk.safeguarding.strategy.StrategyDiscussionProcess.Element;

/**
 * Drafts that survive a session's end, in Debian's Chromium ({@code src/browser-test/drafts.js}):
 * a school's safeguarding lead (emma) saves part of her contribution to a strategy discussion, types
 * more and leaves it. Tasklist warns her before the session ends, "Stay signed in" works, then what she
 * typed is saved by itself and she is signed out. On another computer (a new browser context) the whole
 * draft is in the form; a colleague of the same school (grace) sees it too; emma completes the task and
 * the engine holds what she typed, while the draft is gone. Then, signed in on two computers, she signs
 * out everywhere from the account menu, and both are signed out.
 *
 * <p>Sessions last 20 seconds here. They are shortened on the running application's session repository
 * (what {@code spring.session.timeout} sets at start-up) rather than in a context of its own, which would
 * start a second engine on the same test database; the configured timeout is put back afterwards.
 */
@Tag(BrowserJourney.TAG)
class TasklistDraftsBrowserTest extends ProcessTestBase {

  private static final String SCRIPT = "drafts.js";
  private static final Duration SHORT_SESSION = Duration.ofSeconds(20);
  private static final Duration JOURNEY_LIMIT = Duration.ofSeconds(180);

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  JdbcIndexedSessionRepository sessions;
  @Value("${spring.session.timeout}")
  Duration configuredSessionTimeout;

  @Test
  void sd06_aDraftTypedSavedAndLeftUntilTheSessionEndsIsThereOnAnotherComputerAndForAColleague() throws Exception {
    String chromium = BrowserJourney.requireChromium();
    String caseReference = uniqueCaseReference();
    String instance = startOverRest(caseReference);
    convene(instance);
    String task = onlyTask("emma", instance, Element.ContributeToStrategyDiscussion.name());
    String information = "Known to the school since 2024 (" + caseReference + "); attendance 71% this term";
    String riskAnalysis = "Medium: Amy told her teacher she is scared of her stepfather";
    String screenshot = BrowserJourney.freshScreenshot("drafts-restored.png");

    BrowserJourney.Run run;
    sessions.setDefaultMaxInactiveInterval(SHORT_SESSION);
    try {
      run = BrowserJourney.run(JOURNEY_LIMIT, chromium, SCRIPT, "drafts", "--base-url", "http://localhost:" + port,
          "--user", "emma", "--password", "emma-demo", "--colleague", "grace", "--colleague-password", "grace-demo",
          "--task-id", task, "--case-reference", caseReference, "--information", information,
          "--risk-analysis", riskAnalysis, "--screenshot", screenshot);
    } finally {
      sessions.setDefaultMaxInactiveInterval(configuredSessionTimeout);
    }

    assertThat(run.exitCode()).as(BrowserJourney.failure(run)).isZero();
    assertThat(run.line("SAVED")).matches("Draft saved at \\d{2}:\\d{2}");
    assertThat(run.line("WARNING")).matches("Your session ends at \\d{2}:\\d{2} .*Save or keep working to stay signed in\\. .*saved as a draft on the server.*")
        .endsWith("Stay signed in");
    assertThat(run.line("SIGNED_OUT")).startsWith("You were signed out at ").contains("after 20 seconds without activity",
        "Your draft of 'Contribute agency information and risk analysis' was saved at");

    ObjectMapper json = new ObjectMapper();
    JsonNode restored = json.readTree(run.line("RESTORED"));
    assertThat(restored.get("information").asText()).as("saved with Save").isEqualTo(information);
    assertThat(restored.get("risk").asText()).as("typed after Save, saved before the session ended").isEqualTo(riskAnalysis);
    assertThat(restored.get("editable").asBoolean()).isTrue();
    assertThat(run.line("RESTORED_STATUS")).matches("Draft restored: saved by Emma Hughes.* at \\d{2}:\\d{2}");
    JsonNode colleague = json.readTree(run.line("COLLEAGUE"));
    assertThat(colleague.get("information").asText()).isEqualTo(information);
    assertThat(colleague.get("risk").asText()).isEqualTo(riskAnalysis);

    assertThat(run.line("COMPLETED")).isEqualTo(task);
    // Signed out everywhere from the account menu: the other computer too, and no session of hers is left.
    assertThat(run.line("EVERYWHERE")).as("the task is completed: no draft to speak of")
        .matches("You signed out everywhere at \\d{2}:\\d{2}: on every computer and phone you were signed in on\\.");
    assertThat(run.line("EVERYWHERE_OTHER")).isNotEmpty();
    assertThat(sessions.findByPrincipalName("emma")).isEmpty();
    HistoricTaskInstance done = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task).singleResult();
    assertThat(done.getDeleteReason()).isEqualTo("completed");
    assertThat(done.getAssignee()).isEqualTo("emma");
    assertThat((String) engine.getRuntimeService().getVariable(instance, "agencyContributions"))
        .contains("(emma)", information, riskAnalysis);
    assertThat(jdbc.queryForObject("select count(*) from sg_task_draft where task_id = ?", Integer.class, task))
        .as("completing the task cleared its draft").isZero();
    assertThat(Files.size(Path.of(screenshot))).isPositive();
  }

  // --- the case, over REST as the practitioners would start it ---------------------------------

  private String startOverRest(String caseReference) {
    Map<String, Object> variables = Map.of(
        "caseReference", value(caseReference),
        "childName", value("Amy Draft"),
        "childDateOfBirth", value("2018-05-14"),
        "householdMembers", value("Mother; stepfather"),
        "concern", value("Bruising seen at school"),
        "concernRaisedDate", value(today()),
        "childInEducation", Map.of("value", true, "type", "Boolean"));
    ResponseEntity<JsonNode> started = as("sarah").postForEntity(
        "/engine-rest/process-definition/key/" + StrategyDiscussionProcess.KEY + "/start", Map.of("variables", variables), JsonNode.class);
    assertThat(started.getStatusCode()).as("start: %s", started.getBody()).isEqualTo(HttpStatus.OK);
    return started.getBody().get("id").asText();
  }

  private void convene(String instance) {
    String convene = onlyTask("tom", instance, Element.ConveneStrategyDiscussion.name());
    ResponseEntity<String> convened = as("tom").postForEntity("/engine-rest/task/" + convene + "/complete",
        Map.of("variables", Map.of(
            "strategyDiscussionDate", value(today()),
            "discussionFormat", value("meeting"),
            "invitedAgencies", value("csc-social-worker,police,education"))), String.class);
    assertThat(convened.getStatusCode()).as("convene: %s", convened.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private String onlyTask(String user, String instance, String key) {
    JsonNode tasks = as(user).getForObject(
        "/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + key, JsonNode.class);
    assertThat(tasks).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  private static String today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.LONDON).toString();
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, user + "-demo");
  }

  private static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }
}
