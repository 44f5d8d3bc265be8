package uk.safeguarding.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.childcase.WorkReassignments;

/**
 * Leavers and movers (issue 23): a social worker signed in through the council's provider, whose groups
 * are the council's directory's, is taken out of the directory. Their next request is refused and their
 * session ends; the task they had claimed is back in social care's queue, unclaimed, and the move is kept
 * for the child's chronology and the managers. A social worker moved to the team managers' group keeps
 * their session with the new group's rights, and their social worker task goes back to the queue. A leaver
 * who never signs in again has their claimed work returned by the leavers' sweep, once.
 */
class LeaversAndMoversTest extends SignInTestBase {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  @Autowired
  WorkReassignments reassignments;

  @Autowired
  LeaversSweep sweep;

  @Test
  void aLeaverIsRefusedAtTheirNextRequestAndTheirClaimedTaskIsBackInTheQueue() throws Exception {
    String caseReference = uniqueCaseReference();
    Task claimed = contribution(strategyDiscussion(caseReference, "Amy Leaver"), "csc-social-worker");
    engine.getTaskService().claim(claimed.getId(), "lee");
    HttpClient lee = signedInThroughTheCouncil("lee");
    String myTasks = "/camunda/api/engine/engine/default/task?assignee=lee";
    HttpResponse<String> before = lee.send(get(myTasks), HttpResponse.BodyHandlers.ofString());
    assertThat(before.statusCode()).as(before.body()).isEqualTo(200);
    assertThat(before.body()).as("signed in, lee works their claimed task").contains(claimed.getId());

    TestDirectory.remove("lee");

    HttpResponse<String> after = lee.send(get(myTasks), HttpResponse.BodyHandlers.ofString());
    assertThat(after.statusCode()).isEqualTo(401);
    assertThat(after.body()).contains("lee no longer has access");
    Task back = engine.getTaskService().createTaskQuery().taskId(claimed.getId()).singleResult();
    assertThat(back.getAssignee()).as("back in the queue, claimed by nobody").isNull();
    assertThat(engine.getTaskService().getIdentityLinksForTask(back.getId()))
        .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && "csc-social-worker".equals(link.getGroupId()));
    assertThat(reassignments.forCase(caseReference)).singleElement().satisfies(returned -> {
      assertThat(returned.taskId()).isEqualTo(claimed.getId());
      assertThat(returned.from()).isEqualTo("lee");
      assertThat(returned.to()).isNull();
      assertThat(returned.reason()).isEqualTo("lee is no longer in the directory (a leaver)");
    });
    HttpResponse<String> again = lee.send(get(myTasks), HttpResponse.BodyHandlers.ofString());
    assertThat(again.statusCode()).as("the session has ended: nobody is signed in").isEqualTo(401);
  }

  @Test
  void aMoverKeepsAccessWithTheirNewGroupAndTheWorkOfTheGroupTheyLeftIsBackInTheQueue() throws Exception {
    String caseReference = uniqueCaseReference();
    Task claimed = contribution(strategyDiscussion(caseReference, "Amy Mover"), "csc-social-worker");
    engine.getTaskService().claim(claimed.getId(), "max");
    HttpClient max = signedInThroughTheCouncil("max");
    assertThat(max.send(get("/camunda/app/tasklist/default/"), HttpResponse.BodyHandlers.ofString()).statusCode())
        .as("Tasklist opened: the webapps' session is max's").isEqualTo(200);
    String profile = "/camunda/api/admin/auth/user/default";
    HttpResponse<String> before = max.send(get(profile), HttpResponse.BodyHandlers.ofString());
    assertThat(before.statusCode()).isEqualTo(200);
    assertThat(before.body()).contains("tasklist").doesNotContain("cockpit");

    TestDirectory.move("max", TestDirectory.SOCIAL_WORKERS, TestDirectory.TEAM_MANAGERS);

    HttpResponse<String> after = max.send(get(profile), HttpResponse.BodyHandlers.ofString());
    assertThat(after.statusCode()).as("still with the council, now a team manager").isEqualTo(200);
    assertThat(after.body()).as("a team manager's apps from this request on").contains("cockpit");
    assertThat(engine.getTaskService().createTaskQuery().taskId(claimed.getId()).singleResult().getAssignee())
        .as("a social worker's task, and max is no longer one: back in the queue").isNull();
    assertThat(reassignments.forCase(caseReference)).singleElement()
        .satisfies(returned -> assertThat(returned.reason()).isEqualTo("max is no longer in csc-social-worker in the directory (a mover)"));
  }

  @Test
  void aLeaverWhoNeverReturnsHasTheirClaimedWorkBackInTheQueueAtTheNextSweepOnce() throws Exception {
    String caseReference = uniqueCaseReference();
    String instance = strategyDiscussion(caseReference, "Amy Sweep");
    Task claimed = contribution(instance, "csc-social-worker");
    engine.getTaskService().claim(claimed.getId(), "nia");
    Task police = contribution(instance, "police");
    engine.getTaskService().claim(police.getId(), "pc-patel");

    assertThat(sweep.sweep()).as("nia is still in the directory").doesNotContain("nia");
    TestDirectory.remove("nia");
    assertThat(sweep.sweep()).as("nia left and never signed in again").contains("nia").doesNotContain("pc-patel");
    assertThat(sweep.sweep()).as("the next sweep, or another node's, finds nothing more of hers").doesNotContain("nia");

    assertThat(engine.getTaskService().createTaskQuery().taskId(claimed.getId()).singleResult().getAssignee())
        .as("back in social care's queue").isNull();
    assertThat(engine.getTaskService().createTaskQuery().taskId(police.getId()).singleResult().getAssignee())
        .as("a police officer's groups are the force's provider's, not the directory's: not a leaver").isEqualTo("pc-patel");
    assertThat(reassignments.forCase(caseReference)).singleElement().satisfies(returned -> {
      assertThat(returned.taskId()).isEqualTo(claimed.getId());
      assertThat(returned.reason()).isEqualTo("nia is no longer in the directory (a leaver)");
    });
  }

  /** Signs in as a browser would: the application's sign-in with the council, the provider's form, back. */
  private static HttpClient signedInThroughTheCouncil(String userId) throws IOException, InterruptedException {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    HttpResponse<String> form = browser.send(get("/oauth2/authorization/council"), HttpResponse.BodyHandlers.ofString());
    Matcher csrf = CSRF.matcher(form.body());
    assertThat(csrf.find()).as("the provider's sign-in form: " + form.body()).isTrue();
    String fields = "username=" + userId + "&password=" + TestIdentityProvider.password(userId)
        + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> back = browser.send(HttpRequest.newBuilder(form.uri().resolve("/login"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(fields)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(back.uri().getPort()).as("back at the application after signing in: " + back.uri()).isEqualTo(PORT);
    return browser;
  }

  private static HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + path)).GET().build();
  }
}
