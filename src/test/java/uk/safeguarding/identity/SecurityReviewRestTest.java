package uk.safeguarding.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.WebappSession.Browser;

/**
 * What security reviewers ask for (issue 23 point 4), as a practitioner, an administrator and another
 * site meet it: sessions that end when idle, signing out everywhere, failed sign-ins slowed and locked
 * with a clear message, CSRF, cookies and headers. The operational endpoints are in OperationsTest,
 * secrets in NoSecretsInTheRepositoryTest. Each user here is one no other test signs in as.
 */
class SecurityReviewRestTest extends ProcessTestBase {

  static final String SESSION = "/camunda/api/safeguarding/session";
  static final String MY_SESSIONS = "/camunda/api/safeguarding/sessions";
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  TestRestTemplate rest;
  @LocalServerPort
  int port;
  @Autowired
  JdbcIndexedSessionRepository sessions;
  @Value("${spring.session.timeout}")
  Duration configuredSessionTimeout;
  @Autowired
  Environment environment;

  @Test
  void aSessionLeftIdlePastItsTimeoutIsSignedOutOnTheServer() throws InterruptedException {
    assertThat(configuredSessionTimeout).as("security.yaml, SAFEGUARDING_SESSION_IDLE_TIMEOUT unset").isEqualTo(Duration.ofMinutes(30));
    Browser working = Browser.signIn(port, "vera");
    assertThat(json(working.send("GET", SESSION, null)).get("timeoutSeconds").asInt()).isEqualTo(30 * 60);

    // Shortened on the running application's repository, as TasklistDraftsBrowserTest does, not in a context of its own.
    sessions.setDefaultMaxInactiveInterval(Duration.ofSeconds(2));
    Browser idle;
    try {
      idle = Browser.signIn(port, "vera");
    } finally {
      sessions.setDefaultMaxInactiveInterval(configuredSessionTimeout);
    }
    assertThat(idle.send("GET", SESSION, null).statusCode()).isEqualTo(200);
    Thread.sleep(2_500);

    assertThat(idle.send("GET", SESSION, null).statusCode()).as("idle for longer than its timeout").isEqualTo(401);
    assertThat(idle.send("GET", "/camunda/api/engine/engine/default/task/count", null).statusCode()).isEqualTo(401);
    assertThat(working.send("GET", SESSION, null).statusCode()).as("within its 30 minutes").isEqualTo(200);
  }

  @Test
  void aPersonSignsOutEverywhereWithTheirCsrfTokenAndAnotherSitesRequestWithoutItIsRefused() {
    Browser office = Browser.signIn(port, "lena");
    Browser phone = Browser.signIn(port, "lena");
    Browser laptop = Browser.signIn(port, "lena");
    Browser colleague = Browser.signIn(port, "erin");

    // What another site's page could make her laptop's browser send: her cookies, never her CSRF token.
    // Refused, and Camunda ends the session it came with; her other sessions stay.
    HttpResponse<String> forged = laptop.send("DELETE", MY_SESSIONS, null, false);
    assertThat(forged.statusCode()).as("CSRF protection is on").isEqualTo(403);
    assertThat(forged.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");
    assertThat(office.send("GET", SESSION, null).statusCode()).isEqualTo(200);
    assertThat(phone.send("GET", SESSION, null).statusCode()).isEqualTo(200);

    HttpResponse<String> ended = phone.send("DELETE", MY_SESSIONS, null, true);

    assertThat(ended.statusCode()).isEqualTo(200);
    assertThat(json(ended).get("sessionsEnded").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(office.send("GET", SESSION, null).statusCode()).isEqualTo(401);
    assertThat(phone.send("GET", SESSION, null).statusCode()).isEqualTo(401);
    assertThat(colleague.send("GET", SESSION, null).statusCode()).as("someone else's session").isEqualTo(200);
  }

  @Test
  void anAdministratorSignsALeaverOutEverywhereAndNobodyElseMay() {
    Browser leaver = Browser.signIn(port, "pat");

    ResponseEntity<String> notAnAdministrator = rest.withBasicAuth("tom", "tom-demo")
        .exchange("/api/users/pat/sessions", HttpMethod.DELETE, null, String.class);
    assertThat(notAnAdministrator.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(notAnAdministrator.getBody()).contains("Only an administrator");
    assertThat(leaver.send("GET", SESSION, null).statusCode()).isEqualTo(200);

    ResponseEntity<JsonNode> overRest = rest.withBasicAuth("admin", "admin-demo")
        .exchange("/api/users/pat/sessions", HttpMethod.DELETE, null, JsonNode.class);
    assertThat(overRest.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(overRest.getBody().get("sessionsEnded").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(leaver.send("GET", SESSION, null).statusCode()).isEqualTo(401);

    Browser again = Browser.signIn(port, "pat");
    Browser admin = Browser.signIn(port, "admin", "admin");
    assertThat(admin.send("DELETE", "/camunda/api/safeguarding/users/pat/sessions", null, true).statusCode()).isEqualTo(200);
    assertThat(again.send("GET", SESSION, null).statusCode()).as("from Admin's own session").isEqualTo(401);
  }

  @Test
  void failedSignInsSlowTheNextOneThenLockTheUserOnEveryWayInAndTheMessageSaysSo() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    IdentityService identity = engine.getIdentityService();
    String user = "locktest" + Long.toString(System.nanoTime(), 36);
    User created = identity.newUser(user);
    created.setPassword("right-" + user);
    identity.saveUser(created);
    try {
      assertThat(signIn(user, "right-" + user).getStatusCode()).isEqualTo(HttpStatus.OK);

      ResponseEntity<JsonNode> wrong = signIn(user, "guess");
      assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(wrong.getBody().get("message").asText()).contains("the user name or password is wrong, or the user is locked",
          "refused for 3 seconds", "after 10 wrong passwords in a row only an administrator can unlock the user");

      // Slowed: straight after a wrong password even the right one is refused, on REST and in Tasklist.
      assertThat(signIn(user, "right-" + user).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(Browser.anonymous(port, "tasklist").send("POST", "/camunda/api/admin/auth/user/default/login/tasklist",
          "username=" + user + "&password=" + URLEncoder.encode("right-" + user, StandardCharsets.UTF_8)).statusCode()).isEqualTo(401);
      later(Duration.ofSeconds(4));
      assertThat(signIn(user, "right-" + user).getStatusCode()).as("after the wait; the count starts again").isEqualTo(HttpStatus.OK);

      for (int attempt = 1; attempt <= configuration.getLoginMaxAttempts(); attempt++) {
        later(Duration.ofSeconds(configuration.getLoginDelayMaxTime() + 1));
        assertThat(signIn(user, "guess " + attempt).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
      }
      later(Duration.ofDays(1));
      assertThat(signIn(user, "right-" + user).getStatusCode()).as("locked until an administrator unlocks").isEqualTo(HttpStatus.UNAUTHORIZED);

      identity.unlockUser(user);
      assertThat(signIn(user, "right-" + user).getStatusCode()).isEqualTo(HttpStatus.OK);
    } finally {
      identity.deleteUser(user);
    }
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteAndSecureWhenTheRequestCameOverTls() {
    HttpResponse<String> overHttp = firstVisit(false);
    String session = setCookie(overHttp, "SESSION");
    String csrf = setCookie(overHttp, "XSRF-TOKEN");

    assertThat(session).containsIgnoringCase("HttpOnly").contains("SameSite=Lax")
        .as("the demo over plain http still signs in").doesNotContainIgnoringCase("Secure");
    // Tasklist's own script reads the CSRF token from its cookie, so it cannot be HttpOnly.
    assertThat(csrf).contains("SameSite=Lax").doesNotContainIgnoringCase("HttpOnly");
    if (environment.acceptsProfiles(Profiles.of("postgres"))) {
      assertThat(csrf).as("production").containsIgnoringCase("Secure");
    } else {
      assertThat(csrf).doesNotContainIgnoringCase("Secure");
    }

    // Behind a load balancer that ends TLS (X-Forwarded-Proto from an internal address).
    assertThat(setCookie(firstVisit(true), "SESSION")).containsIgnoringCase("HttpOnly").contains("SameSite=Lax")
        .containsIgnoringCase("; Secure");
  }

  @Test
  void theWebappsAndOurOwnPagesSendTheSecurityHeaders() {
    ResponseEntity<String> tasklist = rest.getForEntity("/camunda/app/tasklist/", String.class);
    assertThat(tasklist.getHeaders().getFirst("Content-Security-Policy")).contains("'nonce-", "frame-ancestors 'none'");
    assertSecurityHeaders(tasklist);

    for (String ours : List.of("/child-case.html", "/returns.html", "/api/cases/CR-NONE/overview", "/engine-rest/task")) {
      ResponseEntity<String> page = rest.getForEntity(ours, String.class);
      assertThat(page.getHeaders().getFirst("Content-Security-Policy")).as(ours)
          .contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'").doesNotContain("unsafe");
      assertSecurityHeaders(page);
    }
    assertThat(rest.getForEntity("/api/cases/CR-NONE/overview", String.class).getHeaders().getCacheControl())
        .as("a child's record is never cached").isEqualTo("no-store");
  }

  private static void assertSecurityHeaders(ResponseEntity<?> response) {
    assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.getHeaders().getFirst("X-XSS-Protection")).isEqualTo("1; mode=block");
    assertThat(response.getHeaders().getFirst("Strict-Transport-Security")).isEqualTo("max-age=31536000");
  }

  private ResponseEntity<JsonNode> signIn(String user, String password) {
    return rest.withBasicAuth(user, password).getForEntity("/engine-rest/task?maxResults=1", JsonNode.class);
  }

  private static void later(Duration wait) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + wait.toMillis()));
  }

  private HttpResponse<String> firstVisit(boolean overTls) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/tasklist/"));
    if (overTls) {
      request.header("X-Forwarded-Proto", "https");
    }
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException failed) {
      throw new IllegalStateException(failed);
    }
  }

  private static String setCookie(HttpResponse<?> response, String name) {
    return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith(name + "="))
        .findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers().map()));
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException notJson) {
      throw new AssertionError(response.statusCode() + " " + response.body(), notJson);
    }
  }
}
