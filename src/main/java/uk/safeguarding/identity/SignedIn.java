package uk.safeguarding.identity;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

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
}
