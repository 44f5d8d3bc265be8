package uk.safeguarding.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * Two application nodes on one PostgreSQL, as a local authority runs them behind a load balancer:
 * work done on one is seen on the other, a logged-in user is served by either, every breach timer
 * fires exactly once across both, and every email both nodes' job executors send goes once (to an SMTP
 * server of the test's own, which both nodes send to). Runs with CI=true (it needs PostgreSQL), at a
 * small scale.
 */
@Tag("twonodes")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

  static final String DATABASE = "safeguarding_twonodes";
  static final String ADMIN_URL = System.getenv().getOrDefault("TEST_POSTGRES_ADMIN_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
  static final String USER = System.getenv().getOrDefault("TEST_POSTGRES_USER", "postgres");
  static final String PASSWORD = System.getenv().getOrDefault("TEST_POSTGRES_PASSWORD", "");
  static final String URL = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + DATABASE;
  static final ObjectMapper JSON = new ObjectMapper();

  /** The three agencies invited to each strategy discussion here, and their shared mailboxes on both nodes. */
  static final Map<String, String> MAILBOXES = Map.of("police", "police@two-nodes.invalid", "health", "health@two-nodes.invalid",
      "csc-social-worker", "social-workers@two-nodes.invalid");

  static ApplicationNode one;
  static ApplicationNode two;
  /** The authority's mail server, as both nodes see it (spring.mail.*). */
  static GreenMail mailServer;
  final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

  @BeforeAll
  static void startTwoNodes() throws Exception {
    try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD); Statement s = c.createStatement()) {
      s.execute("drop database if exists " + DATABASE + " with (force)");
      s.execute("create database " + DATABASE);
    }
    mailServer = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    mailServer.start();
    List<String> mail = new ArrayList<>(List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mailServer.getSmtp().getPort()));
    MAILBOXES.forEach((agency, mailbox) -> mail.add("--safeguarding.notifications.agencies." + agency + "=" + mailbox));
    // One after the other: the first creates the schema, the second finds it.
    one = ApplicationNode.start("node-1", URL, USER, PASSWORD, mail.toArray(String[]::new));
    one.awaitHealthy(Duration.ofMinutes(3));
    two = ApplicationNode.start("node-2", URL, USER, PASSWORD, mail.toArray(String[]::new));
    two.awaitHealthy(Duration.ofMinutes(3));
  }

  @AfterAll
  static void stopNodes() {
    if (two != null) {
      two.close();
    }
    if (one != null) {
      one.close();
    }
    if (mailServer != null) {
      mailServer.stop();
    }
  }

  @Test
  @Order(1)
  void aTaskCompletedOnOneNodeIsGoneOnTheOther() throws Exception {
    String instance = startCase(one, "CR-2N-A", LocalDate.now(WorkingDayCalendar.LONDON));
    String convene = get(two, "tom", "/engine-rest/task?processInstanceId=" + instance).get(0).get("id").asText();

    HttpResponse<String> completed = post(two, "tom", "/engine-rest/task/" + convene + "/complete", """
        {"variables": {"strategyDiscussionDate": {"value": "%s"}, "discussionFormat": {"value": "meeting"},
         "invitedAgencies": {"value": "csc-social-worker,police,health"}}}""".formatted(LocalDate.now(WorkingDayCalendar.LONDON)));

    assertThat(completed.statusCode()).isEqualTo(204);
    assertThat(http.send(request(one, "tom", "/engine-rest/task/" + convene).GET().build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    assertThat(get(one, "paul", "/engine-rest/task?processInstanceId=" + instance)).hasSize(1);
  }

  @Test
  @Order(2)
  void aUserLoggedInThroughOneNodeIsServedByTheOther() throws Exception {
    http.send(HttpRequest.newBuilder(URI.create(one.url("/camunda/app/tasklist/"))).GET().build(), HttpResponse.BodyHandlers.discarding());
    String xsrf = csrfToken();
    HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(one.url("/camunda/api/admin/auth/user/default/login/tasklist")))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
        .POST(HttpRequest.BodyPublishers.ofString("username=tom&password=" + URLEncoder.encode("tom-demo", StandardCharsets.UTF_8))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(200);

    HttpResponse<String> onTheOtherNode = http.send(HttpRequest.newBuilder(
        URI.create(two.url("/camunda/api/admin/auth/user/default"))).GET().build(), HttpResponse.BodyHandlers.ofString());

    assertThat(onTheOtherNode.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(onTheOtherNode.body()).get("userId").asText()).isEqualTo("tom");

    // Signed out everywhere through node two (identity/SignOutEverywhere): node one no longer knows him either.
    http.send(HttpRequest.newBuilder(URI.create(two.url("/camunda/app/tasklist/"))).GET().build(), HttpResponse.BodyHandlers.discarding());
    HttpResponse<String> signedOut = http.send(HttpRequest.newBuilder(URI.create(two.url("/camunda/api/safeguarding/sessions")))
        .header("X-XSRF-TOKEN", csrfToken()).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(signedOut.statusCode()).as(signedOut.body()).isEqualTo(200);
    assertThat(http.send(HttpRequest.newBuilder(URI.create(one.url("/camunda/api/safeguarding/session"))).GET().build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
  }

  @Test
  @Order(2)
  void theLoadBalancerHasReadinessOnThePublicPortAndOnlyTheManagementPortServesMetrics() throws Exception {
    HttpClient plain = HttpClient.newHttpClient();
    assertThat(plain.send(HttpRequest.newBuilder(URI.create(one.url("/readyz"))).build(), HttpResponse.BodyHandlers.ofString()).body())
        .contains("\"UP\"");
    assertThat(plain.send(HttpRequest.newBuilder(URI.create(one.url("/actuator/prometheus"))).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);
    assertThat(plain.send(HttpRequest.newBuilder(URI.create(one.managementUrl("/actuator/prometheus"))).build(),
        HttpResponse.BodyHandlers.ofString()).body()).contains("safeguarding_jobs_backlog");
  }

  /**
   * Issue 24, never twice on two nodes: cases convened at the same moment through both nodes, each
   * inviting three agencies to a strategy discussion today, so a batch of emails about work due at
   * 23:59:59 falls due at once (urgent, so at any hour); both nodes' job executors take them from the one
   * database, and the mail server receives each exactly once.
   */
  @Test
  @Order(2)
  void sd06_aBatchOfEmailsDueAtOnceIsSentByBothNodesEachExactlyOnce() throws Exception {
    int cases = 12;
    String today = LocalDate.now(WorkingDayCalendar.LONDON).toString();
    List<String> instances = new ArrayList<>();
    for (int i = 0; i < cases; i++) {
      instances.add(startCase(i % 2 == 0 ? one : two, "CR-2N-M%02d".formatted(i), LocalDate.now(WorkingDayCalendar.LONDON)));
    }
    ExecutorService teams = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> convened = new ArrayList<>();
      for (int i = 0; i < cases; i++) {
        ApplicationNode node = i % 2 == 0 ? two : one;
        String instance = instances.get(i);
        convened.add(teams.submit(() -> {
          String convene = get(node, "tom", "/engine-rest/task?processInstanceId=" + instance).get(0).get("id").asText();
          return post(node, "tom", "/engine-rest/task/" + convene + "/complete", """
              {"variables": {"strategyDiscussionDate": {"value": "%s"}, "discussionFormat": {"value": "meeting"},
               "invitedAgencies": {"value": "%s"}}}""".formatted(today, String.join(",", MAILBOXES.keySet()))).statusCode();
        }));
      }
      for (Future<Integer> completed : convened) {
        assertThat(completed.get(60, TimeUnit.SECONDS)).isEqualTo(204);
      }
    } finally {
      teams.shutdownNow();
    }

    String ofTheBatch = "from sg_notification where kind = 'MEETING_INVITATION' and case_reference like 'CR-2N-M%'";
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (count("select count(*) " + ofTheBatch + " and sent_at is not null") < cases * 3L && System.nanoTime() < deadline) {
      Thread.sleep(250);
    }
    Thread.sleep(2000); // a second copy, were one sent, would arrive now

    assertThat(count("select count(*) " + ofTheBatch + " and sent_at is not null")).as("invitations sent").isEqualTo(cases * 3L);
    assertThat(count("select count(distinct sending_by) " + ofTheBatch)).as("nodes that sent some of the batch").isEqualTo(2);
    Map<String, List<String>> received = new TreeMap<>();
    for (MimeMessage email : mailServer.getReceivedMessages()) {
      if (email.getSubject().startsWith("Invitation:") && email.getSubject().contains("case CR-2N-M")) {
        String caseReference = email.getSubject().replaceAll(".*case (CR-2N-M\\d+).*", "$1");
        received.computeIfAbsent(caseReference, c -> new ArrayList<>()).add(
            Arrays.toString(email.getRecipients(Message.RecipientType.TO)) + " " + email.getMessageID());
      }
    }
    assertThat(received).as("cases whose invitations arrived").hasSize(cases);
    received.forEach((caseReference, emails) -> {
      assertThat(emails).as(caseReference + ": one email to each invited agency").hasSize(3).doesNotHaveDuplicates();
      assertThat(emails.stream().map(e -> e.substring(1, e.indexOf(']'))).sorted().toList())
          .isEqualTo(MAILBOXES.values().stream().sorted().toList());
    });
  }

  private String csrfToken() {
    return ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).reduce((first, last) -> last).orElse("");
  }

  @Test
  @Order(3)
  void sd01_everyOverdueTimerFiresExactlyOnceAcrossBothNodes() throws Exception {
    startOverdueCases("CR-2N-T", 20, false);

    assertFiredExactlyOnce("CR-2N-T", 20);
  }

  /** kill -9 of a node under load: no case is lost, its locked jobs go to the other node, nothing twice. */
  @Test
  @Order(4)
  void sd01_aNodeKilledHardLosesNothingAndTheOtherFinishesItsTimers() throws Exception {
    startOverdueCases("CR-2N-K", 60, true);

    assertFiredExactlyOnce("CR-2N-K", 60);
    assertThat(count("select count(*) from act_ru_execution where business_key_ like 'CR-2N-K%' and parent_id_ is null"
        + " and proc_def_id_ like 'StrategyDiscussion:%'")).as("every case the clients were told of").isEqualTo(60);
  }

  /** Starts cases whose SD-01 deadline passed days ago, so both job executors race for the timers. */
  private void startOverdueCases(String prefix, int cases, boolean killNodeOneHalfway) throws Exception {
    LocalDate longAgo = WorkingDayCalendar.englandAndWales().workingDaysBefore(LocalDate.now(WorkingDayCalendar.LONDON), 5);
    for (int i = 0; i < cases; i++) {
      if (killNodeOneHalfway && i == cases / 2) {
        one.killHard();
      }
      boolean nodeOneAlive = !killNodeOneHalfway || i < cases / 2;
      startCase(nodeOneAlive && i % 2 == 0 ? one : two, prefix + i, longAgo);
    }
  }

  private void assertFiredExactlyOnce(String prefix, int cases) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    // each breach is recorded by its timer, then its review is started by the next sweep of either node
    while ((count("select count(*) from sg_standards_breach where case_reference like '" + prefix + "%'") < cases
        || count("select count(*) from act_hi_procinst where proc_def_key_ = 'StandardsBreachReview' and business_key_ like '"
            + prefix + "%'") < cases) && System.nanoTime() < deadline) {
      Thread.sleep(500);
    }
    Thread.sleep(3000); // a second firing, were there one, would land now
    assertThat(count("select count(*) from sg_standards_breach where case_reference like '" + prefix + "%' and rule_id = 'SD-01'"))
        .isEqualTo(cases);
    assertThat(count("select count(*) from act_hi_procinst where proc_def_key_ = 'StandardsBreachReview' and business_key_ like '"
        + prefix + "%'")).isEqualTo(cases);
    assertThat(count("select count(*) from act_hi_job_log where job_def_type_ = 'timer-transition' and job_state_ = 2"
        + " and process_instance_id_ in (select id_ from act_hi_procinst where business_key_ like '" + prefix + "%')"))
        .as("successful timer executions").isEqualTo(cases);
  }

  private String startCase(ApplicationNode node, String caseReference, LocalDate concernRaised) throws Exception {
    HttpResponse<String> started = post(node, "sarah", "/engine-rest/process-definition/key/StrategyDiscussion/start", """
        {"variables": {"caseReference": {"value": "%s"}, "childName": {"value": "Two Nodes"},
         "childDateOfBirth": {"value": "2018-05-14"}, "householdMembers": {"value": "Mother"},
         "concern": {"value": "Concern"}, "concernRaisedDate": {"value": "%s"}}}""".formatted(caseReference, concernRaised));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    return JSON.readTree(started.body()).get("id").asText();
  }

  private JsonNode get(ApplicationNode node, String user, String path) throws IOException, InterruptedException {
    return JSON.readTree(http.send(request(node, user, path).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
  }

  private HttpResponse<String> post(ApplicationNode node, String user, String path, String body) throws IOException, InterruptedException {
    return http.send(request(node, user, path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder request(ApplicationNode node, String user, String path) {
    String credentials = Base64.getEncoder().encodeToString((user + ":" + user + "-demo").getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(node.url(path))).header("Authorization", "Basic " + credentials);
  }

  private static long count(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
