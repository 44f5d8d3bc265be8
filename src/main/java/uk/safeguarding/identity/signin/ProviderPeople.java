package uk.safeguarding.identity.signin;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads the people each agency's provider signs in: their user id from the provider's claim, and our
 * agency and role groups from the provider's groups through {@code safeguarding.sign-in.providers.<id>.groups}.
 * A person who is in none of the mapped groups is not signed in: they would have no work to see.
 */
class ProviderPeople {

  private final SignInSettings settings;
  private final ClientRegistrationRepository registrations;

  ProviderPeople(SignInSettings settings, ClientRegistrationRepository registrations) {
    this.settings = settings;
    this.registrations = registrations;
  }

  /** Tasklist, Cockpit, Admin and our pages: the person from the provider's ID token and user info. */
  OAuth2UserService<OidcUserRequest, OidcUser> oidcUsers() {
    OidcUserService standard = new OidcUserService();
    return request -> {
      OidcUser user = standard.loadUser(request);
      String registrationId = request.getClientRegistration().getRegistrationId();
      SignInSettings.Provider provider = settings.provider(registrationId);
      Set<String> ours = provider.ourGroups(claimList(user.getClaims(), provider.getGroupsClaim()));
      String userId = user.getClaimAsString(provider.getUserIdClaim());
      if (userId == null || userId.isBlank()) {
        throw refused("The sign-in from " + registrationId + " has no " + provider.getUserIdClaim() + " to know you by");
      }
      if (ours.isEmpty() && !provider.isGroupsFromDirectory()) {
        throw refused(userId + " is in none of the groups " + registrationId + " may sign in for");
      }
      return new DefaultOidcUser(SignedInPerson.authorities(ours, provider.isGroupsFromDirectory()), user.getIdToken(),
          user.getUserInfo(), provider.getUserIdClaim());
    };
  }

  /**
   * Systems on /engine-rest and /api: a bearer token from any of the providers (by its issuer), its
   * person and groups read as at sign-in. Each provider's keys are fetched when its first token comes.
   */
  AuthenticationManagerResolver<HttpServletRequest> bearerTokens() {
    Map<String, String> registrationByIssuer = new ConcurrentHashMap<>();
    if (registrations instanceof Iterable<?> all) {
      for (Object each : all) {
        ClientRegistration registration = (ClientRegistration) each;
        String issuer = registration.getProviderDetails().getIssuerUri();
        if (issuer != null) {
          registrationByIssuer.put(issuer, registration.getRegistrationId());
        }
      }
    }
    Map<String, AuthenticationManager> managers = new ConcurrentHashMap<>();
    return new JwtIssuerAuthenticationManagerResolver(issuer -> {
      String registrationId = registrationByIssuer.get(issuer);
      return registrationId == null ? null : managers.computeIfAbsent(issuer, trusted -> manager(trusted, registrationId));
    });
  }

  private AuthenticationManager manager(String issuer, String registrationId) {
    SignInSettings.Provider provider = settings.provider(registrationId);
    JwtAuthenticationProvider tokens = new JwtAuthenticationProvider(JwtDecoders.fromIssuerLocation(issuer));
    tokens.setJwtAuthenticationConverter(jwt -> {
      Set<String> ours = provider.ourGroups(claimList(jwt.getClaims(), provider.getGroupsClaim()));
      String userId = jwt.getClaimAsString(provider.getUserIdClaim());
      return new JwtAuthenticationToken(jwt, SignedInPerson.authorities(ours, provider.isGroupsFromDirectory()),
          userId == null ? jwt.getSubject() : userId);
    });
    return tokens::authenticate;
  }

  private static List<String> claimList(Map<String, Object> claims, String name) {
    Object value = claims.get(name);
    if (value instanceof Collection<?> many) {
      return many.stream().map(String::valueOf).toList();
    }
    return value == null ? List.of() : List.of(String.valueOf(value));
  }

  private static OAuth2AuthenticationException refused(String why) {
    return new OAuth2AuthenticationException(new OAuth2Error("access_denied", why, null), why);
  }
}
