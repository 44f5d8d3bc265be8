package uk.safeguarding.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a REST client is told when its HTTP Basic sign-in is refused. The engine counts failed sign-ins
 * per user on every way in (security.yaml, loginMaxAttempts and the delays) and refuses a locked user
 * even with the right password; the REST API's own 401 has no body, so a system's operator could not
 * tell a wrong password from a lock. The message says both, and the rule, the same for every user: it
 * never says whether a user exists or is locked, which would help someone guessing passwords.
 */
@Configuration
public class RefusedSignIns {

  static String message(ProcessEngineConfigurationImpl engine) {
    return "Sign-in refused: the user name or password is wrong, or the user is locked after failed sign-ins. "
        + "After a wrong password the next sign-in is refused for " + engine.getLoginDelayBase() + " seconds, "
        + "doubling with each further one up to " + engine.getLoginDelayMaxTime() + " seconds; after "
        + engine.getLoginMaxAttempts() + " wrong passwords in a row only an administrator can unlock the user (Admin, the user's page).";
  }

  @Bean
  public FilterRegistrationBean<OncePerRequestFilter> refusedSignInMessage(ProcessEngine engine, ObjectMapper json)
      throws com.fasterxml.jackson.core.JsonProcessingException {
    String body = json.writeValueAsString(Map.of("type", "AuthenticationFailed",
        "message", message((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())));
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        chain.doFilter(request, response);
        String credentials = request.getHeader("Authorization");
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED && !response.isCommitted()
            && credentials != null && credentials.regionMatches(true, 0, "Basic ", 0, 6)) {
          response.setContentType(MediaType.APPLICATION_JSON_VALUE);
          response.getWriter().write(body);
        }
      }
    });
    registration.setName("refused-sign-in-message");
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    // around the sign-in filters (EngineRestSecurity), which answer 401 without a body
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }
}
