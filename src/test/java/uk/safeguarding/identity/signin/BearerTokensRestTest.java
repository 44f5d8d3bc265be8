package uk.safeguarding.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * A police system calls the REST API with a bearer token from the force's provider (issue 23): it reads
 * the police contribution to a strategy discussion and nothing of social care's or health's, as a police
 * officer with HTTP Basic would; without a token, or with one the provider did not sign, it gets a 401.
 */
class BearerTokensRestTest extends SignInTestBase {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aPoliceSystemWithTheForcesTokenReadsPoliceWorkOnly() throws Exception {
    String instance = strategyDiscussion(uniqueCaseReference(), "Amy Bearer");
    String tasks = "/engine-rest/task?processInstanceId=" + instance;

    HttpResponse<String> withToken = http.send(restCall(tasks).header("Authorization", "Bearer " + policeSystemToken()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(withToken.statusCode()).as(withToken.headers().map() + " " + withToken.body()).isEqualTo(200);
    assertThat(JSON.readTree(withToken.body())).extracting(task -> task.get("id").asText())
        .containsExactly(contribution(instance, "police").getId());

    assertThat(http.send(restCall(tasks).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
        .as("no token, no password").isEqualTo(401);
    String forged = policeSystemToken();
    forged = forged.substring(0, forged.lastIndexOf('.') + 1) + "bm90LXRoZS1wcm92aWRlcnM";
    assertThat(http.send(restCall(tasks).header("Authorization", "Bearer " + forged).build(), HttpResponse.BodyHandlers.ofString())
        .statusCode()).as("a token the provider did not sign").isEqualTo(401);
  }

  private HttpRequest.Builder restCall(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + path)).GET();
  }

  /** The client credentials grant at the police issuer, as a force's system gets its token. */
  private String policeSystemToken() throws Exception {
    String client = Base64.getEncoder().encodeToString((TestIdentityProvider.SYSTEM + ":" + TestIdentityProvider.SYSTEM_SECRET)
        .getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(TestIdentityProvider.url() + "/police/oauth2/token"))
        .header("Authorization", "Basic " + client).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
    JsonNode answer = JSON.readTree(token.body());
    return answer.get("access_token").asText();
  }
}
