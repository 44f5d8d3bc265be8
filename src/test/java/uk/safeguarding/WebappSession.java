package uk.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

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
