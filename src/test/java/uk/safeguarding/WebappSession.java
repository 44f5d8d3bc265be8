package uk.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A person signed in to the webapps (Tasklist, Cockpit) as a browser would be, for tests over REST. */
public final class WebappSession {

  private WebappSession() {}

  /**
   * Logs in on the webapps' own log-in endpoint, as Tasklist's log-in form does (with the CSRF token
   * that Tasklist's first page sets); returns the cookies of the signed-in session as a Cookie header.
   */
  public static String signIn(TestRestTemplate rest, String user, String password) {
    Map<String, String> cookies = new LinkedHashMap<>();
    keepCookies(rest.getForEntity("/camunda/app/tasklist/", String.class), cookies);
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set(HttpHeaders.COOKIE, cookieHeader(cookies));
    headers.set("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    ResponseEntity<String> login = rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
        new HttpEntity<>(form, headers), String.class);
    assertThat(login.getStatusCode()).as(login.getBody()).isEqualTo(HttpStatus.OK);
    keepCookies(login, cookies);
    return cookieHeader(cookies);
  }

  /**
   * A person in Tasklist as a browser holds it, for what Tasklist sends (a form, a claim): the session's
   * cookies and the CSRF token the webapps want with every change. Log-in starts a new session without
   * a token; Tasklist's next page fetches one, and so does this.
   */
  public record Browser(HttpClient client, CookieManager cookies, String base) {

    /** Signed in to Tasklist. */
    public static Browser signIn(int port, String user) {
      return signIn(port, "tasklist", user);
    }

    /** Signed in to one of the webapps ({@code tasklist}, {@code cockpit}) on its own log-in form. */
    public static Browser signIn(int port, String app, String user) {
      Browser browser = anonymous(port, app);
      HttpResponse<String> login = browser.send("POST", "/camunda/api/admin/auth/user/default/login/" + app,
          "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
              + "&password=" + URLEncoder.encode(user + "-demo", StandardCharsets.UTF_8));
      assertThat(login.statusCode()).as("login: %s", login.body()).isEqualTo(200);
      browser.send("GET", "/camunda/app/" + app + "/", null);
      return browser;
    }

    /** The app's page opened by nobody signed in: a session and its CSRF token, no user. */
    public static Browser anonymous(int port, String app) {
      CookieManager cookies = new CookieManager();
      Browser browser = new Browser(HttpClient.newBuilder().cookieHandler(cookies).build(), cookies, "http://localhost:" + port);
      browser.send("GET", "/camunda/app/" + app + "/", null);
      return browser;
    }

    public String csrfToken() {
      return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
          .map(HttpCookie::getValue).reduce((first, last) -> last).orElseThrow();
    }

    /** A request from the app's page: JSON, or a form's fields when {@code body} is {@code a=b&c=d}; a change carries the CSRF token. */
    public HttpResponse<String> send(String method, String path, String body) {
      return send(method, path, body, body != null);
    }

    /** The same, with or without the CSRF token: without it is what another site's form or script would send. */
    public HttpResponse<String> send(String method, String path, String body, boolean withCsrfToken) {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
      if (body != null) {
        request.header("Content-Type", body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded");
      }
      if (withCsrfToken) {
        request.header("X-XSRF-TOKEN", csrfToken());
      }
      try {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException | InterruptedException failed) {
        throw new IllegalStateException(method + " " + path, failed);
      }
    }
  }

  private static void keepCookies(ResponseEntity<?> response, Map<String, String> cookies) {
    for (String cookie : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
      String[] nameAndValue = cookie.split(";", 2)[0].split("=", 2);
      cookies.put(nameAndValue[0], nameAndValue[1]);
    }
  }

  private static String cookieHeader(Map<String, String> cookies) {
    return cookies.entrySet().stream().map(cookie -> cookie.getKey() + "=" + cookie.getValue())
        .reduce((a, b) -> a + "; " + b).orElseThrow();
  }
}
