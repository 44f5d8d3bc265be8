package uk.safeguarding.childcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.WebappSession;
import uk.safeguarding.strategy.StrategyDiscussionProcess;
import uk.safeguarding.strategy.StrategyDiscussionScenario;

/**
 * Every read of a child's record leaves a row of who, when, which child and which way (issue 19, point
 * 4): Amy's strategy discussion is convened with police, health, education and the social workers
 * invited. Paul (police) opens his contribution's form in Tasklist; the reads over REST of her variables,
 * running and in the history; the chronology and the case page; the manager's child's journey in
 * Cockpit. Fiona, at the front door, holds no work for Amy: she says why before she reads, and her
 * reason is kept with the read. Only managers read the log, and nobody changes it.
 */
class RecordAccessTest extends ProcessTestBase {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;

  String caseReference;
  String discussion;

  @BeforeEach
  void amysStrategyDiscussionIsConvened() {
    caseReference = uniqueCaseReference();
    StrategyDiscussionScenario child = new StrategyDiscussionScenario(engine, caseReference);
    discussion = child.start(StrategyDiscussionScenario.referral(caseReference, java.time.LocalDate.now().toString())).getId();
    child.convene(StrategyDiscussionScenario.convening(java.time.LocalDate.now().plusDays(1).toString()));
  }

  @Test
  void aPoliceOfficerOpeningATasksFormInTasklistLeavesOneRowNamingHimTheChildAndTheWay() {
    Task police = engine.getTaskService().createTaskQuery().processInstanceId(discussion).taskCandidateGroup("police").singleResult();
    HttpHeaders paul = session("paul");
    String api = "/camunda/api/engine/engine/default/task/" + police.getId();

    // What Tasklist asks for to open a task: the task, its form, the deployed form, the form's variables.
    for (String path : List.of("", "/form", "/deployed-form", "/form-variables?deserializeValues=false")) {
      assertThat(rest.exchange(api + path, HttpMethod.GET, new HttpEntity<>(paul), String.class).getStatusCode())
          .as(path).isEqualTo(HttpStatus.OK);
    }

    assertThat(reads()).containsExactly("paul | tasklist-form | " + police.getName() + " | null");
  }

  @Test
  void readsOfVariablesOverRestAreRecordedRunningAndInTheHistoryAndARefusedReadIsNot() {
    Task police = engine.getTaskService().createTaskQuery().processInstanceId(discussion).taskCandidateGroup("police").singleResult();

    assertThat(as("paul").getForEntity("/engine-rest/task/" + police.getId() + "/variables", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(as("paul").getForEntity("/engine-rest/process-instance/" + discussion + "/variables/childName", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    // The history is a manager's to read (police hold no READ_HISTORY: their query answers nothing, and nothing is recorded).
    assertThat(as("paul").getForObject("/engine-rest/history/variable-instance?processInstanceId=" + discussion, JsonNode.class))
        .isEmpty();
    assertThat(as("tom").getForEntity("/engine-rest/history/variable-instance?processInstanceId=" + discussion, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(as("paul").postForEntity("/engine-rest/variable-instance", Map.of("processInstanceIdIn", List.of(discussion)),
        String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    // Not a read of the child's record: the tasks of the case, without their variables.
    assertThat(as("paul").getForEntity("/engine-rest/task?processInstanceId=" + discussion, String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    // Refused: the virtual school has no work in the case, so it read nothing.
    assertThat(as("vera").getForEntity("/engine-rest/process-instance/" + discussion + "/variables", String.class)
        .getStatusCode().is2xxSuccessful()).isFalse();

    String strategyDiscussion = " | rest-variables | " + engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(StrategyDiscussionProcess.KEY).latestVersion().singleResult().getName() + " | null";
    assertThat(reads()).containsExactly("paul" + strategyDiscussion, "tom" + strategyDiscussion, "paul" + strategyDiscussion,
        "paul | rest-variables | " + police.getName() + " | null");
  }

  @Test
  void aFrontDoorPractitionerWithNoWorkForTheChildSaysWhyFirstAndHerReasonIsKept() {
    String overview = "/api/cases/" + caseReference + "/overview";

    ResponseEntity<JsonNode> noReason = as("fiona").getForEntity(overview, JsonNode.class);
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
    assertThat(noReason.getBody().get("message").asText()).startsWith("Say why you are opening this child's record");
    assertThat(noReason.getBody().get("reasonRequired").asBoolean()).isTrue();
    assertThat(noReason.getBody().has("child")).isFalse();
    assertThat(reads()).as("nothing was read").isEmpty();

    assertThat(as("fiona").getForEntity(overview + "?reason={reason}", JsonNode.class, "A new contact about Amy's brother")
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    HttpHeaders withReason = new HttpHeaders();
    withReason.set(CaseApi.REASON_HEADER, "Checking the chronology before the contact decision");
    assertThat(as("fiona").exchange("/api/cases/" + caseReference + "/chronology", HttpMethod.GET, new HttpEntity<>(withReason),
        String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    // Sarah's agency, the social workers, has a contribution to make: she holds work and reads without a reason.
    assertThat(as("sarah").getForEntity(overview, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    // Police, a partner involved in the case, keep need-to-know as before, with no reason asked.
    assertThat(as("paul").getForEntity("/api/cases/" + caseReference + "/chronology", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    assertThat(reads()).containsExactly(
        "paul | chronology | Chronology | null",
        "sarah | case-page | Case page | null",
        "fiona | chronology | Chronology | Checking the chronology before the contact decision",
        "fiona | case-page | Case page | A new contact about Amy's brother");
  }

  @Test
  void aManagerSeesWhoHasLookedNewestFirstAPageAtATimeAndAPractitionerIsRefused() {
    Task police = engine.getTaskService().createTaskQuery().processInstanceId(discussion).taskCandidateGroup("police").singleResult();
    rest.exchange("/camunda/api/engine/engine/default/task/" + police.getId() + "/form-variables", HttpMethod.GET,
        new HttpEntity<>(session("paul")), String.class);
    assertThat(as("tom").getForEntity("/api/oversight/journey/" + discussion, String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    ResponseEntity<JsonNode> log = as("tom").getForEntity("/api/cases/" + caseReference + "/access", JsonNode.class);
    assertThat(log.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(log.getBody().get("total").asLong()).isEqualTo(2);
    List<JsonNode> rows = StreamSupport.stream(log.getBody().get("reads").spliterator(), false).toList();
    assertThat(rows).extracting(row -> row.get("readBy").asText() + " | " + row.get("way").asText())
        .as("newest first").containsExactly("tom | cockpit-journey", "paul | tasklist-form");
    assertThat(rows.get(1).get("name").asText()).isEqualTo("Paul Reid (police)");
    assertThat(rows.get(1).get("wayLabel").asText()).isEqualTo("Opened a task's form in Tasklist");
    assertThat(rows.get(1).get("at").asText()).isNotBlank();
    assertThat(reads()).as("reading the log is not itself a read of the child's record").hasSize(2);

    JsonNode secondPage = as("tom").getForObject("/api/cases/" + caseReference + "/access?firstResult=1&maxResults=1", JsonNode.class);
    assertThat(secondPage.get("total").asLong()).isEqualTo(2);
    assertThat(secondPage.get("reads")).hasSize(1);
    assertThat(secondPage.get("reads").get(0).get("readBy").asText()).isEqualTo("paul");

    ResponseEntity<JsonNode> sarah = as("sarah").getForEntity("/api/cases/" + caseReference + "/access", JsonNode.class);
    assertThat(sarah.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(sarah.getBody().get("message").asText()).contains("for team and service managers").contains("sarah");
    assertThat(as("tom").getForEntity("/api/cases/CR-NO-SUCH-CASE/access", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as("tom").getForEntity("/api/cases/" + caseReference + "/access?maxResults=1000", String.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void theLogIsAppendOnlyForEveryUserTheApplicationAndTheDatabaseAlike() {
    as("sarah").getForEntity("/api/cases/" + caseReference + "/overview", String.class);
    assertThat(reads()).hasSize(1);

    // No way in the application changes or removes a row.
    for (HttpMethod method : List.of(HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.POST, HttpMethod.PATCH)) {
      assertThat(as("tom").exchange("/api/cases/" + caseReference + "/access", method, HttpEntity.EMPTY, String.class)
          .getStatusCode()).as(method.name()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
    }
    // Nor does the database, to the application's own connection.
    assertThatThrownBy(() -> jdbc.update("update sg_record_access set read_by = 'nobody' where case_reference = ?", caseReference))
        .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
    assertThatThrownBy(() -> jdbc.update("delete from sg_record_access where case_reference = ?", caseReference))
        .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");

    assertThat(reads()).containsExactly("sarah | case-page | Case page | null");
  }

  /** The child's log, newest first: who | way | what | why. */
  private List<String> reads() {
    return jdbc.query("select read_by, way, detail, reason from sg_record_access where case_reference = ? order by read_at desc, id desc",
        (row, i) -> row.getString("read_by") + " | " + row.getString("way") + " | " + row.getString("detail") + " | "
            + row.getString("reason"), caseReference);
  }

  private HttpHeaders session(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.COOKIE, WebappSession.signIn(rest, user, user + "-demo"));
    return headers;
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, user + "-demo");
  }
}
