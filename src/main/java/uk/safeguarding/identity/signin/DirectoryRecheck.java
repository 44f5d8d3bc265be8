package uk.safeguarding.identity.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Leavers and movers, at their next request: with a directory connected, whoever a request is from (a
 * webapps session, however it was signed in, or a provider's sign-in whose groups are the directory's) is
 * looked up in the directory again. Gone, or in none of our groups any more: the session ends, the
 * request is refused with a 401 and their claimed work goes back to its queues. In fewer groups: the
 * session carries the directory's groups from this request on, and the work of the groups left goes back.
 * Camunda's webapps would notice only after their cache (five minutes), and return no work.
 *
 * <p>People a provider vouches for with groups of its own are the provider's to end (their groups come
 * with every sign-in and token); the directory is not asked about them.
 */
class DirectoryRecheck extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(DirectoryRecheck.class);

  /** Camunda's webapps keep who is signed in under this session attribute (AuthenticationUtil's own key). */
  private static final String WEBAPPS_SIGNED_IN = "authenticatedUser";

  private final ObjectProvider<ProcessEngine> engines;
  private final ApplicationEventPublisher events;

  /** The engine is looked up at the first request: filters are made while the web server starts, before it. */
  DirectoryRecheck(ObjectProvider<ProcessEngine> engines, ApplicationEventPublisher events) {
    this.engines = engines;
    this.events = events;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<SignedInPerson> provider = SignedInPerson.current();
    if (provider.isPresent() && !provider.get().groupsFromDirectory()) {
      chain.doFilter(request, response);
      return;
    }
    ProcessEngine engine = engines.getObject();
    HttpSession session = request.getSession(false);
    UserAuthentication webapps = webappsUser(session, engine);
    String userId = provider.map(SignedInPerson::userId).orElse(webapps == null ? null : webapps.getIdentityId());
    if (userId == null) {
      chain.doFilter(request, response);
      return;
    }
    List<String> held = webapps == null ? List.of() : webapps.getGroupIds();
    Optional<List<String>> listed = directoryGroups(userId, engine);
    if (listed.isEmpty() || listed.get().isEmpty()) {
      LOG.info("{} is no longer in the directory's groups: signed out, claimed work back to its queues", userId);
      events.publishEvent(new AgencyGroupsLeft(userId, held, List.of(), true));
      if (session != null) {
        session.invalidate();
      }
      SecurityContextHolder.clearContext();
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType(MediaType.TEXT_PLAIN_VALUE);
      response.getWriter().write(userId + " no longer has access: the directory does not list them in any agency group.");
      return;
    }
    if (webapps != null && !new HashSet<>(held).equals(new HashSet<>(listed.get()))) {
      List<String> left = held.stream().filter(group -> !listed.get().contains(group)).toList();
      if (!left.isEmpty()) {
        LOG.info("{} has left {} in the directory: their claimed work of it back to its queues", userId, left);
        events.publishEvent(new AgencyGroupsLeft(userId, left, listed.get(), false));
      }
      Authentications signedIn = AuthenticationUtil.getAuthsFromSession(session);
      signedIn.addOrReplace(AuthenticationUtil.createAuthentication(engine, userId, listed.get(), null));
      AuthenticationUtil.updateSession(session, signedIn);
    }
    chain.doFilter(request, response);
  }

  private static UserAuthentication webappsUser(HttpSession session, ProcessEngine engine) {
    if (session == null || !(session.getAttribute(WEBAPPS_SIGNED_IN) instanceof Authentications signedIn)) {
      return null;
    }
    Authentication user = signedIn.getAuthenticationForProcessEngine(engine.getName());
    return user instanceof UserAuthentication person ? person : null;
  }

  /** The person's groups in the directory (ours, mapped), or nothing when it does not list them. */
  static Optional<List<String>> directoryGroups(String userId, ProcessEngine engine) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> context.runWithoutAuthorization(() -> {
          if (engine.getIdentityService().createUserQuery().userId(userId).count() == 0) {
            return Optional.<List<String>>empty();
          }
          return Optional.of(engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
              .map(Group::getId).toList());
        }));
  }
}
