package uk.safeguarding.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.function.BooleanSupplier;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * One team's client of the REST API, as a case management system would be: the social worker
 * ({@code sarah}) starts strategy discussions and the team manager ({@code tom}) convenes each one the
 * team started, taking turns, on whichever node the load balancer offers. Every answer goes into the
 * ledger. A case start that got no answer is not repeated, because repeating it could open the case
 * twice; a completion that got no answer is tried again later, and if the task is gone by then the
 * first attempt was done.
 */
final class CaseworkClient implements Runnable {

  static final String CASE_PREFIX = "CR-F-";
  /** Case references of cases whose SD-01 deadline passed days before they were started. */
  static final String OVERDUE = "O";
  static final String CONVENE = "ConveneStrategyDiscussion";
  static final String INVITED_AGENCIES = "csc-social-worker,police,health";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String team;
  private final CaseworkLedger ledger;
  private final List<ApplicationNode> rotation;
  private final BooleanSupplier keepGoing;
  private final long pauseMillis;
  private final int overdueEvery;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final Deque<ToConvene> toConvene = new ArrayDeque<>();
  private int started;
  private long turn;

  /** A case of this team waiting to be convened; {@code triedTaskId} when a completion got no answer. */
  private record ToConvene(CaseworkLedger.StartedCase startedCase, String triedTaskId) {}

  /**
   * @param rotation the nodes the load balancer currently offers (the test takes a dead node out)
   * @param overdueEvery every n-th case is started with its SD-01 deadline long past, so its breach
   *     timer is due at once and the job executors of the nodes race for it
   */
  CaseworkClient(String team, CaseworkLedger ledger, List<ApplicationNode> rotation, BooleanSupplier keepGoing,
      long pauseMillis, int overdueEvery) {
    this.team = team;
    this.ledger = ledger;
    this.rotation = rotation;
    this.keepGoing = keepGoing;
    this.pauseMillis = pauseMillis;
    this.overdueEvery = overdueEvery;
  }

  @Override
  public void run() {
    try {
      work();
    } catch (RuntimeException e) {
      ledger.surprises.add("team " + team + " stopped: " + e);
    }
  }

  private void work() {
    while (keepGoing.getAsBoolean()) {
      ApplicationNode node = nextNode();
      try {
        if (turn++ % 2 == 0 || toConvene.isEmpty()) {
          startCase(node, started % overdueEvery == overdueEvery - 1);
        } else {
          convene(node, toConvene.poll());
        }
        Thread.sleep(pauseMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private ApplicationNode nextNode() {
    List<ApplicationNode> offered = List.copyOf(rotation);
    return offered.get((int) (turn % offered.size()));
  }

  /** Starts one case; an overdue one is left unconvened so that its breach timer fires. */
  void startCase(ApplicationNode node, boolean overdue) throws InterruptedException {
    String caseReference = CASE_PREFIX + (overdue ? OVERDUE : "N") + "-" + team + "-" + started++;
    LocalDate today = LocalDate.now(WorkingDayCalendar.LONDON);
    LocalDate concernRaised = overdue ? WorkingDayCalendar.englandAndWales().workingDaysBefore(today, 5) : today;
    Reply reply = send(node, "sarah", "start case", "/engine-rest/process-definition/key/StrategyDiscussion/start", """
        {"variables": {"caseReference": {"value": "%s"}, "childName": {"value": "Faults Test"},
         "childDateOfBirth": {"value": "2018-05-14"}, "householdMembers": {"value": "Mother"},
         "concern": {"value": "Concern"}, "concernRaisedDate": {"value": "%s"}}}""".formatted(caseReference, concernRaised));
    if (reply.status() == 200) {
      var startedCase = new CaseworkLedger.StartedCase(caseReference, json(reply.body()).get("id").asText(), overdue,
          node.name, System.currentTimeMillis());
      ledger.acknowledgedCases.put(caseReference, startedCase);
      if (!overdue) {
        toConvene.add(new ToConvene(startedCase, null));
      }
    } else if (reply.faultOrServerError()) {
      ledger.unacknowledgedStarts.add(caseReference);
    } else {
      ledger.surprises.add("start of " + caseReference + " on " + node.name + ": HTTP " + reply.status() + " " + reply.body());
    }
  }

  private void convene(ApplicationNode node, ToConvene next) throws InterruptedException {
    var startedCase = next.startedCase();
    Reply open = send(node, "tom", "find convene task",
        "/engine-rest/task?taskDefinitionKey=" + CONVENE + "&processInstanceId=" + startedCase.instanceId(), null);
    if (open.faultOrServerError()) {
      toConvene.add(next);
      return;
    }
    if (open.status() != 200) {
      ledger.surprises.add("tasks of " + startedCase.caseReference() + ": HTTP " + open.status() + " " + open.body());
      return;
    }
    JsonNode tasks = json(open.body());
    if (tasks.isEmpty()) {
      if (next.triedTaskId() != null) {
        ledger.completionsFoundDone.put(startedCase.caseReference(), new CaseworkLedger.Completion(startedCase.caseReference(),
            startedCase.instanceId(), next.triedTaskId(), node.name, System.currentTimeMillis()));
      } else {
        ledger.surprises.add("acknowledged case " + startedCase.caseReference() + " has no convene task");
      }
      return;
    }
    String taskId = tasks.get(0).get("id").asText();
    if (next.triedTaskId() != null && !next.triedTaskId().equals(taskId)) {
      ledger.surprises.add(startedCase.caseReference() + ": convene task " + next.triedTaskId() + " became " + taskId);
    }
    Reply completed = send(node, "tom", "complete convene task", "/engine-rest/task/" + taskId + "/complete", """
        {"variables": {"strategyDiscussionDate": {"value": "%s"}, "discussionFormat": {"value": "meeting"},
         "invitedAgencies": {"value": "%s"}}}""".formatted(LocalDate.now(WorkingDayCalendar.LONDON), INVITED_AGENCIES));
    if (completed.status() == 204) {
      ledger.acknowledgedCompletions.put(startedCase.caseReference(), new CaseworkLedger.Completion(
          startedCase.caseReference(), startedCase.instanceId(), taskId, node.name, System.currentTimeMillis()));
    } else if (completed.faultOrServerError() || completed.status() == 409) {
      // a fault to retry, or a change to the case at the same moment (409, ConcurrentChanges): sent again
      toConvene.add(new ToConvene(startedCase, taskId));
    } else {
      ledger.surprises.add("completion of " + taskId + " (" + startedCase.caseReference() + ") on " + node.name
          + ": HTTP " + completed.status() + " " + completed.body());
    }
  }

  /** Status 0: no HTTP answer at all. */
  private record Reply(int status, String body) {
    boolean faultOrServerError() {
      return status == 0 || status >= 500;
    }
  }

  private Reply send(ApplicationNode node, String user, String what, String path, String jsonBody) throws InterruptedException {
    String credentials = Base64.getEncoder().encodeToString((user + ":" + user + "-demo").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url(path))).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + credentials);
    if (jsonBody != null) {
      request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(jsonBody));
    }
    long sentAt = System.currentTimeMillis();
    Reply reply;
    String outcome;
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      reply = new Reply(response.statusCode(), response.body());
      outcome = response.statusCode() >= 500 ? "HTTP " + response.statusCode() : "ok";
    } catch (ConnectException refused) {
      reply = new Reply(0, "");
      outcome = "connection refused";
    } catch (HttpTimeoutException slow) {
      reply = new Reply(0, "");
      outcome = "timed out";
    } catch (IOException lost) {
      reply = new Reply(0, "");
      outcome = "connection lost";
    }
    ledger.answers.add(new CaseworkLedger.Answer(node.name, what, sentAt, System.currentTimeMillis(), outcome));
    return reply;
  }

  private static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException("Not JSON: " + body, e);
    }
  }
}
