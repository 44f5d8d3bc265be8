package uk.safeguarding.childcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.childcase.ChildCaseProcess.Element;

/**
 * The team manager's team tray and the moves made from it (issue 19, TR-01), over the REST API a
 * Cockpit page uses. Two social workers who join the team for this test (so that the figures are
 * theirs alone in the suite's shared database) and two children whose cases a school's LADO referral
 * opens on Wednesday 9 December 2026: tom transfers Amy to the first worker, which gives her every
 * social worker task of Amy and the TR-01 contact details due a week later, then gives one of those
 * tasks to the second worker. Ben's case stays the team's, unassigned.
 */
class TeamTrayTest extends ProcessTestBase {

  static final String REASON = "Sarah starts maternity leave on Friday; Amy needs a worker who can visit weekly.";

  @Autowired
  ChildCaseOpening opening;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  Chronology chronology;

  String first;
  String second;
  String amy;
  String ben;

  @BeforeEach
  void twoWorkersJoinTheTeamAndTwoChildrensCasesOpen() {
    opening.openAutomatically(true);
    clockAt("2026-12-09T11:00");
    String suffix = Long.toString(System.nanoTime(), 36);
    first = TeamFixtures.joinTheTeam(engine, "tw1" + suffix, "Tia");
    second = TeamFixtures.joinTheTeam(engine, "tw2" + suffix, "Theo");
    amy = openCase("Amy Test");
    ben = openCase("Ben Test");
  }

  @AfterEach
  void theWorkersLeave() {
    opening.openAutomatically(false);
    engine.getIdentityService().deleteUser(first);
    engine.getIdentityService().deleteUser(second);
  }

  @Test
  void tr01_aManagerTransfersAWholeChildThroughTheCasesOwnTransferStepsAndTheTrayCountsIt() {
    int teamsBefore = get("tom", "/api/oversight/team-tray").at("/unassigned/openTasks").asInt();
    ResponseEntity<JsonNode> transfer = post("tom", "/api/oversight/team-tray/cases/" + amy + "/transfer",
        Map.of("to", first, "reason", REASON));
    assertThat(transfer.getStatusCode()).as(String.valueOf(transfer.getBody())).isEqualTo(HttpStatus.OK);

    ProcessInstance childCase = runningFor(amy, ChildCaseProcess.KEY);
    Task contact = task(childCase.getId(), Element.GiveContactDetailsOnTransfer.name());
    assertThat(contact.getAssignee()).isEqualTo(first);
    assertThat(candidateGroups(contact)).containsExactly("csc-social-worker");
    assertThat(londonDateTime(contact.getDueDate())).as("TR-01: national 7 days").isEqualTo("2026-12-16T23:59:59");
    assertThat(task(childCase.getId(), Element.ReviewChronology.name()).getAssignee()).isEqualTo(first);
    assertThat(task(childCase.getId(), Element.UpdateCaseSummary.name()).getAssignee()).isEqualTo(first);
    assertThat(engine.getRuntimeService().getVariable(childCase.getId(), "caseWorker")).isEqualTo(first);
    assertThat(task(childCase.getId(), Element.SuperviseCase.name())).as("supervision goes on").isNotNull();
    assertThat(chronology.of(amy)).anyMatch(entry -> entry.source().equals("Case transferred")
        && entry.event().equals("tom gave the child's case (TR-01) to " + first + " from the team's tray: " + REASON));

    // Wednesday: the contact details fall due within 5 working days; Amy's two tasks are no longer the
    // team's to pick up (other tests' cases share the team's row, so it is counted by what left it).
    JsonNode tray = get("tom", "/api/oversight/team-tray");
    assertThat(row(tray, first)).isEqualTo(figures(first, "Tia", 3, 1, 1, 0));
    assertThat(row(tray, second)).isEqualTo(figures(second, "Theo", 0, 0, 0, 0));
    assertThat(tray.at("/unassigned/name").asText()).isEqualTo("Not yet assigned (the team's)");
    assertThat(tray.at("/unassigned/openTasks").asInt()).isEqualTo(teamsBefore - 2);
    assertThat(casesOf(get("tom", "/api/oversight/team-tray/tasks?worker="))).doesNotContain(amy);

    // The next Thursday they are overdue, and the breach point records TR-01.
    clockAt("2026-12-17T08:00");
    fireDueTimers(childCase.getId());
    assertThat(breachedRules(amy)).containsExactly("TR-01");
    assertThat(row(get("sunita", "/api/oversight/team-tray"), first)).isEqualTo(figures(first, "Tia", 3, 1, 0, 1));

    complete(contact, first, "csc-social-worker", Map.of("contactDetailsGivenOn", "2026-12-17",
        "contactDetailsGivenTo", "Mother by phone and letter; school DSL and GP by email"));
    assertThat(row(get("tom", "/api/oversight/team-tray"), first)).isEqualTo(figures(first, "Tia", 2, 1, 0, 0));
  }

  @Test
  void tr01_aManagerGivesOneTaskToAnotherWorkerWithAReasonAndItIsKeptInTheChronology() {
    post("tom", "/api/oversight/team-tray/cases/" + amy + "/transfer", Map.of("to", first, "reason", REASON));
    JsonNode firstTasks = get("tom", "/api/oversight/team-tray/tasks?worker=" + first);
    JsonNode summary = StreamSupport.stream(firstTasks.spliterator(), false)
        .filter(task -> task.get("name").asText().equals("Update the case summary")).findFirst().orElseThrow();
    assertThat(summary.get("caseReference").asText()).isEqualTo(amy);
    assertThat(summary.get("childName").asText()).isEqualTo("Amy Test");
    assertThat(summary.get("pathway").asText()).isEqualTo("The child's case");
    assertThat(summary.get("offeredTo").toString()).isEqualTo("[\"csc-social-worker\"]");
    String taskId = summary.get("taskId").asText();

    ResponseEntity<JsonNode> moved = post("tom", "/api/oversight/team-tray/tasks/" + taskId + "/reassignment",
        Map.of("to", second, "reason", "Theo wrote the last summary and knows the family"));
    assertThat(moved.getStatusCode()).as(String.valueOf(moved.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(second);
    assertThat(candidateGroups(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult()))
        .containsExactly("csc-social-worker");

    JsonNode tray = get("tom", "/api/oversight/team-tray");
    assertThat(row(tray, first)).as("still Amy's case worker").isEqualTo(figures(first, "Tia", 2, 1, 1, 0));
    assertThat(row(tray, second)).as("holds a task of Amy").isEqualTo(figures(second, "Theo", 1, 1, 0, 0));
    assertThat(chronology.of(amy)).anyMatch(entry -> entry.source().equals("Task reassigned") && entry.event().equals(
        "tom gave \"Update the case summary\" to " + second + " from " + first + ": Theo wrote the last summary and knows the family"));
  }

  @Test
  void tr01_aMoveWithoutAReasonToSomeoneTheWorkIsNotForOrByAPractitionerIsRefusedAndNothingMoves() {
    Task summary = task(runningFor(ben, ChildCaseProcess.KEY).getId(), Element.UpdateCaseSummary.name());
    String reassign = "/api/oversight/team-tray/tasks/" + summary.getId() + "/reassignment";

    assertRefused(post("tom", reassign, Map.of("to", first, "reason", "  ")), HttpStatus.BAD_REQUEST, "Give the reason");
    assertRefused(post("tom", reassign, Map.of("to", "paul", "reason", REASON)), HttpStatus.BAD_REQUEST,
        "\"Update the case summary\" is work for Children's social care social workers, and paul is not one of them");
    assertRefused(post("tom", reassign, Map.of("to", "nobody", "reason", REASON)), HttpStatus.BAD_REQUEST, "There is no user nobody");
    assertRefused(post("sarah", reassign, Map.of("to", first, "reason", REASON)), HttpStatus.FORBIDDEN,
        "team and service managers");
    assertRefused(post("paul", "/api/oversight/team-tray/cases/" + ben + "/transfer", Map.of("to", first, "reason", REASON)),
        HttpStatus.FORBIDDEN, "paul is not one");
    assertRefused(post("tom", "/api/oversight/team-tray/cases/" + ben + "/transfer", Map.of("to", "paul", "reason", REASON)),
        HttpStatus.BAD_REQUEST, "TR-01: a child is transferred to a social worker");
    assertRefused(post("tom", "/api/oversight/team-tray/cases/" + ben + "/transfer", Map.of("to", first)),
        HttpStatus.BAD_REQUEST, "Give the reason");
    assertRefused(post("tom", "/api/oversight/team-tray/tasks/no-such-task/reassignment", Map.of("to", first, "reason", REASON)),
        HttpStatus.NOT_FOUND, "There is no open task no-such-task");
    assertThat(rest.withBasicAuth("sarah", "sarah-demo").getForEntity("/api/oversight/team-tray", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(engine.getTaskService().createTaskQuery().taskId(summary.getId()).singleResult().getAssignee()).isNull();
    assertThat(task(runningFor(ben, ChildCaseProcess.KEY).getId(), Element.GiveContactDetailsOnTransfer.name())).isNull();
    assertThat(chronology.of(ben)).noneMatch(entry -> entry.source().equals("Task reassigned") || entry.source().equals("Case transferred"));
  }

  @Test
  void tr01_aPersonCannotStartTheManagersTransferByMessageOverTheEngine() {
    String childCase = runningFor(ben, ChildCaseProcess.KEY).getId();
    assertThatThrownBy(() -> as("tom", "csc-team-manager", () -> engine.getRuntimeService()
        .createMessageCorrelation(WorkReassignments.TRANSFER_REQUESTED).processInstanceId(childCase)
        .setVariable("receivingWorker", first).correlateWithResult()))
        .hasMessageContaining("receivingWorker");
    // Without a payload, the receiver an earlier transfer named would be taken: the transfer step refuses it.
    post("tom", "/api/oversight/team-tray/cases/" + ben + "/transfer", Map.of("to", first, "reason", REASON));
    String contact = task(childCase, Element.GiveContactDetailsOnTransfer.name()).getId();
    assertThatThrownBy(() -> as("tom", "csc-team-manager", () -> engine.getRuntimeService()
        .createMessageCorrelation(WorkReassignments.TRANSFER_REQUESTED).processInstanceId(childCase).correlateWithResult()))
        .hasMessageContaining("TR-01: a child is transferred by a manager from the team tray");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(childCase)
        .taskDefinitionKey(Element.GiveContactDetailsOnTransfer.name()).list()).extracting(Task::getId).containsExactly(contact);
  }

  private String openCase(String childName) {
    String reference = uniqueCaseReference();
    TeamFixtures.openByLadoReferral(engine, reference, childName);
    return reference;
  }

  private JsonNode get(String user, String url) {
    ResponseEntity<JsonNode> response = rest.withBasicAuth(user, user + "-demo").getForEntity(url, JsonNode.class);
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private ResponseEntity<JsonNode> post(String user, String url, Map<String, String> body) {
    return rest.withBasicAuth(user, user + "-demo").postForEntity(url, body, JsonNode.class);
  }

  private static void assertRefused(ResponseEntity<JsonNode> response, HttpStatus status, String message) {
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
    assertThat(response.getBody().get("message").asText()).contains(message);
  }

  /** A worker's row as the tray shows it: name, open tasks, caseload, due within 5 working days, overdue. */
  private static String row(JsonNode tray, String userId) {
    JsonNode row = StreamSupport.stream(tray.get("workers").spliterator(), false)
        .filter(worker -> worker.get("userId").asText().equals(userId)).findFirst()
        .orElseThrow(() -> new AssertionError(userId + " is not in the tray: " + tray));
    return figures(userId, row.get("name").asText().replace(" Worker", ""), row.get("openTasks").asInt(),
        row.get("caseload").asInt(), row.get("dueWithin5WorkingDays").asInt(), row.get("overdue").asInt());
  }

  private static String figures(String userId, String name, int open, int caseload, int dueSoon, int overdue) {
    return userId + " " + name + ": " + open + " open, " + caseload + " children, " + dueSoon + " due soon, " + overdue + " overdue";
  }

  private static List<String> casesOf(JsonNode tasks) {
    return StreamSupport.stream(tasks.spliterator(), false).map(task -> task.get("caseReference").asText()).toList();
  }
}
