package uk.safeguarding.designers;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.safeguarding.identity.AgencyAccessSetup;
import uk.safeguarding.identity.SignedIn;

/**
 * {@code POST /api/designers/migrations/plan?processKey=StrategyDiscussion&fromVersion=3&toVersion=4&dryRun=true}
 * (HTTP Basic, identity/EngineRestSecurity): what moving a pathway's running cases to another version of
 * its diagram would do, or with {@code dryRun=false} the move itself ({@link CaseMigrations}). For process
 * designers and administrators (operators) only; {@code toVersion} defaults to the latest,
 * {@code dryRun} to true, and {@code caseReference} takes one child's cases only. docs/designers.md.
 */
@RestController
public class CaseMigrationApi {

  private final CaseMigrations migrations;
  private final ProcessEngine engine;

  public CaseMigrationApi(CaseMigrations migrations, ProcessEngine engine) {
    this.migrations = migrations;
    this.engine = engine;
  }

  @PostMapping("/api/designers/migrations/plan")
  public ResponseEntity<?> plan(@RequestParam String processKey, @RequestParam int fromVersion,
      @RequestParam(required = false) Integer toVersion, @RequestParam(required = false) String caseReference,
      @RequestParam(defaultValue = "true") boolean dryRun) {
    Optional<SignedIn> person = SignedIn.current(engine);
    if (person.isEmpty()) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("message", "Sign in as a process designer"));
    }
    if (!person.get().groupIds().contains(AgencyAccessSetup.PROCESS_DESIGNER) && !person.get().groupIds().contains(Groups.CAMUNDA_ADMIN)) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message",
          "Only process designers (" + AgencyAccessSetup.PROCESS_DESIGNER + ") and administrators move cases to another version"));
    }
    return ResponseEntity.ok(migrations.plan(processKey, fromVersion, toVersion, caseReference, dryRun, person.get().userId()));
  }

  @ExceptionHandler(CaseMigrations.MigrationRefusedException.class)
  public ResponseEntity<Map<String, String>> refused(CaseMigrations.MigrationRefusedException refused) {
    return ResponseEntity.badRequest().body(Map.of("message", refused.getMessage()));
  }

  /** A case changed between the dry run and the move: nothing moved, with Camunda's reasons. */
  @ExceptionHandler(org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException.class)
  public ResponseEntity<Map<String, String>> changedMeanwhile(org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException refused) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message", "Nothing was moved: " + refused.getMessage()));
  }
}
