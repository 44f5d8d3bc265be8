package uk.safeguarding.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import uk.safeguarding.identity.signin.SignedInPerson;

/**
 * The person behind a request to one of our own endpoints, however they signed in: a REST client with
 * HTTP Basic (EngineRestSecurity sets the engine's authentication for the request), or Tasklist's
 * session (the webapps' authentication filter, which guards every path under /camunda/api/, holds the
 * session's log-in for the request). Nobody, when neither did.
 */
public record SignedIn(String userId, List<String> groupIds) {

  public SignedIn {
    groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
  }

  public static Optional<SignedIn> current(ProcessEngine engine) {
    Authentication basic = engine.getIdentityService().getCurrentAuthentication();
    if (basic != null && basic.getUserId() != null) {
      return Optional.of(new SignedIn(basic.getUserId(), basic.getGroupIds()));
    }
    Authentications webapp = Authentications.getCurrent();
    if (webapp != null && webapp.getAuthenticationForProcessEngine(engine.getName()) instanceof UserAuthentication user
        && user.getName() != null) {
      return Optional.of(new SignedIn(user.getName(), user.getGroupIds()));
    }
    return Optional.empty();
  }

  /**
   * Who made a request that has succeeded, for the record of it: on /engine-rest the person of its
   * bearer token (checked by signin/SignInSecurity) or the user of its HTTP Basic credentials
   * (EngineRestSecurity refuses a request whose credentials fail, so a success proves
   * them), on the webapps' API the user signed in to the session (a Basic header there proves nothing).
   */
  public static Optional<String> ofSucceededRequest(HttpServletRequest request, boolean engineRest, String engineName) {
    if (!engineRest) {
      return Optional.ofNullable(TasklistSessionAuthentication.tasklistUser(request.getSession(false), engineName));
    }
    Optional<SignedInPerson> bearer = SignedInPerson.current();
    if (bearer.isPresent()) {
      return bearer.map(SignedInPerson::userId);
    }
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String credentials = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = credentials.indexOf(':');
      return colon > 0 ? Optional.of(credentials.substring(0, colon)) : Optional.empty();
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }
}
