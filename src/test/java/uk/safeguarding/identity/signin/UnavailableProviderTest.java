package uk.safeguarding.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * One agency's provider is down (issue 23): the schools' provider did not answer when the application
 * started, and the application started all the same, for every other agency. Sign-in through the schools
 * is refused with a page that says so (503) while the choice of providers still offers it; once the
 * provider answers, the next sign-in through it goes to the provider, with no restart.
 */
class UnavailableProviderTest extends SignInTestBase {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aProviderDownAtStartIsRefusedByNameAndUsedOnceItAnswers() throws Exception {
    HttpResponse<String> refused = get("/oauth2/authorization/schools");
    assertThat(refused.statusCode()).isEqualTo(503);
    assertThat(refused.body()).contains("Sign-in through Northshire Schools is not available at the moment");
    HttpResponse<String> choice = get("/login");
    assertThat(choice.body()).as("still offered, and the other agencies too").contains("Northshire Schools", "Northshire Police");
    assertThat(get("/oauth2/authorization/police").statusCode()).as("another agency's sign-in goes on").isEqualTo(302);

    HttpServer schools = schoolsProviderComesBack();
    try {
      HttpResponse<String> signIn = get("/oauth2/authorization/schools");
      assertThat(signIn.statusCode()).isEqualTo(302);
      assertThat(signIn.headers().firstValue("Location")).get().asString()
          .as("to the provider's own sign-in").startsWith(TestIdentityProvider.url() + "/police/oauth2/authorize");
    } finally {
      schools.stop(0);
    }
  }

  /**
   * The schools' provider answering at last: its discovery document (the test provider's, under the
   * schools' issuer), as an agency's provider back from an outage publishes it.
   */
  private HttpServer schoolsProviderComesBack() throws Exception {
    String issuer = "http://localhost:" + SCHOOLS_PORT + "/schools";
    String document = http.send(HttpRequest.newBuilder(URI.create(TestIdentityProvider.url() + "/police/.well-known/openid-configuration"))
        .build(), HttpResponse.BodyHandlers.ofString()).body()
        .replace("\"issuer\":\"" + TestIdentityProvider.url() + "/police\"", "\"issuer\":\"" + issuer + "\"");
    assertThat(document).contains(issuer);
    HttpServer server = HttpServer.create(new InetSocketAddress("localhost", SCHOOLS_PORT), 0);
    server.createContext("/schools/.well-known/openid-configuration", exchange -> {
      byte[] body = document.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    return server;
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
