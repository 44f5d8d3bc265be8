package uk.safeguarding.identity.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientProperties;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientPropertiesMapper;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * The agencies' providers ({@code spring.security.oauth2.client.registration.<id>}), each read from its
 * discovery document ({@code issuer-uri}) when it first answers, not all before the application may start.
 * Spring Boot's own repository reads every one at start-up, so one agency's provider being down stopped
 * the whole service for every agency. Here a provider that does not answer is logged by name, sign-in
 * through it is refused with a page that says so ({@link #refuseTheUnavailable}, 503), and it is asked
 * again at the next sign-in through it, so it is back as soon as it answers.
 *
 * <p>Iterated (the choice of providers at /login, the bearer tokens' issuers), every configured provider
 * is listed: as read from its discovery document, or, until it has answered, by its name and issuer only.
 */
class ReachableProviders implements ClientRegistrationRepository, Iterable<ClientRegistration> {

  private static final Logger LOG = LoggerFactory.getLogger(ReachableProviders.class);
  private static final String SIGN_IN_WITH = "/oauth2/authorization/";

  private final OAuth2ClientProperties configured;
  private final Map<String, ClientRegistration> read = new ConcurrentHashMap<>();

  ReachableProviders(OAuth2ClientProperties configured) {
    this.configured = configured;
    configured.getRegistration().keySet().forEach(this::findByRegistrationId);
  }

  @Override
  public ClientRegistration findByRegistrationId(String registrationId) {
    if (!configured.getRegistration().containsKey(registrationId)) {
      return null;
    }
    ClientRegistration known = read.get(registrationId);
    if (known != null) {
      return known;
    }
    // Not computeIfAbsent: a provider that is slow to answer must not hold up the others' sign-ins.
    Optional<ClientRegistration> now = readFromTheProvider(registrationId);
    now.ifPresent(registration -> read.putIfAbsent(registrationId, registration));
    return now.orElse(null);
  }

  private Optional<ClientRegistration> readFromTheProvider(String registrationId) {
    OAuth2ClientProperties one = new OAuth2ClientProperties();
    one.getRegistration().put(registrationId, configured.getRegistration().get(registrationId));
    one.getProvider().putAll(configured.getProvider());
    try {
      ClientRegistration registration = new OAuth2ClientPropertiesMapper(one).asClientRegistrations().get(registrationId);
      LOG.info("Sign-in through {} ({}) is available", registrationId, issuer(registrationId));
      return Optional.of(registration);
    } catch (RuntimeException unavailable) {
      LOG.warn("Sign-in through {} is unavailable: its provider at {} did not answer ({}). Sign-in through it is refused"
          + " and it is asked again at the next sign-in through it.", registrationId, issuer(registrationId), unavailable.getMessage());
      return Optional.empty();
    }
  }

  @Override
  public Iterator<ClientRegistration> iterator() {
    return configured.getRegistration().keySet().stream()
        .map(id -> Optional.ofNullable(read.get(id)).orElseGet(() -> namedOnly(id))).iterator();
  }

  /** A provider not yet read: enough for its link on the choice of providers and its issuer, not for a sign-in. */
  private ClientRegistration namedOnly(String registrationId) {
    OAuth2ClientProperties.Registration registration = configured.getRegistration().get(registrationId);
    String issuer = issuer(registrationId);
    return ClientRegistration.withRegistrationId(registrationId).clientId(registration.getClientId())
        .clientName(name(registrationId)).authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").authorizationUri(issuer).tokenUri(issuer)
        .issuerUri(issuer).build();
  }

  private String issuer(String registrationId) {
    OAuth2ClientProperties.Registration registration = configured.getRegistration().get(registrationId);
    String providerId = registration.getProvider() != null ? registration.getProvider() : registrationId;
    OAuth2ClientProperties.Provider provider = configured.getProvider().get(providerId);
    return provider == null ? null : provider.getIssuerUri();
  }

  private String name(String registrationId) {
    String name = configured.getRegistration().get(registrationId).getClientName();
    return name != null ? name : registrationId;
  }

  /**
   * A sign-in through a configured provider that does not answer: 503 and a page that says which and
   * what to do, before Spring Security's redirect to the provider (which would answer a bare 500).
   */
  OncePerRequestFilter refuseTheUnavailable() {
    return new OncePerRequestFilter() {
      @Override
      protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + SIGN_IN_WITH);
      }

      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        String registrationId = request.getRequestURI().substring(request.getContextPath().length() + SIGN_IN_WITH.length());
        if (!configured.getRegistration().containsKey(registrationId) || findByRegistrationId(registrationId) != null) {
          chain.doFilter(request, response);
          return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "60");
        response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
        String name = HtmlUtils.htmlEscape(name(registrationId));
        response.getWriter().write("""
            <!DOCTYPE html>
            <html lang="en-GB">
            <head><meta charset="utf-8"><title>Sign-in unavailable - Children's safeguarding</title></head>
            <body>
            <main>
            <h1>Sign-in through %s is not available at the moment</h1>
            <p>%s's sign-in service does not answer. Try again in a few minutes; if it goes on, tell your IT
            service desk. Nothing you have saved is lost.</p>
            <p><a href="%s">Back to the choice of sign-in</a></p>
            </main>
            </body>
            </html>
            """.formatted(name, name, HtmlUtils.htmlEscape(request.getContextPath() + "/login")));
      }
    };
  }
}
