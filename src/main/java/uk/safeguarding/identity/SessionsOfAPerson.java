package uk.safeguarding.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every web session (Tasklist, Cockpit, Admin) of one person, on every node and in every browser, so
 * that they can be ended together: sessions live in the database (Spring Session JDBC), one row each
 * with the person's user id in its indexed {@code principal_name}, and a session whose row is gone is
 * signed out at its next request on any node. The webapps' log-in (or single sign-on, which signs the
 * webapps in the same way) puts the person in the session; this writes their user id beside it, once.
 */
@Configuration
public class SessionsOfAPerson {

  private final FindByIndexNameSessionRepository<? extends Session> sessions;

  public SessionsOfAPerson(FindByIndexNameSessionRepository<? extends Session> sessions) {
    this.sessions = sessions;
  }

  /** Ends every session of the person, wherever they signed in; returns how many there were. */
  public int endAll(String userId) {
    var found = sessions.findByPrincipalName(userId);
    found.keySet().forEach(sessions::deleteById);
    return found.size();
  }

  @Bean
  public FilterRegistrationBean<OncePerRequestFilter> sessionOwner(ProcessEngine engine,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        chain.doFilter(request, response);
        HttpSession session = request.getSession(false);
        if (session == null) {
          return;
        }
        try {
          String user = TasklistSessionAuthentication.tasklistUser(session, engine.getName());
          if (user != null && !user.equals(session.getAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME))) {
            session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, user);
          }
        } catch (IllegalStateException signedOut) {
          // the request signed out: the session is gone, nothing to write
        }
      }
    });
    registration.setName("session-owner");
    registration.addUrlPatterns(webapps + "/*");
    return registration;
  }
}
