package uk.safeguarding.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.safeguarding.tasklist.BrowserJourney;

/**
 * Single sign-on in Chromium (issue 23): a police officer and a health visitor sign in through their own
 * agency's provider, from the application's choice of providers, and Tasklist shows each only their
 * agency's contribution to a strategy discussion, as it does for the demo's users; a council team manager
 * whose group is in the council's directory opens Cockpit, and the police officer cannot. The police officer's
 * "Log out" signs them out at the force's provider too: signing in again asks for their password. Driven by
 * {@code src/browser-test/sign-in.js}.
 */
@Tag(BrowserJourney.TAG)
class SignInBrowserTest extends SignInTestBase {

  @Test
  void policeAndHealthSignInThroughTheirProvidersAndSeeOnlyTheirAgencysWorkAndOnlyAManagerOpensCockpit() throws Exception {
    String chromium = BrowserJourney.requireChromium();
    String caseReference = uniqueCaseReference();
    String instance = strategyDiscussion(caseReference, "Amy Signed-In");
    String police = contribution(instance, "police").getId();
    String health = contribution(instance, "health").getId();

    BrowserJourney.Run run = BrowserJourney.run(chromium, "sign-in.js", "sign-in", "--base-url", "http://localhost:" + PORT,
        "--case-reference", caseReference, "--screenshots", BrowserJourney.OUTPUT.toAbsolutePath().toString(),
        "--people", String.join(",", person("pc-patel", "Northshire Police", "tasks+signout"),
            person("hv-hughes", "Northshire NHS Trust", "tasks"), person("tina", "Northshire Council", "cockpit")));
    assertThat(run.exitCode()).as(BrowserJourney.failure(run)).isZero();

    assertThat(run.line("SIGNED-IN pc-patel")).isEqualTo("pc-patel");
    assertThat(run.line("TASKS pc-patel")).as("police see the police contribution, not social care's or health's")
        .isEqualTo(police);
    assertThat(run.line("SIGNED-IN hv-hughes")).isEqualTo("hv-hughes");
    assertThat(run.line("TASKS hv-hughes")).as("health see the health contribution only").isEqualTo(health);
    assertThat(run.line("SIGNED-IN tina")).isEqualTo("tina");
    assertThat(run.line("COCKPIT tina")).as("a team manager in the council's directory opens Cockpit").isEqualTo("dashboard");
    assertThat(run.line("COCKPIT pc-patel")).as("a police officer may not open Cockpit").isEqualTo("refused");
    assertThat(run.line("SIGNED-OUT pc-patel")).as("Tasklist's Log out lands on a page that says so").isEqualTo("You have signed out");
    assertThat(run.line("SIGNED-IN-AGAIN pc-patel")).as("signed out at the force's provider too: it asks for the password again")
        .isEqualTo("password");
  }

  private static String person(String userId, String provider, String check) {
    return userId + ":" + provider + ":" + TestIdentityProvider.password(userId) + ":" + check;
  }
}
