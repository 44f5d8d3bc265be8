package uk.safeguarding.identity.signin;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The agencies' OpenID Connect providers, inside the test: one Spring Authorization Server, its own
 * small application on a port of its own, with an issuer per agency ({@code /police}, {@code /health},
 * {@code /council}), as each agency's would be a provider of its own. It knows the people's passwords and,
 * as a force's or a trust's provider does, their groups there (the {@code groups} claim); the council's
 * people have their groups in the council's directory instead ({@link TestDirectory}).
 */
final class TestIdentityProvider {

  static final String CLIENT_ID = "safeguarding";
  static final String CLIENT_SECRET = "test-client-secret";
  static final List<String> AGENCIES = List.of("police", "health", "council");
  /** A police system that calls the REST API with a token of its own (the client credentials grant). */
  static final String SYSTEM = "police-case-system";
  static final String SYSTEM_SECRET = "police-system-secret";

  /** Each person's password is their id with "-sso"; their groups at their own agency's provider. */
  static final Map<String, List<String>> PEOPLE = Map.of(
      "pc-patel", List.of("Child Abuse Investigation Unit"),
      "hv-hughes", List.of("Health Visiting"),
      "tina", List.of(),
      "lee", List.of(),
      "max", List.of(),
      SYSTEM, List.of("Child Abuse Investigation Unit"));

  private static ConfigurableApplicationContext running;

  private TestIdentityProvider() {}

  static String password(String userId) {
    return userId + "-sso";
  }

  /** The provider's base URL, once started. */
  static String url() {
    return "http://localhost:" + ((WebServerApplicationContext) running).getWebServer().getPort();
  }

  /** Started once for the test run, for every application that signs in against it; returns its base URL. */
  static synchronized String start(int applicationPort) {
    if (running == null) {
      Provider.applicationPort = applicationPort;
      running = new SpringApplicationBuilder(Provider.class).web(org.springframework.boot.WebApplicationType.SERVLET)
          .run("--server.port=0", "--spring.main.banner-mode=off",
              // not the application's own cookie: both run on localhost, and a browser keeps cookies by host
              "--server.servlet.session.cookie.name=PROVIDER_SESSION", "--spring.config.name=test-identity-provider");
    }
    return url();
  }

  @EnableWebSecurity
  @ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
      SecurityFilterAutoConfiguration.class})
  static class Provider {

    static int applicationPort;

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
      OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
      http.securityMatcher(server.getEndpointsMatcher())
          .with(server, each -> each.oidc(Customizer.withDefaults()))
          .authorizeHttpRequests(paths -> paths.anyRequest().authenticated())
          .exceptionHandling(signIn -> signIn.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
              new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
      return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signInForm(HttpSecurity http) throws Exception {
      return http.authorizeHttpRequests(paths -> paths.anyRequest().authenticated()).formLogin(Customizer.withDefaults()).build();
    }

    @Bean
    UserDetailsService people() {
      return new InMemoryUserDetailsManager(PEOPLE.keySet().stream()
          .map(id -> User.withUsername(id).password("{noop}" + password(id)).roles("STAFF").build()).toList());
    }

    @Bean
    RegisteredClientRepository clients() {
      RegisteredClient.Builder client = RegisteredClient.withId(UUID.randomUUID().toString()).clientId(CLIENT_ID)
          .clientSecret("{noop}" + CLIENT_SECRET).clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
          .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
          .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
          .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build());
      AGENCIES.forEach(agency -> client.redirectUri("http://localhost:" + applicationPort + "/login/oauth2/code/" + agency));
      // Where the provider sends the browser back after ending its session (RP-initiated logout).
      client.postLogoutRedirectUri("http://localhost:" + applicationPort + SigningOut.SIGNED_OUT);
      RegisteredClient system = RegisteredClient.withId(UUID.randomUUID().toString()).clientId(SYSTEM)
          .clientSecret("{noop}" + SYSTEM_SECRET).clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
          .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS).build();
      return new InMemoryRegisteredClientRepository(client.build(), system);
    }

    /** One server, an issuer per agency: {@code http://localhost:<port>/police} and so on. */
    @Bean
    AuthorizationServerSettings settings() {
      return AuthorizationServerSettings.builder().multipleIssuersAllowed(true).build();
    }

    /** The person's id and groups in the ID token and the access token, as the agencies' providers send them. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> claims() {
      return context -> {
        String id = context.getPrincipal().getName();
        context.getClaims().claim("preferred_username", id).claim("groups", PEOPLE.getOrDefault(id, List.of()));
      };
    }

    /** The provider reads its own tokens at its user info endpoint. */
    @Bean
    JwtDecoder tokens(JWKSource<SecurityContext> keys) {
      return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    @Bean
    JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair pair = generator.generateKeyPair();
      RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
          .keyID(UUID.randomUUID().toString()).build();
      return new ImmutableJWKSet<>(new JWKSet(key));
    }
  }
}
