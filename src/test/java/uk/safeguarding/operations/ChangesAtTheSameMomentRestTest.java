package uk.safeguarding.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.safeguarding.AtTheSameMoment;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.StrategyDiscussionOverRest;
import uk.safeguarding.WebappSession;
import uk.safeguarding.childcase.WorkReassignments;

/**
 * Two people change one case at the same moment: the police officer sends the police contribution to
 * a strategy discussion as the team manager gives that task to him from the team tray. The engine
 * lets one change through and rolls the other back whole; whoever comes second is told so with a 409
 * and a message in plain words, on every door (the engine's REST API, Tasklist's own API, our
 * {@code /api}), never a 500, and nothing of what they sent is written. {@link AtTheSameMoment} makes
 * the two meet every time.
 */
class ChangesAtTheSameMomentRestTest extends ProcessTestBase {

  private static final Map<String, Object> CONTRIBUTION = Map.of(
      "agencyInformation", value("Known to police: two call-outs"),
      "agencyRiskAnalysis", value("High"));

  /** What Tasklist sends for the police contribution's form. */
  private static final String TASKLIST_FORM = """
      {"variables": {"agencyInformation": {"value": "Known to police: two call-outs", "type": "String"},
       "agencyRiskAnalysis": {"value": "High", "type": "String"}}}""";

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  WorkReassignments reassignments;

  private String instance;
  private String caseReference;
  private Task contribution;

  @BeforeEach
  void aStrategyDiscussionWithPoliceInvited() {
    caseReference = uniqueCaseReference();
    instance = StrategyDiscussionOverRest.startedAndConvened(rest, caseReference, "Amy Sametime");
    contribution = engine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey("ContributeToStrategyDiscussion").taskCandidateGroup("police").singleResult();
    assertThat(contribution).isNotNull();
  }

  @Test
  void policeCompletingTheirContributionAsTheManagerGivesItToThemGet409AndNothingIsSaved() {
    Map<String, Object> before = whatTheContributionSees();

    ResponseEntity<String> answer;
    try (AtTheSameMoment manager = AtTheSameMoment.as(engine, contribution, TaskListener.EVENTNAME_COMPLETE,
        this::theManagerGivesTheContributionToPaul)) {
      answer = post("paul", "/engine-rest/task/" + contribution.getId() + "/complete", Map.of("variables", CONTRIBUTION));
      assertThat(manager.happened()).as("%s %s", answer.getStatusCode(), answer.getBody()).isTrue();
    }

    assertTheConflictIsAnsweredAndNothingWasSaved(answer, before);
    assertThat(post("paul", "/engine-rest/task/" + contribution.getId() + "/complete", Map.of("variables", CONTRIBUTION))
        .getStatusCode()).as("sent once more, it goes through").isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(done(contribution)).isTrue();
  }

  @Test
  void policeSendingTheirContributionsFormAsTheManagerGivesItToThemGet409AndNothingIsSaved() {
    Map<String, Object> before = whatTheContributionSees();

    ResponseEntity<String> answer;
    try (AtTheSameMoment manager = AtTheSameMoment.as(engine, contribution, TaskListener.EVENTNAME_COMPLETE,
        this::theManagerGivesTheContributionToPaul)) {
      answer = post("paul", "/engine-rest/task/" + contribution.getId() + "/submit-form", Map.of("variables", CONTRIBUTION));
      assertThat(manager.happened()).as("%s %s", answer.getStatusCode(), answer.getBody()).isTrue();
    }

    assertTheConflictIsAnsweredAndNothingWasSaved(answer, before);
    assertThat(post("paul", "/engine-rest/task/" + contribution.getId() + "/submit-form", Map.of("variables", CONTRIBUTION))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void policeSendingTheFormInTasklistAsTheManagerGivesItToThemAreToldInPlainWordsToSendItAgain() {
    Map<String, Object> before = whatTheContributionSees();
    WebappSession.Browser paul = WebappSession.Browser.signIn(port, "paul");
    String submit = "/camunda/api/engine/engine/default/task/" + contribution.getId() + "/submit-form";

    HttpResponse<String> answer;
    try (AtTheSameMoment manager = AtTheSameMoment.as(engine, contribution, TaskListener.EVENTNAME_COMPLETE,
        this::theManagerGivesTheContributionToPaul)) {
      answer = paul.send("POST", submit, TASKLIST_FORM);
      assertThat(manager.happened()).as("%s %s", answer.statusCode(), answer.body()).isTrue();
    }

    assertTheConflictIsAnsweredAndNothingWasSaved(asEntity(answer), before);
    assertThat(paul.send("POST", submit, TASKLIST_FORM).statusCode()).isEqualTo(204);
  }

  @Test
  void policeClaimingInTasklistAsTheManagerGivesTheTaskToSomeoneGet409NotA500() {
    WebappSession.Browser paul = WebappSession.Browser.signIn(port, "paul");

    HttpResponse<String> answer;
    try (AtTheSameMoment manager = AtTheSameMoment.as(engine, contribution, TaskListener.EVENTNAME_ASSIGNMENT,
        this::theManagerGivesTheContributionToPaul)) {
      answer = paul.send("POST", "/camunda/api/engine/engine/default/task/" + contribution.getId() + "/claim",
          "{\"userId\": \"paul\"}");
      assertThat(manager.happened()).as("%s %s", answer.statusCode(), answer.body()).isTrue();
    }

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
    assertThat(answer.body()).contains(ConcurrentChanges.MESSAGE);
    assertThat(reassignments.forCase(caseReference)).as("the manager's move stands").hasSize(1);
  }

  @Test
  void aManagerGivingATaskAwayAsThePoliceCompleteItGets409FromTheTeamTrayAndNoMoveIsRecorded() {
    ResponseEntity<String> answer;
    try (AtTheSameMoment paul = AtTheSameMoment.as(engine, contribution, TaskListener.EVENTNAME_ASSIGNMENT,
        () -> assertThat(post("paul", "/engine-rest/task/" + contribution.getId() + "/complete",
            Map.of("variables", CONTRIBUTION)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT))) {
      answer = post("tom", "/api/oversight/team-tray/tasks/" + contribution.getId() + "/reassignment",
          Map.of("to", "paul", "reason", "Paul knows the family"));
      assertThat(paul.happened()).as("%s %s", answer.getStatusCode(), answer.getBody()).isTrue();
    }

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(answer.getBody()).contains("\"type\":\"OptimisticLockingException\"", ConcurrentChanges.MESSAGE);
    assertThat(reassignments.forCase(caseReference)).as("no move of a task that was done").isEmpty();
    assertThat(done(contribution)).as("the police's completion, which came first, stands").isTrue();
  }

  /** The contribution's variables, its own (the form's fields) and the case's. */
  private Map<String, Object> whatTheContributionSees() {
    return engine.getTaskService().getVariables(contribution.getId());
  }

  private boolean done(Task task) {
    return engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task.getId()).finished().count() == 1;
  }

  @Test
  void policeSendingAContributionAColleagueHasJustCompletedAreToldItIsNoLongerOpenNotA500() {
    assertThat(post("paul", "/engine-rest/task/" + contribution.getId() + "/complete", Map.of("variables", CONTRIBUTION))
        .getStatusCode()).as("a colleague on the police login completes it first").isEqualTo(HttpStatus.NO_CONTENT);

    for (String way : List.of("/complete", "/submit-form")) {
      ResponseEntity<String> late = post("paul", "/engine-rest/task/" + contribution.getId() + way, Map.of("variables", CONTRIBUTION));
      assertThat(late.getStatusCode()).as(way + ": " + late.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(late.getBody()).contains("\"message\":\"" + ConcurrentChanges.TASK_GONE + "\"", "\"code\":0")
          .doesNotContain("Cannot ", "is null");
    }
    HttpResponse<String> inTasklist = WebappSession.Browser.signIn(port, "paul")
        .send("POST", "/camunda/api/engine/engine/default/task/" + contribution.getId() + "/submit-form", TASKLIST_FORM);
    assertThat(inTasklist.statusCode()).as(inTasklist.body()).isEqualTo(404);
    assertThat(inTasklist.body()).contains(ConcurrentChanges.TASK_GONE);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("agencyInformation").list()).as("the colleague's contribution, once")
        .filteredOn(each -> each.getValue() != null).hasSize(1);
  }

  private void theManagerGivesTheContributionToPaul() {
    ResponseEntity<String> moved = post("tom", "/api/oversight/team-tray/tasks/" + contribution.getId() + "/reassignment",
        Map.of("to", "paul", "reason", "Paul knows the family"));
    assertThat(moved.getStatusCode()).as(moved.getBody()).isEqualTo(HttpStatus.OK);
  }

  private void assertTheConflictIsAnsweredAndNothingWasSaved(ResponseEntity<String> answer, Map<String, Object> before) {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(answer.getHeaders().getContentType().toString()).contains("json");
    assertThat(answer.getBody()).contains("\"type\":\"OptimisticLockingException\"", "\"message\":\"" + ConcurrentChanges.MESSAGE + "\"")
        .doesNotContain("UPDATE", "ENGINE-", "Cannot ");
    assertThat(engine.getTaskService().createTaskQuery().taskId(contribution.getId()).count()).as("the task is still open").isOne();
    assertThat(engine.getTaskService().createTaskQuery().taskId(contribution.getId()).singleResult().getAssignee())
        .as("the manager's change, which came first, stands").isEqualTo("paul");
    assertThat(whatTheContributionSees()).isEqualTo(before);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("agencyInformation").list()).as("not even in the history").allMatch(each -> each.getValue() == null);
  }

  private static ResponseEntity<String> asEntity(HttpResponse<String> answer) {
    HttpHeaders headers = new HttpHeaders();
    answer.headers().map().forEach(headers::addAll);
    return ResponseEntity.status(answer.statusCode()).headers(headers).body(answer.body());
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, user + "-demo");
  }

  private ResponseEntity<String> post(String user, String path, Object body) {
    return as(user).postForEntity(path, body, String.class);
  }

  private static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }
}
