package uk.safeguarding.identity;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safeguarding.identity.signin.ProviderOrBasicAuthentication;

/**
 * /engine-rest is open by default. Here every call must carry HTTP Basic credentials of an engine
 * user, or a bearer token from one of the agencies' identity providers (signin/SignInSecurity; 401
 * otherwise), and the engine's authorization checks then apply to that user: a police
 * officer reads police tasks and the cases police are involved in, nothing else.
 */
@Configuration
public class EngineRestSecurity {

  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        ProviderOrBasicAuthentication.class.getName());
    // A task's draft (drafts/TaskDraftApi) takes the same log-in and the same need-to-know; so do the
    // process designers' own endpoints (designers/CaseMigrationApi), and an administrator signing a leaver
    // out everywhere (SignOutEverywhere).
    registration.addUrlPatterns("/engine-rest/*", "/api/tasks/*", "/api/designers/*", "/api/users/*");
    return registration;
  }

  /**
   * The child's case (childcase/CaseApi) takes the same log-in and the same need-to-know, and its reads
   * also the Tasklist session of a practitioner who opened the case page from a task
   * ({@link TasklistSessionAuthentication}).
   */
  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> caseApiAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("case-api-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        TasklistSessionAuthentication.class.getName());
    // The managers' oversight (oversight/OversightApi), an authority's local timescales
    // (oversight/LocalTimescalesApi) and the statutory returns (returns/ReturnsApi): Cockpit's session or HTTP Basic.
    // The emails sent and one's notification preferences (notifications/NotificationsApi): read with the session
    // (the "Emails sent" page), changed with HTTP Basic.
    registration.addUrlPatterns("/api/cases/*", "/api/oversight/*", "/api/returns/*", "/api/standards/*", "/api/notifications/*");
    return registration;
  }
}
