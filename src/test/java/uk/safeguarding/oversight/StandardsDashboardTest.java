package uk.safeguarding.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.strategy.StrategyDiscussionProcess;

/**
 * The managers' Standards dashboard against a year of cases run on the engine clock (issue 19): one
 * child's strategy discussion a month through 2033 under the Calderdale profile, some convened late
 * (SD-01) and some recorded late (REC-01), each breach recorded by its timer as the job executor
 * would. The dashboard's figures per rule, per pathway and per month are what the year implies, each
 * figure opens the cases behind it, and only managers may read any of it. The year and the profile
 * keep the figures to this test's cases: no other test runs in 2033 or under Calderdale.
 */
class StandardsDashboardTest extends ProcessTestBase {

  static final String PROFILE = "calderdale";
  /** The months whose discussion was convened after its SD-01 day, and those recorded after their REC-01 day. */
  static final Set<Integer> CONVENED_LATE = Set.of(2, 5, 9);
  static final Set<Integer> RECORDED_LATE = Set.of(3, 9);

  @Autowired
  TestRestTemplate rest;

  YearOfStrategyDiscussions year;

  @Test
  void sd01_rec01_aYearOfStrategyDiscussionsGivesEachRulesOnTimeShareByPathwayAndMonthAndItsCases() {
    year = new YearOfStrategyDiscussions(engine, this::fireDueTimers)
        .run(2033, List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), PROFILE, CONVENED_LATE, RECORDED_LATE);
    clockAt("2034-01-16T09:00");

    JsonNode dashboard = asManager("/api/oversight/standards?from=2033-01-01&to=2033-12-31&profile=" + PROFILE);

    JsonNode sd01 = row(dashboard.at("/compliance/rules"), "ruleId", "SD-01");
    assertThat(figure(sd01)).as("SD-01: 12 discussions, 3 convened late").isEqualTo(List.of(12, 3, 75.0));
    JsonNode rec01 = row(dashboard.at("/compliance/rules"), "ruleId", "REC-01");
    assertThat(figure(rec01)).as("REC-01: 12 records, 2 late").isEqualTo(List.of(12, 2, 83.3));
    assertThat(sd01.get("title").asText()).startsWith("Strategy discussion held promptly");
    JsonNode pathway = row(dashboard.at("/compliance/pathways"), "processKey", StrategyDiscussionProcess.KEY);
    assertThat(figure(pathway)).as("the strategy discussion pathway: both rules").isEqualTo(List.of(24, 5, 79.2));

    for (int month = 1; month <= 12; month++) {
      String name = String.format("2033-%02d", month);
      assertThat(figure(row(sd01.get("months"), "month", name))).as("SD-01 in " + name)
          .isEqualTo(CONVENED_LATE.contains(month) ? List.of(1, 1, 0.0) : List.of(1, 0, 100.0));
      assertThat(figure(row(rec01.get("months"), "month", name))).as("REC-01 in " + name)
          .isEqualTo(RECORDED_LATE.contains(month) ? List.of(1, 1, 0.0) : List.of(1, 0, 100.0));
      // Every rule together: a discussion convened late also raised a professional disagreement (ESC-01),
      // whose first stage (ESC-02) fell due that month and, worked by nobody here, was missed.
      int disagreement = CONVENED_LATE.contains(month) ? 1 : 0;
      int missed = 2 * disagreement + (RECORDED_LATE.contains(month) ? 1 : 0);
      JsonNode trend = row(dashboard.at("/compliance/months"), "month", name);
      assertThat(List.of(trend.at("/figure/deadlines").asInt(), trend.at("/figure/missed").asInt())).as("every rule in " + name)
          .isEqualTo(List.of(2 + disagreement, missed));
    }
    assertThat(dashboard.at("/compliance/months")).hasSize(12);
    // The default profile is every case that names no other: none of this Calderdale year (other
    // tests' national cases may fall in 2033 too).
    List<String> calderdale = casesOfMonths(Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
    assertThat(calderdale).hasSize(12);
    for (String figure : List.of("deadlines", "breaches")) {
      assertThat(casesOf(asManager("/api/oversight/standards/cases?figure=" + figure
          + "&from=2033-01-01&to=2033-12-31&profile=national"), null)).as("national " + figure + " in 2033")
          .doesNotContainAnyElementsOf(calderdale);
    }

    // The cases behind SD-01's figures: its 12 deadlines, 3 of them missed, and the 3 breaches.
    JsonNode deadlines = asManager("/api/oversight/standards/cases?figure=deadlines&rule=SD-01&from=2033-01-01&to=2033-12-31&profile=" + PROFILE);
    assertThat(deadlines).hasSize(12);
    assertThat(casesOf(deadlines, "missed")).containsExactlyInAnyOrderElementsOf(casesOfMonths(CONVENED_LATE));
    assertThat(casesOf(asManager("/api/oversight/standards/cases?figure=missed&rule=SD-01&from=2033-01-01&to=2033-12-31&profile="
        + PROFILE), null)).containsExactlyInAnyOrderElementsOf(casesOfMonths(CONVENED_LATE));
    JsonNode breaches = asManager("/api/oversight/standards/cases?figure=breaches&rule=REC-01&from=2033-01-01&to=2033-12-31&profile=" + PROFILE);
    assertThat(casesOf(breaches, null)).containsExactlyInAnyOrderElementsOf(casesOfMonths(RECORDED_LATE));
    for (JsonNode breach : breaches) {
      assertThat(breach.get("childName").asText()).isEqualTo("Amy Test");
      assertThat(breach.get("step").asText()).isEqualTo("Record strategy discussion decisions");
      // The discussion has ended; Cockpit opens a process of the child that still runs, or none.
      String reference = breach.get("caseReference").asText();
      List<String> running = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference).list()
          .stream().map(ProcessInstance::getId).toList();
      if (running.isEmpty()) {
        assertThat(breach.get("cockpitInstanceId").isNull()).isTrue();
      } else {
        assertThat(running).contains(breach.get("cockpitInstanceId").asText());
      }
    }
    String csv = rest.withBasicAuth("tom", "tom-demo").getForObject(
        "/api/oversight/standards/breaches.csv?from=2033-01-01&to=2033-12-31&profile=" + PROFILE + "&rule=SD-01", String.class);
    assertThat(csv.lines()).hasSize(4).first().isEqualTo("Case reference,Child,Pathway,Rule,Step,Due,Noticed");
    casesOfMonths(CONVENED_LATE).forEach(reference -> assertThat(csv).contains(reference + ",Amy Test,"));
  }

  @Test
  void aPractitionerOrAPartnerAgencyGetsA403AndNobodySignedInA401() {
    for (String user : List.of("sarah", "paul")) {
      ResponseEntity<JsonNode> refused = rest.withBasicAuth(user, user + "-demo").getForEntity("/api/oversight/standards", JsonNode.class);
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody().get("message").asText()).contains("team and service managers").contains(user);
      assertThat(rest.withBasicAuth(user, user + "-demo").getForEntity("/api/oversight/journey/any", JsonNode.class)
          .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(rest.getForEntity("/api/oversight/standards", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<JsonNode> sunita = rest.withBasicAuth("sunita", "sunita-demo")
        .getForEntity("/api/oversight/standards?from=2033-12-01&to=2033-01-01", JsonNode.class);
    assertThat(sunita.getStatusCode()).as("a service manager is let in; a period that ends before it starts is refused")
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(sunita.getBody().get("message").asText()).contains("starts on 2033-12-01, after it ends on 2033-01-01");
    assertThat(rest.withBasicAuth("tom", "tom-demo").getForEntity("/api/oversight/standards?profile=atlantis", JsonNode.class)
        .getBody().get("message").asText()).contains("no standards profile 'atlantis'");
  }

  private JsonNode asManager(String url) {
    ResponseEntity<JsonNode> response = rest.withBasicAuth("tom", "tom-demo").getForEntity(url, JsonNode.class);
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private static JsonNode row(JsonNode rows, String field, String value) {
    return StreamSupport.stream(rows.spliterator(), false).filter(row -> value.equals(row.get(field).asText())).findFirst()
        .orElseThrow(() -> new AssertionError("no row with " + field + " " + value + " in " + rows));
  }

  private static List<Object> figure(JsonNode row) {
    JsonNode figure = row.get("figure");
    return List.of(figure.get("deadlines").asInt(), figure.get("missed").asInt(), figure.get("onTimePercent").asDouble());
  }

  private static List<String> casesOf(JsonNode rows, String detail) {
    List<String> references = new ArrayList<>();
    rows.forEach(row -> {
      if (detail == null || row.get("detail").asText().startsWith(detail)) {
        references.add(row.get("caseReference").asText());
      }
    });
    return references;
  }

  private List<String> casesOfMonths(Set<Integer> months) {
    return year.casesOf(months);
  }
}
