package uk.safeguarding.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import uk.safeguarding.identity.signin.ProviderOrBasicAuthentication;

/**
 * Who calls {@code /api/cases/*}: a practitioner signed in to Tasklist, or a REST client with HTTP Basic
 * or a provider's bearer token.
 *
 * <p>The child's case page (static/child-case.html) is opened from a Tasklist task, so its reads
 * carry Tasklist's session: the engine user of that session is the caller, with no second log-in.
 * Only reads: a session cookie goes with every request the browser sends, also one another site
 * makes it send, so anything that changes a case (a significant event, a failed visit) still needs
 * HTTP Basic credentials, which a browser never adds by itself. Groups are read again from the
 * identity service on every request (the filter does it when none are given here), so a practitioner
 * moved to another agency sees the cases of their new agency at once.
 *
 * <p>The page asks with {@code X-Requested-With}; it then gets a plain 401 without a Basic challenge,
 * which would otherwise open the browser's own log-in box instead of the page's message.
 */
public class TasklistSessionAuthentication implements AuthenticationProvider {

  static final Set<String> READS = Set.of("GET", "HEAD");
  static final String FROM_A_PAGE = "X-Requested-With";

  private final ProviderOrBasicAuthentication basic = new ProviderOrBasicAuthentication();
  private final ThreadLocal<Boolean> askedByAPage = ThreadLocal.withInitial(() -> false);

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    askedByAPage.set(request.getHeader(FROM_A_PAGE) != null && request.getHeader("Authorization") == null);
    if (request.getHeader("Authorization") == null && READS.contains(request.getMethod())) {
      String user = tasklistUser(request.getSession(false), engine.getName());
      if (user != null) {
        return AuthenticationResult.successful(user);
      }
    }
    return basic.extractAuthenticatedUser(request, engine);
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    if (!askedByAPage.get()) {
      basic.augmentResponseByAuthenticationChallenge(response, engine);
    }
    askedByAPage.remove();
  }

  /** The engine user signed in to the webapps (Tasklist, Cockpit) in this session, or null. */
  static String tasklistUser(HttpSession session, String engineName) {
    if (session == null) {
      return null;
    }
    Authentications signedIn = AuthenticationUtil.getAuthsFromSession(session);
    Authentication user = signedIn == null ? null : signedIn.getAuthenticationForProcessEngine(engineName);
    return user == null ? null : user.getIdentityId();
  }
}
