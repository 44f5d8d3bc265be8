package uk.safeguarding.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import uk.safeguarding.identity.TasklistFilters;
import uk.safeguarding.operations.ConcurrentChanges;

/**
 * A working day in Tasklist's own requests (issue 20), run by {@link WorkingDayLoadTest}: practitioners
 * of every agency open their tray as Tasklist does, open a task (its form's variables and its
 * variables), and those who contribute to strategy discussions save a draft of a contribution and
 * complete it, while a team manager watches the Standards dashboard and the application's job
 * executor fires the loaded cases' breach timers. Sized by {@code load.*} system properties.
 *
 * <p>Several virtual users share one demo login of an agency, as colleagues share a tray, so two may
 * reach for the same task: a task a colleague has just completed (gone as it opens, 404 as it is
 * completed) or holds a draft of (409) is a lost race a practitioner sees too, not a failure, and so
 * is a completion refused because a breach timer of the same case or a colleague changed it at that
 * moment (a 409 saying so: operations/ConcurrentChanges). Any other answer fails the run, a 500 above all.
 */
public class WorkingDaySimulation extends Simulation {

  static final int PRACTITIONERS = Integer.getInteger("load.practitioners", 40);
  static final int MANAGERS = Integer.getInteger("load.managers", 1);
  static final Duration DAY = Duration.ofSeconds(Long.getLong("load.seconds", 300));
  static final Duration RAMP = Duration.ofSeconds(Long.getLong("load.rampSeconds", Math.max(1, DAY.toSeconds() / 5)));
  /** Between one step of a practitioner's and the next: reading, typing, a phone call. */
  static final Duration THINK = Duration.ofMillis(Long.getLong("load.thinkMillis", 5_000));
  static final Duration DASHBOARD_EVERY = Duration.ofMillis(Long.getLong("load.dashboardMillis", 30_000));

  /** Tasklist 7.24's request when a filter is opened (docs/performance.md). */
  static final String TASKLIST_LIST_BODY = """
      {"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],"firstResult":0,"maxResults":15,\
      "sorting":[{"sortBy":"created","sortOrder":"desc"}],"active":true}""";

  /** Demo logins (README): the agencies that contribute to a strategy discussion complete contributions. */
  static final List<Map<String, Object>> PRACTITIONER_LOGINS = List.of(
      login("paul", "police", true), login("helen", "health", true), login("emma", "education", true),
      login("sarah", "csc-social-worker", true), login("grace", "education", false), login("mark", "education", false),
      login("carol", "cp-chair", false), login("ian", "iro", false));

  private static Map<String, Object> login(String user, String agency, boolean contributes) {
    return Map.of("user", user, "password", user + "-demo", "agency", agency, "contributes", contributes);
  }

  /**
   * The first page or one of the next three, as a practitioner scrolls: Tasklist asks for a later page
   * with the same body and the page's own firstResult.
   */
  private static final ChainBuilder OPEN_MY_TRAY = exec(session -> session.set("trayFrom", 15 * ThreadLocalRandom.current().nextInt(4)))
      .exec(http("Open My agency's tasks as Tasklist does (page of 15 and count)")
      .post("/engine-rest/filter/#{filter}/list?firstResult=#{trayFrom}&maxResults=15")
      .basicAuth("#{user}", "#{password}")
      .header("Accept", "application/hal+json").header("Content-Type", "application/json")
      .body(StringBody(TASKLIST_LIST_BODY.replace("\"firstResult\":0", "\"firstResult\":#{trayFrom}")))
      .check(status().is(200))
      .check(jsonPath("$._embedded.task[*].id").findRandom().optional().saveAs("task"))
      // a contribution on the page is the one the practitioner works on next, as in Tasklist
      .check(jsonPath("$._embedded.task[?(@.taskDefinitionKey == 'ContributeToStrategyDiscussion')].id")
          .findRandom().optional().saveAs("contribution")));

  /**
   * A task a colleague completes while it opens is gone: the engine's REST API answers 400, 404 or 500
   * with a message naming the task. Any other error fails the run.
   */
  private static final ChainBuilder OPEN_A_TASK = exec(openTheTask("Open a task: its form's variables", "/form-variables"))
      .exec(openTheTask("Open a task: its variables", "/variables?deserializeValues=false"));

  private static io.gatling.javaapi.http.HttpRequestActionBuilder openTheTask(String name, String path) {
    return http(name).get("/engine-rest/task/#{task}" + path).basicAuth("#{user}", "#{password}")
        .check(status().in(200, 400, 404, 500))
        .checkIf((response, session) -> response.status().code() != 200).then(
            bodyString().transformWithSession((body, session) -> body.contains(session.getString("task"))).is(true));
  }

  /** The contribution found on the tray's page, drafted, thought over and completed. */
  private static final ChainBuilder CONTRIBUTE = doIf(session -> session.contains("contribution")).then(
          exec(http("Save a draft of the contribution")
              .put("/api/tasks/#{contribution}/draft").basicAuth("#{user}", "#{password}")
              .header("Content-Type", "application/json")
              .body(StringBody("{\"values\":{\"agencyInformation\":\"What #{agency} know of the family, half written\"}}"))
              .check(status().in(200, 404, 409)))
              .pause(THINK)
              .exec(http("Complete the contribution")
                  .post("/engine-rest/task/#{contribution}/complete").basicAuth("#{user}", "#{password}")
                  .header("Content-Type", "application/json")
                  .body(StringBody("{\"variables\":{\"agencyInformation\":{\"value\":\"What #{agency} know of the family\"},"
                      + "\"agencyRiskAnalysis\":{\"value\":\"Risk of significant harm is high\"}}}"))
                  .check(status().in(204, 404, 409))
                  // the answer when a timer of the case or a colleague changed it at the same moment
                  // (the engine's optimistic locking): the practitioner sends it again
                  .checkIf((response, session) -> response.status().code() == 409).then(
                      bodyString().transform(body -> body.contains(ConcurrentChanges.MESSAGE)).is(true))))
      .exec(session -> session.remove("contribution"));

  private final ScenarioBuilder practitioners = scenario("Practitioners at work")
      .feed(listFeeder(PRACTITIONER_LOGINS).circular())
      .exec(http("Tasklist's filters")
          .get("/engine-rest/filter?name=" + URLEncoder.encode(TasklistFilters.MY_AGENCYS_TASKS, StandardCharsets.UTF_8))
          .basicAuth("#{user}", "#{password}").check(status().is(200)).check(jsonPath("$[0].id").saveAs("filter")))
      .during(DAY).on(
          exec(OPEN_MY_TRAY)
              .doIf(session -> session.contains("task")).then(exec(OPEN_A_TASK).exec(session -> session.remove("task")))
              .pause(THINK)
              .doIf(session -> session.getBoolean("contributes")).then(CONTRIBUTE)
              .exec(session -> session.remove("contribution"))
              .pause(THINK));

  private final ScenarioBuilder managers = scenario("A team manager watching the Standards dashboard")
      .during(DAY).on(exec(http("The Standards dashboard, the last twelve months")
          .get("/api/oversight/standards").basicAuth("tom", "tom-demo").check(status().is(200)))
          .pause(DASHBOARD_EVERY));

  // Read per run, not per JVM: a rerun of the test starts the application on another port.
  private final HttpProtocolBuilder application = http.baseUrl(System.getProperty("load.baseUrl", "http://localhost:8080"))
      .acceptHeader("application/json").shareConnections();

  {
    setUp(practitioners.injectOpen(rampUsers(PRACTITIONERS).during(RAMP)), managers.injectOpen(atOnceUsers(MANAGERS)))
        .protocols(application)
        // Times are reported, not asserted (docs/performance.md reads them): every answer must be one a user expects.
        .assertions(global().failedRequests().count().is(0L));
  }
}
