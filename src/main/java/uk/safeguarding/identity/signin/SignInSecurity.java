package uk.safeguarding.identity.signin;

import jakarta.servlet.DispatcherType;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.autoconfigure.security.oauth2.client.ClientsConfiguredCondition;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Single sign-on through each agency's OpenID Connect provider, with Spring Security, when
 * {@code spring.security.oauth2.client.registration.<agency>} is configured (docs/operations.md, "Sign-in"):
 *
 * <ul>
 *   <li>Tasklist, Cockpit, Admin and our own pages need a sign-in through one of the providers (a choice
 *       of them at /login when there are several). The webapps take the person through their
 *       container-based authentication ({@link ProviderOrBasicAuthentication}); Camunda's own CSRF
 *       protection and security headers stay theirs, as without single sign-on.</li>
 *   <li>/engine-rest and /api take a provider's bearer token (a JWT, checked against the issuer's keys)
 *       besides HTTP Basic, which identity/EngineRestSecurity still checks.</li>
 * </ul>
 *
 * With no provider configured, as in the demo, Spring Security does nothing here: Camunda's own login,
 * its CSRF protection and its headers are as they were before Spring Security was on the classpath.
 */
@Configuration
// Spring Boot binds these only where it reads the providers itself; ReachableProviders reads them instead.
@EnableConfigurationProperties(OAuth2ClientProperties.class)
public class SignInSecurity {

  static final String[] REST = {"/engine-rest/**", "/api/**"};

  /** /engine-rest and /api: a bearer token from a provider, checked here; HTTP Basic and the engine's checks after. */
  @Bean
  @Order(1)
  SecurityFilterChain restSignIn(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> providers,
      SignInSettings settings) throws Exception {
    // Path patterns of the servlet path as such: /engine-rest is Jersey's servlet, not Spring MVC's.
    http.securityMatcher(new OrRequestMatcher(Arrays.stream(REST).<RequestMatcher>map(AntPathRequestMatcher::new).toList()));
    leaveToCamunda(http);
    ClientRegistrationRepository registrations = providers.getIfAvailable();
    if (registrations != null) {
      // Only the request's own token counts here, never the webapps' session: a session cookie comes with
      // any request a browser is made to send, so the session reads only (identity/TasklistSessionAuthentication).
      http.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
          .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
          .oauth2ResourceServer(tokens -> tokens
              .authenticationManagerResolver(new ProviderPeople(settings, registrations).bearerTokens()));
    }
    return http.build();
  }

  /** The agencies' providers, each read when it answers: one that is down does not stop the service. */
  @Bean
  @Conditional(ClientsConfiguredCondition.class)
  ReachableProviders agencyProviders(OAuth2ClientProperties configured) {
    return new ReachableProviders(configured);
  }

  /** Every other path: a sign-in through an agency's provider when there are any, else nothing of Spring Security's. */
  @Bean
  @Order(2)
  SecurityFilterChain webappSignIn(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> providers,
      SignInSettings settings, @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) throws Exception {
    ClientRegistrationRepository registrations = providers.getIfAvailable();
    if (registrations == null) {
      leaveToCamunda(http);
      return http.build();
    }
    if (registrations instanceof ReachableProviders reachable) {
      http.addFilterBefore(reachable.refuseTheUnavailable(), OAuth2AuthorizationRequestRedirectFilter.class);
    }
    http.headers(AbstractHttpConfigurer::disable)
        .authorizeHttpRequests(paths -> paths
            // probes and metrics are the monitoring system's; the errors page is shown to whoever gets an error
            .requestMatchers("/actuator/**", "/error", "/favicon.ico", SigningOut.SIGNED_OUT).permitAll()
            .anyRequest().authenticated())
        .oauth2Login(signIn -> signIn.userInfoEndpoint(people -> people
            .oidcUserService(new ProviderPeople(settings, registrations).oidcUsers())))
        // The webapps' own XHR calls get a 401, not a sign-in page as the answer to a JSON request.
        .exceptionHandling(refusal -> refusal.defaultAuthenticationEntryPointFor(
            new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), new AntPathRequestMatcher(webapps + "/api/**"))
            // Signed out of the webapps, not yet of the provider: there first, not to a sign-in it would answer at once.
            .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(SigningOut.SIGNED_OUT),
                SigningOut.signOutPending()))
        // Spring Security's CSRF protection guards its own sign-in and sign-out; Camunda's guards the webapps.
        .csrf(csrf -> csrf.ignoringRequestMatchers(new AntPathRequestMatcher(webapps + "/**")));
    return http.build();
  }

  /**
   * The webapps' sessions from the providers' sign-in: after Spring Security's filters, before the
   * webapps' own (registered later by Camunda's starter). Off without providers.
   */
  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappsFromProviderSignIn(
      ObjectProvider<ClientRegistrationRepository> providers,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setName("webapps-provider-sign-in");
    registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        ProviderOrBasicAuthentication.class.getName()));
    registration.addUrlPatterns(webapps + "/app/*", webapps + "/api/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
    registration.setEnabled(providers.getIfAvailable() != null);
    return registration;
  }

  /** Signing out of the webapps signs out at the person's provider too ({@link SigningOut}). Off without providers. */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> signOutAtTheProvider(ObjectProvider<ClientRegistrationRepository> providers,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(SigningOut.afterTheWebappsSignOut(providers));
    registration.setName("sign-out-at-the-provider");
    registration.addUrlPatterns(webapps + "/api/admin/auth/user/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 3);
    registration.setEnabled(providers.getIfAvailable() != null);
    return registration;
  }

  /**
   * What Camunda's webapps and REST filters already do (sign-in, CSRF protection, headers, the session),
   * Spring Security does not do again.
   */
  private static void leaveToCamunda(HttpSecurity http) throws Exception {
    http.csrf(AbstractHttpConfigurer::disable)
        .headers(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .anonymous(AbstractHttpConfigurer::disable)
        .servletApi(AbstractHttpConfigurer::disable)
        .sessionManagement(AbstractHttpConfigurer::disable);
  }
}
