package uk.safeguarding.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * The engine's user for a request, for Camunda's own authentication filters: the person an agency's
 * provider signed in (Spring Security has checked the sign-in or the bearer token before this filter),
 * else HTTP Basic, whose password the engine's identity checks (a directory's bind, or a local password
 * where those are allowed: {@link SignInIdentity}).
 *
 * <p>The webapps (Tasklist, Cockpit, Admin) take it through their container-based authentication
 * ({@code ContainerBasedAuthenticationFilter}, registered by {@link SignInSecurity} when providers are
 * configured); /engine-rest and /api through identity/EngineRestSecurity. Groups come with the person
 * when the provider's are ours; when the directory holds them, the engine reads them from it.
 */
public class ProviderOrBasicAuthentication implements AuthenticationProvider {

  private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    return SignedInPerson.current().map(person -> {
      AuthenticationResult result = AuthenticationResult.successful(person.userId());
      result.setGroups(person.groupsFromDirectory() ? null : person.groups());
      return result;
    }).orElseGet(() -> basic.extractAuthenticatedUser(request, engine));
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    basic.augmentResponseByAuthenticationChallenge(response, engine);
  }
}
