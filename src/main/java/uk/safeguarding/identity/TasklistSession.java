package uk.safeguarding.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * How long a Tasklist session lasts, for the warning before it ends (Tasklist's script
 * scripts/server-drafts.js): the session's own timeout ({@code spring.session.timeout}), how long
 * before the end to warn, and how often to autosave a changed form. Asking is itself a request of the
 * session, so "Stay signed in" calls this: it is cheap, and it starts the session's time again.
 *
 * <p>Under /camunda/api/, where the webapps' own filters sign the request in from the session and
 * guard it against cross-site requests; nobody signed in gets 401.
 */
@RestController
public class TasklistSession {

  private final ProcessEngine engine;
  private final Duration warning;
  private final Duration autosave;

  public TasklistSession(ProcessEngine engine,
      @Value("${safeguarding.tasklist.session-warning:2m}") Duration warning,
      @Value("${safeguarding.tasklist.draft-autosave:30s}") Duration autosave) {
    this.engine = engine;
    this.warning = warning;
    this.autosave = autosave;
  }

  @GetMapping("${camunda.bpm.webapp.application-path:/camunda}/api/safeguarding/session")
  public ResponseEntity<Map<String, Object>> session(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return SignedIn.current(engine).filter(person -> session != null)
        .<ResponseEntity<Map<String, Object>>>map(person -> ResponseEntity.ok(Map.of(
            "userId", person.userId(),
            "timeoutSeconds", session.getMaxInactiveInterval(),
            "warnBeforeSeconds", warning.toSeconds(),
            "autosaveSeconds", autosave.toSeconds())))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("message", "You are not signed in")));
  }
}
