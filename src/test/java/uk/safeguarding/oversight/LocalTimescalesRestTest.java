package uk.safeguarding.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.WebappSession;
import uk.safeguarding.conference.ConferenceScenario;
import uk.safeguarding.strategy.StrategyDiscussionScenario;

/**
 * An authority's timescale changed in the running installation (issue 22, point 4), over REST, in the
 * fixture authority "timescales-changed-locally" (src/test/resources/standards-test), whose file is
 * national's, so no other test's dates move. The strategy discussion is on Wednesday 9 December 2026:
 * ICPC-01's fifteen working days end Monday 4 January 2027, ten end Wednesday 23 December.
 */
class LocalTimescalesRestTest extends ProcessTestBase {

  private static final String PROFILE = "timescales-changed-locally";
  private static final String ICPC_01 = "/api/standards/profiles/" + PROFILE + "/rules/ICPC-01";

  @Autowired
  TestRestTemplate rest;
  @LocalServerPort
  int port;

  @Test
  void icpc01_aChangeOverRestSetsTheDueDateOfACaseStartedAfterItAndLeavesARunningCaseAsItWas() {
    ConferenceScenario running = conferenceRequested();
    ProcessInstance runningConference = running.conference();
    assertThat(londonDateTime(running.task("ConveneInitialConference").getDueDate())).isEqualTo("2027-01-04T23:59:59");

    ResponseEntity<JsonNode> changed = change("sunita", Map.of("timescale", "10 working days",
        "reason", "Partnership agreement 2026: conferences within 10 working days"));
    assertThat(changed.getStatusCode()).as(String.valueOf(changed.getBody())).isEqualTo(HttpStatus.OK);
    long version = changed.getBody().get("version").asLong();

    ConferenceScenario startedAfter = conferenceRequested();
    assertThat(londonDateTime(startedAfter.task("ConveneInitialConference").getDueDate())).isEqualTo("2026-12-23T23:59:59");
    assertThat(londonDateTime(timer(startedAfter.conference().getId(), "InitialConferenceNotConvenedInTime").getDuedate()))
        .isEqualTo("2026-12-23T23:59:59");
    assertThat(londonDateTime(running.task("ConveneInitialConference").getDueDate())).as("the running case's task")
        .isEqualTo("2027-01-04T23:59:59");
    assertThat(londonDateTime(timer(runningConference.getId(), "InitialConferenceNotConvenedInTime").getDuedate()))
        .as("the running case's breach timer").isEqualTo("2027-01-04T23:59:59");

    // Side by side with national, naming the version that changed it; a rule not changed names none.
    JsonNode profile = as("tom").getForObject("/api/standards/profiles/" + PROFILE, JsonNode.class);
    JsonNode icpc01 = rule(profile, "ICPC-01");
    assertThat(icpc01.get("timescale").asText()).isEqualTo("10 working days");
    assertThat(icpc01.get("national").asText()).isEqualTo("15 working days");
    assertThat(icpc01.get("file").asText()).as("the profile's file").isEqualTo("15 working days");
    assertThat(icpc01.get("changedInVersion").asLong()).isEqualTo(version);
    assertThat(rule(profile, "CG-01").get("changedInVersion").isNull()).isTrue();
    assertThat(rule(as("tom").getForObject("/api/standards/profiles/national", JsonNode.class), "ICPC-01")
        .get("timescale").asText()).as("national itself").isEqualTo("15 working days");

    // The audit: who, when, why, before and after.
    JsonNode audit = as("tom").getForObject("/api/standards/profiles/" + PROFILE + "/changes", JsonNode.class);
    JsonNode entry = audit.get(audit.size() - 1);
    assertThat(entry.get("version").asLong()).isEqualTo(version);
    assertThat(entry.get("ruleId").asText()).isEqualTo("ICPC-01");
    assertThat(entry.get("changedBy").asText()).isEqualTo("sunita");
    assertThat(entry.get("oldTimescale").asText()).isEqualTo("15 working days");
    assertThat(entry.get("newTimescale").asText()).isEqualTo("10 working days");
    assertThat(entry.get("reason").asText()).contains("Partnership agreement 2026");
    assertThat(entry.get("changedAt").asText()).isNotBlank();
  }

  @Test
  void icpc01_aBadTimescaleOrAnUnknownRuleIsRefusedWith400NamingTheRuleAndNothingIsRecorded() {
    int before = as("sunita").getForObject("/api/standards/profiles/" + PROFILE + "/changes", JsonNode.class).size();

    ResponseEntity<JsonNode> bad = change("sunita", Map.of("timescale", "ten days", "reason", "Typo"));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody().get("message").asText()).contains("ICPC-01", "'ten days' is not a timescale");

    ResponseEntity<JsonNode> noReason = change("sunita", Map.of("timescale", "12 working days"));
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody().get("message").asText()).contains("ICPC-01", "reason");

    ResponseEntity<JsonNode> unknown = as("sunita").exchange("/api/standards/profiles/" + PROFILE + "/rules/XX-99",
        HttpMethod.PUT, new HttpEntity<>(Map.of("timescale", "5 days", "reason", "No such rule")), JsonNode.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody().get("message").asText()).contains("XX-99", "no such rule");

    assertThat(as("sunita").getForObject("/api/standards/profiles/" + PROFILE + "/changes", JsonNode.class).size())
        .isEqualTo(before);
  }

  @Test
  void icpc01_onlyAServiceManagerChangesATimescale() {
    for (String user : new String[] {"tom", "sarah"}) {
      ResponseEntity<JsonNode> refused = change(user, Map.of("timescale", "5 working days", "reason", "Faster"));
      assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody().get("message").asText()).contains("csc-service-manager", user);
    }
    assertThat(rest.exchange(ICPC_01, HttpMethod.PUT, new HttpEntity<>(Map.of("timescale", "5 working days",
        "reason", "Faster")), String.class).getStatusCode()).as("no log-in").isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(as("sunita").getForObject("/api/standards/profiles/" + PROFILE + "/changes", JsonNode.class).toString())
        .doesNotContain("5 working days");
  }

  /** From Monday 7 December 2026: twelve working days end Wednesday 23 December, national's fifteen Wednesday 30th. */
  @Test
  void icpc01_thePreviewShowsEachStepsDueDateUnderAProposedChangeWithoutMakingIt() {
    ResponseEntity<JsonNode> preview = as("tom").getForEntity("/api/standards/profiles/" + PROFILE
        + "/preview?from=2026-12-07&rule=ICPC-01&timescale=12 working days", JsonNode.class);
    assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode convene = null;
    for (JsonNode step : preview.getBody().get("steps")) {
      if ("ConveneInitialConference".equals(step.get("step").asText())) {
        convene = step;
      }
    }
    assertThat(convene).isNotNull();
    assertThat(convene.get("ruleId").asText()).isEqualTo("ICPC-01");
    assertThat(convene.get("timescale").asText()).isEqualTo("12 working days");
    assertThat(convene.get("due").asText()).isEqualTo("2026-12-23T23:59:59");
    assertThat(convene.get("nationalDue").asText()).isEqualTo("2026-12-30T23:59:59");
    assertThat(preview.getBody().get("steps").size()).as("every pathway's steps").isGreaterThan(50);
    assertThat(as("tom").getForObject("/api/standards/profiles/" + PROFILE + "/changes", JsonNode.class).toString())
        .as("a preview records nothing").doesNotContain("12 working days");

    ResponseEntity<JsonNode> bad = as("tom").getForEntity("/api/standards/profiles/" + PROFILE
        + "/preview?from=2026-12-07&rule=ICPC-01&timescale=soon", JsonNode.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody().get("message").asText()).contains("ICPC-01", "'soon' is not a timescale");
  }

  /** What Cockpit's "Local timescales" page reads first: the profiles, and whether the caller may change one. */
  @Test
  void theProfilesAreListedNationalFirstWithWhetherTheCallerMayChangeATimescale() {
    JsonNode sunita = as("sunita").getForObject("/api/standards/profiles", JsonNode.class);
    assertThat(sunita.get("userId").asText()).isEqualTo("sunita");
    assertThat(sunita.get("mayChange").asBoolean()).isTrue();
    assertThat(sunita.get("readOnlyBecause").isNull()).isTrue();
    List<String> ids = new ArrayList<>();
    sunita.get("profiles").forEach(profile -> ids.add(profile.get("id").asText()));
    assertThat(ids.get(0)).isEqualTo("national");
    assertThat(ids).contains("manchester", "oxfordshire", PROFILE);
    assertThat(ids.subList(1, ids.size())).isSorted();
    assertThat(sunita.get("profiles").get(0).get("name").asText()).isNotBlank();

    JsonNode tom = as("tom").getForObject("/api/standards/profiles", JsonNode.class);
    assertThat(tom.get("mayChange").asBoolean()).isFalse();
    assertThat(tom.get("readOnlyBecause").asText())
        .isEqualTo("A local timescale is changed by a service manager (csc-service-manager), and tom is not one");
    assertThat(as("paul").getForEntity("/api/standards/profiles", JsonNode.class).getStatusCode()).as("police")
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity("/api/standards/profiles", String.class).getStatusCode()).as("no log-in")
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  /**
   * Cockpit's page changes a timescale through Cockpit's session at its own address, guarded by the
   * webapps' CSRF token; the same session at the REST address may only read. LAC-02 of the fixture
   * authority, which no test counts by (no looked after child runs under it).
   */
  @Test
  void lac02_cockpitsSessionChangesATimescaleWithItsCsrfTokenAndOnlyAServiceManagerMay() throws Exception {
    String path = "/camunda/api/safeguarding/standards/profiles/" + PROFILE + "/rules/LAC-02";
    int before = as("sunita").getForObject("/api/standards/profiles/" + PROFILE + "/changes", JsonNode.class).size();
    WebappSession.Browser sunita = WebappSession.Browser.signIn(port, "cockpit", "sunita");

    HttpResponse<String> invalid = sunita.send("PUT", path, "{\"timescale\": \"soon\", \"reason\": \"Typo\"}", true);
    assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(400);
    assertThat(JSON.readTree(invalid.body()).get("message").asText()).contains("LAC-02", "'soon' is not a timescale");

    HttpResponse<String> changed = sunita.send("PUT", path,
        "{\"timescale\": \"7 working days\", \"reason\": \"The IRO service tells the network within 7 working days\"}", true);
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    JsonNode change = JSON.readTree(changed.body());
    assertThat(change.get("changedBy").asText()).isEqualTo("sunita");
    assertThat(change.get("oldTimescale").asText()).isEqualTo("5 working days");
    assertThat(change.get("newTimescale").asText()).isEqualTo("7 working days");

    HttpResponse<String> forged = sunita.send("PUT", path, "{\"timescale\": \"3 working days\", \"reason\": \"Forged\"}", false);
    assertThat(forged.statusCode()).as("no CSRF token").isEqualTo(403);
    HttpResponse<String> onlyReads = sunita.send("PUT", "/api/standards/profiles/" + PROFILE + "/rules/LAC-02",
        "{\"timescale\": \"3 working days\", \"reason\": \"Session at the REST address\"}", true);
    assertThat(onlyReads.statusCode()).as("a session may only read at the REST address").isEqualTo(401);

    WebappSession.Browser tom = WebappSession.Browser.signIn(port, "cockpit", "tom");
    HttpResponse<String> refused = tom.send("PUT", path, "{\"timescale\": \"3 working days\", \"reason\": \"Faster\"}", true);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(refused.body()).get("message").asText())
        .isEqualTo("A local timescale is changed by a service manager (csc-service-manager), and tom is not one");

    JsonNode audit = as("tom").getForObject("/api/standards/profiles/" + PROFILE + "/changes", JsonNode.class);
    assertThat(audit.size()).as("only sunita's valid change is recorded").isEqualTo(before + 1);
    assertThat(rule(as("tom").getForObject("/api/standards/profiles/" + PROFILE, JsonNode.class), "LAC-02")
        .get("timescale").asText()).isEqualTo("7 working days");
  }

  private static final ObjectMapper JSON = new ObjectMapper();


  private ConferenceScenario conferenceRequested() {
    Map<String, Object> referral = StrategyDiscussionScenario.referral(uniqueCaseReference(), "2026-12-09");
    referral.put("standardsProfile", PROFILE);
    ConferenceScenario conference = new ConferenceScenario(engine, referral.get("caseReference").toString());
    conference.requestConference(referral, day -> {
      clockAt(day);
      return null;
    });
    return conference;
  }

  private static JsonNode rule(JsonNode profile, String ruleId) {
    for (JsonNode rule : profile.get("rules")) {
      if (ruleId.equals(rule.get("ruleId").asText())) {
        return rule;
      }
    }
    throw new AssertionError(ruleId + " not in " + profile.get("id"));
  }

  private ResponseEntity<JsonNode> change(String user, Map<String, String> body) {
    return as(user).exchange(ICPC_01, HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class);
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, user + "-demo");
  }
}
