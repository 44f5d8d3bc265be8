package uk.safeguarding.oversight;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.safeguarding.identity.ManagersOnly;
import uk.safeguarding.childcase.WorkReassignments;

/**
 * The team manager's team tray ({@link TeamTray}) and the moves made from it
 * ({@link WorkReassignments}), for team and service managers only ({@link ManagersOnly}).
 *
 * <ul>
 *   <li>{@code GET /api/oversight/team-tray}: every social worker's figures and the team's unassigned work;
 *       {@code GET /api/oversight/team-tray/tasks?worker=sam} (an empty worker: the unassigned work) their tasks.</li>
 *   <li>{@code POST .../team-tray/tasks/{taskId}/reassignment} {"to": "sam", "reason": "..."}: the task to another worker.</li>
 *   <li>{@code POST .../team-tray/cases/{caseReference}/transfer} {"to": "sam", "reason": "..."}: the whole child (TR-01).</li>
 * </ul>
 *
 * Each move is at two addresses with one behaviour: under {@code /api/oversight} for a REST client with
 * HTTP Basic (identity/EngineRestSecurity; a session cookie alone may only read there), and under
 * {@code /camunda/api/safeguarding} for Cockpit's page, signed in by Cockpit's session and guarded
 * against cross-site requests by the webapps' own filters, as Tasklist's drafts are (drafts/TaskDraftApi).
 */
@RestController
public class TeamTrayApi {

  static final String REST = "/api/oversight/team-tray";
  static final String COCKPIT = "${camunda.bpm.webapp.application-path:/camunda}/api/safeguarding/team-tray";
  private static final String WHAT = "The team tray shows and moves the work of every worker of the team";

  private final ProcessEngine engine;
  private final TeamTray tray;
  private final WorkReassignments reassignments;

  public TeamTrayApi(ProcessEngine engine, TeamTray tray, WorkReassignments reassignments) {
    this.engine = engine;
    this.tray = tray;
    this.reassignments = reassignments;
  }

  @GetMapping({REST, COCKPIT})
  public ResponseEntity<?> tray() {
    return ManagersOnly.answer(engine, WHAT, manager -> ResponseEntity.ok(tray.of(now())));
  }

  @GetMapping({REST + "/tasks", COCKPIT + "/tasks"})
  public ResponseEntity<?> tasks(@RequestParam(defaultValue = TeamTray.UNASSIGNED) String worker) {
    return ManagersOnly.answer(engine, WHAT, manager -> ResponseEntity.ok(tray.tasksOf(worker.strip(), now())));
  }

  @PostMapping({REST + "/tasks/{taskId}/reassignment", COCKPIT + "/tasks/{taskId}/reassignment"})
  public ResponseEntity<?> reassign(@PathVariable String taskId, @RequestBody JsonNode body) {
    return ManagersOnly.answer(engine, WHAT, manager -> ResponseEntity.ok(
        reassignments.reassignTask(taskId, text(body, "to"), text(body, "reason"), manager.userId())));
  }

  @PostMapping({REST + "/cases/{caseReference}/transfer", COCKPIT + "/cases/{caseReference}/transfer"})
  public ResponseEntity<?> transfer(@PathVariable String caseReference, @RequestBody JsonNode body) {
    return ManagersOnly.answer(engine, WHAT, manager -> ResponseEntity.ok(
        reassignments.transferChild(caseReference, text(body, "to"), text(body, "reason"), manager.userId())));
  }

  @ExceptionHandler(WorkReassignments.RefusedException.class)
  public ResponseEntity<Map<String, String>> refused(WorkReassignments.RefusedException refused) {
    return ResponseEntity.status(refused.status()).body(Map.of("message", refused.getMessage()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException unreadable) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("message",
        "Nothing was moved. Send JSON: {\"to\": \"<user id>\", \"reason\": \"<why>\"}"));
  }

  private static String text(JsonNode body, String field) {
    JsonNode value = body == null ? null : body.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
