package uk.safeguarding.identity;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Signing out everywhere: a person ends all their sessions (a phone left signed in, a shared computer),
 * and an administrator ends a leaver's. Every browser and every node is signed out at its next request
 * ({@link SessionsOfAPerson}). HTTP Basic clients hold no session: a leaver's password or user goes in Admin.
 *
 * <p>The person's own is under /camunda/api/, from Tasklist, Cockpit or Admin with their session and
 * CSRF token. A leaver's is there too for Admin's session, and at /api/users/{id}/sessions with HTTP
 * Basic (EngineRestSecurity) for an administrator's script; either way only someone who may change the
 * user in Admin (UPDATE on the user, as camunda-admin has) may end their sessions.
 */
@RestController
public class SignOutEverywhere {

  private final ProcessEngine engine;
  private final SessionsOfAPerson sessions;

  public SignOutEverywhere(ProcessEngine engine, SessionsOfAPerson sessions) {
    this.engine = engine;
    this.sessions = sessions;
  }

  @DeleteMapping("${camunda.bpm.webapp.application-path:/camunda}/api/safeguarding/sessions")
  public ResponseEntity<Map<String, Object>> mine() {
    return SignedIn.current(engine)
        .<ResponseEntity<Map<String, Object>>>map(person -> ResponseEntity.ok(Map.of("userId", person.userId(),
            "sessionsEnded", sessions.endAll(person.userId()))))
        .orElseGet(SignOutEverywhere::notSignedIn);
  }

  @DeleteMapping({"${camunda.bpm.webapp.application-path:/camunda}/api/safeguarding/users/{userId}/sessions",
      "/api/users/{userId}/sessions"})
  public ResponseEntity<Map<String, Object>> ofAUser(@PathVariable String userId) {
    var person = SignedIn.current(engine);
    if (person.isEmpty()) {
      return notSignedIn();
    }
    if (!engine.getAuthorizationService().isUserAuthorized(person.get().userId(), person.get().groupIds(),
        Permissions.UPDATE, Resources.USER, userId)) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message",
          "Only an administrator (who may change the user '" + userId + "' in Admin) may sign them out everywhere"));
    }
    return ResponseEntity.ok(Map.of("userId", userId, "sessionsEnded", sessions.endAll(userId)));
  }

  private static ResponseEntity<Map<String, Object>> notSignedIn() {
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("message", "You are not signed in"));
  }
}
