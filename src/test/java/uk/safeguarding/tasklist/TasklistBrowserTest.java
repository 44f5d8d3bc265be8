package uk.safeguarding.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.contract.ProcessContracts;
import uk.safeguarding.contract.Step;
import uk.safeguarding.strategy.StrategyDiscussionProcess;
import uk.safeguarding.strategy.StrategyDiscussionProcess.Element;

/**
 * Tasklist's own form submission still goes through the case write guard: in Debian's Chromium, a
 * police officer completes the strategy discussion's Contribute form (form-js inside Tasklist, with the
 * case's facts in disabled fields), and the contribution is recorded while the case's facts stay as
 * they were. Beside it, a REST client that sends a case fact back changed is refused.
 *
 * <p>The browser is driven by {@code src/browser-test/contribute-to-strategy-discussion.js}
 * (playwright-core, installed by {@code npm ci} in the build) through {@link BrowserJourney}. Without
 * Chromium or those modules this is skipped with what to install, except under CI=true, where it fails.
 */
@Tag(BrowserJourney.TAG)
class TasklistBrowserTest extends ProcessTestBase {

  private static final String SCRIPT = "contribute-to-strategy-discussion.js";
  private static final String CONTRIBUTE = Element.ContributeToStrategyDiscussion.name();

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  ProcessContracts contracts;

  @Test
  void sd06_policeCompleteTheirContributionInTasklistAndTheCaseFactsStayAsTheyWere() throws Exception {
    String chromium = BrowserJourney.requireChromium();
    String caseReference = uniqueCaseReference();
    String instance = startOverRest(caseReference);
    convene(instance);
    String task = onlyTask("paul", instance, CONTRIBUTE);
    Map<String, Object> before = engine.getRuntimeService().getVariables(instance,
        List.of("childName", "standardsProfile", "strategyDiscussionDate"));
    String information = "Two call-outs to the address in 2026 (" + caseReference + "); the stepfather was arrested once";
    String riskAnalysis = "High: recent violence in the household and Amy's own account";

    String screenshot = BrowserJourney.freshScreenshot("contribute-form.png");

    BrowserJourney.Run run = BrowserJourney.run(chromium, SCRIPT, "contribute", "--base-url", "http://localhost:" + port,
        "--user", "paul", "--password", "paul-demo", "--task-id", task, "--case-reference", caseReference,
        "--child-name", "Amy Browser", "--information", information, "--risk-analysis", riskAnalysis,
        "--screenshot", screenshot);

    assertThat(run.exitCode()).as(BrowserJourney.failure(run)).isZero();
    assertThat(run.line("COMPLETED")).isEqualTo(task);
    // What Tasklist posted: the two answers, and nothing the step neither writes nor shows.
    Set<String> submitted = submittedVariables(run);
    Step contribute = contracts.step(StrategyDiscussionProcess.KEY, CONTRIBUTE).orElseThrow();
    Set<String> allowed = new HashSet<>(contribute.writes().keySet());
    allowed.addAll(contribute.shows().keySet());
    assertThat(submitted).contains("agencyInformation", "agencyRiskAnalysis").isSubsetOf(allowed);

    HistoricTaskInstance done = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task).singleResult();
    assertThat(done.getEndTime()).as("the task is completed").isNotNull();
    assertThat(done.getDeleteReason()).isEqualTo("completed");
    assertThat(done.getAssignee()).isEqualTo("paul");
    assertThat((String) engine.getRuntimeService().getVariable(instance, "agencyContributions"))
        .contains("(paul)", information, riskAnalysis);
    assertThat(engine.getRuntimeService().getVariables(instance, before.keySet())).isEqualTo(before);
    assertThat(before.get("childName")).isEqualTo("Amy Browser");
    assertThat(before.get("standardsProfile")).isEqualTo("manchester");
    assertThat(Files.size(Path.of(screenshot))).isPositive();
  }

  @Test
  void aFactOfTheCaseSentBackChangedIsRefusedWith400AndTheCaseKeepsIt() {
    String instance = startOverRest(uniqueCaseReference());
    convene(instance);
    String task = onlyTask("paul", instance, CONTRIBUTE);

    ResponseEntity<JsonNode> refused = as("paul").postForEntity("/engine-rest/task/" + task + "/complete",
        Map.of("variables", Map.of(
            "agencyInformation", value("Two call-outs to the address"),
            "agencyRiskAnalysis", value("High"),
            "childName", value("Someone Else"))), JsonNode.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText()).contains("childName").doesNotContain("agencyInformation:");
    assertThat(engine.getRuntimeService().getVariable(instance, "childName")).isEqualTo("Amy Browser");
    assertThat(engine.getRuntimeService().getVariable(instance, "agencyContributions")).isNull();
    assertThat(onlyTask("paul", instance, CONTRIBUTE)).isEqualTo(task);
  }

  // --- the case, over REST as the practitioners would start it ---------------------------------

  private String startOverRest(String caseReference) {
    Map<String, Object> variables = Map.of(
        "caseReference", value(caseReference),
        "childName", value("Amy Browser"),
        "childDateOfBirth", value("2018-05-14"),
        "householdMembers", value("Mother; stepfather"),
        "concern", value("Bruising seen at school"),
        "concernRaisedDate", value(today()),
        "childInEducation", Map.of("value", false, "type", "Boolean"),
        "standardsProfile", value("manchester"));
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
            "invitedAgencies", value("csc-social-worker,police,health"))), String.class);
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

  // --- what Tasklist sent ---------------------------------------------------------------------

  private static Set<String> submittedVariables(BrowserJourney.Run run) throws IOException {
    Set<String> names = new HashSet<>();
    new ObjectMapper().readTree(run.line("SUBMITTED")).get("variables").fieldNames().forEachRemaining(names::add);
    return names;
  }
}
