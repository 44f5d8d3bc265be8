package uk.safeguarding.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.HtmlUtils;
import uk.safeguarding.operations.AnswerHeldBack;

/**
 * Signing out under single sign-on ends the agency provider's session too (OpenID Connect RP-initiated
 * logout), or the next visit would be signed straight back in by the provider without a password.
 *
 * <ol>
 *   <li>Tasklist's, Cockpit's and Admin's "Log out" is the webapps' own {@code POST .../auth/user/{engine}/logout},
 *       with their CSRF token. Once it has succeeded, {@link #afterTheWebappsSignOut} ends the provider's
 *       sign-in in our session (Spring Security's context) and keeps in the session only where the
 *       provider ends its own: its {@code end_session_endpoint} with the ID token as hint
 *       ({@link OidcClientInitiatedLogoutSuccessHandler}'s address).</li>
 *   <li>The webapps then show their log-in route; the script {@code single-sign-out.js} sends the browser to
 *       {@value #SIGNED_OUT} instead, and a reload or any page (the idle time-out's sign-out reloads) goes
 *       there too ({@link #signOutPending}).</li>
 *   <li>{@value #SIGNED_OUT} ends the session and sends the browser to the provider, which ends its
 *       session and sends it back to {@value #SIGNED_OUT}: a page that says so, with a way to sign in again.</li>
 * </ol>
 *
 * The provider is sent only where the person asked to sign out (the webapps' sign-out is CSRF-protected),
 * so another site cannot sign anyone out of their agency's provider. Without providers (the demo) the
 * page is there but the webapps keep their own log-in page.
 */
@RestController
public class SigningOut {

  static final String SIGNED_OUT = "/signed-out";
  /** Where the provider ends its session, kept in the session between the webapps' sign-out and {@value #SIGNED_OUT}. */
  private static final String PENDING = SigningOut.class.getName() + ".atProvider";

  private final ObjectProvider<ClientRegistrationRepository> providers;

  public SigningOut(ObjectProvider<ClientRegistrationRepository> providers) {
    this.providers = providers;
  }

  /** What the webapps' script asks on their log-in route: does signing out go through a provider here? */
  @GetMapping(path = SIGNED_OUT, produces = MediaType.APPLICATION_JSON_VALUE)
  public Map<String, Object> howSigningOutWorks() {
    return Map.of("singleSignOn", providers.getIfAvailable() != null);
  }

  @GetMapping(path = SIGNED_OUT, produces = MediaType.TEXT_HTML_VALUE)
  public ResponseEntity<String> signedOut(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(PENDING) instanceof AtProvider provider) {
      session.invalidate();
      return ResponseEntity.status(HttpServletResponse.SC_FOUND).header("Location", provider.endSession()).build();
    }
    return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).header("Cache-Control", "no-store").body(page(request));
  }

  private static String page(HttpServletRequest request) {
    String tasklist = HtmlUtils.htmlEscape(request.getContextPath() + "/camunda/app/tasklist/default/");
    return """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head><meta charset="utf-8"><title>Signed out - Children's safeguarding</title>
        <meta name="viewport" content="width=device-width, initial-scale=1"></head>
        <body>
        <main>
        <h1>You have signed out</h1>
        <p>You are signed out of children's safeguarding, and of your agency's sign-in on this computer.
        Close the browser if others use this computer.</p>
        <p><a href="%s">Sign in again</a></p>
        </main>
        </body>
        </html>
        """.formatted(tasklist);
  }

  /** Spring Security's address of a provider's end-session endpoint, for the person signed in through it. */
  private static final class ProviderEndSession extends OidcClientInitiatedLogoutSuccessHandler {

    ProviderEndSession(ClientRegistrationRepository registrations) {
      super(registrations);
      setPostLogoutRedirectUri("{baseUrl}" + SIGNED_OUT);
      // A provider that publishes no end_session_endpoint: the page only (its own session is its to end).
      setDefaultTargetUrl(SIGNED_OUT);
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response, Authentication signedIn) {
      return super.determineTargetUrl(request, response, signedIn);
    }
  }

  /** The provider's end-session address, kept from the sign-out to {@value #SIGNED_OUT}. */
  record AtProvider(String endSession) implements Serializable {}

  /** A session whose person has signed out of the webapps but not yet of their provider. */
  static RequestMatcher signOutPending() {
    return request -> {
      HttpSession session = request.getSession(false);
      return session != null && session.getAttribute(PENDING) != null;
    };
  }

  /**
   * After the webapps' own sign-out has succeeded: the provider's sign-in leaves the session, and where
   * the provider ends its own session is kept for {@value #SIGNED_OUT}, before the answer goes. The session
   * itself stays: {@value #SIGNED_OUT} ends it.
   */
  static OncePerRequestFilter afterTheWebappsSignOut(ObjectProvider<ClientRegistrationRepository> registrations) {
    // The webapps' answer is held back until the session says where the provider ends its own: sent
    // first, the browser could ask for /signed-out before the session (saved as the answer goes) says so.
    return new AnswerHeldBack(uri -> uri.endsWith("/logout")) {
      @Override
      protected void beforeItGoes(HttpServletRequest request, ContentCachingResponseWrapper answer) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (answer.getStatus() / 100 == 2 && signedIn != null && session != null) {
          String atProvider = new ProviderEndSession(registrations.getObject()).determineTargetUrl(request, answer, signedIn);
          session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
          SecurityContextHolder.clearContext();
          session.setAttribute(PENDING, new AtProvider(atProvider));
        }
      }
    };
  }
}
