package uk.safeguarding.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.safeguarding.agency.Agency;

/**
 * What covers every child's case (the oversight, the statutory returns) is for the managers who have
 * Cockpit (team and service managers, {@link AgencyAccessSetup#MANAGERS}): anybody else gets a 403
 * that says so, and nobody signed in a 401.
 */
public final class ManagersOnly {

  private ManagersOnly() {}

  /** Answers {@code answer} for the signed-in manager, or the refusal; {@code what} is what the page covers, for the refusal. */
  public static ResponseEntity<?> answer(ProcessEngine engine, String what, Function<SignedIn, ResponseEntity<?>> answer) {
    Optional<SignedIn> user = SignedIn.current(engine);
    if (user.isEmpty()) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("message", "Sign in to Cockpit as a manager"));
    }
    List<String> managers = AgencyAccessSetup.MANAGERS.stream().map(Agency::groupId).toList();
    if (user.get().groupIds().stream().noneMatch(managers::contains)) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message",
          what + ": they are for team and service managers (" + managers.stream().collect(Collectors.joining(", "))
              + "), and " + user.get().userId() + " is not one"));
    }
    return answer.apply(user.get());
  }
}
