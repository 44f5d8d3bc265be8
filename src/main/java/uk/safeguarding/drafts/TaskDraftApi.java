package uk.safeguarding.drafts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.safeguarding.identity.SignedIn;

/**
 * A task's draft over HTTP, at two addresses with one behaviour:
 * <ul>
 *   <li>{@code /api/tasks/{taskId}/draft} for REST clients, with HTTP Basic like /engine-rest
 *       (identity/EngineRestSecurity);</li>
 *   <li>{@code /camunda/api/safeguarding/tasks/{taskId}/draft} for Tasklist (scripts/server-drafts.js),
 *       signed in by Tasklist's session and guarded against cross-site requests by the webapps' own
 *       filters, which cover every path under /camunda/api/.</li>
 * </ul>
 * GET reads the draft (and which variables the task writes), PUT {"values": {...}} keeps a draft in
 * place of any earlier one, DELETE throws it away. The rules are {@link TaskDrafts}'.
 */
@RestController
public class TaskDraftApi {

  static final String REST = "/api/tasks/{taskId}/draft";
  static final String TASKLIST = "${camunda.bpm.webapp.application-path:/camunda}/api/safeguarding/tasks/{taskId}/draft";

  private final TaskDrafts drafts;
  private final ProcessEngine engine;

  public TaskDraftApi(TaskDrafts drafts, ProcessEngine engine) {
    this.drafts = drafts;
    this.engine = engine;
  }

  @GetMapping({REST, TASKLIST})
  public ResponseEntity<?> read(@PathVariable String taskId) {
    return signedIn().<ResponseEntity<?>>map(person -> ResponseEntity.ok(view(drafts.read(taskId, person))))
        .orElseGet(TaskDraftApi::notSignedIn);
  }

  @PutMapping({REST, TASKLIST})
  public ResponseEntity<?> save(@PathVariable String taskId, @RequestBody JsonNode body) {
    return signedIn().<ResponseEntity<?>>map(person -> ResponseEntity.ok(view(drafts.save(taskId, person, body.get("values")))))
        .orElseGet(TaskDraftApi::notSignedIn);
  }

  @DeleteMapping({REST, TASKLIST})
  public ResponseEntity<?> discard(@PathVariable String taskId) {
    return signedIn().<ResponseEntity<?>>map(person -> {
      drafts.discard(taskId, person);
      return ResponseEntity.noContent().build();
    }).orElseGet(TaskDraftApi::notSignedIn);
  }

  @ExceptionHandler(TaskDrafts.DraftRefusedException.class)
  public ResponseEntity<Map<String, String>> refused(TaskDrafts.DraftRefusedException refused) {
    return ResponseEntity.status(refused.status()).body(Map.of("message", refused.getMessage()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException unreadable) {
    return ResponseEntity.badRequest().body(Map.of("message",
        "Nothing was saved. Send the draft as JSON: {\"values\": {\"<variable>\": <value>, ...}}"));
  }

  private Optional<SignedIn> signedIn() {
    return SignedIn.current(engine);
  }

  private static ResponseEntity<?> notSignedIn() {
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("message", "You are not signed in"));
  }

  private static Map<String, Object> view(TaskDrafts.Kept kept) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("taskId", kept.task().id());
    view.put("task", kept.task().name());
    view.put("writes", kept.task().writes());
    view.put("draft", kept.draft().map(draft -> {
      Map<String, Object> shown = new LinkedHashMap<>();
      shown.put("values", draft.values());
      shown.put("savedAt", draft.savedAt().toInstant().toString());
      shown.put("savedBy", draft.savedBy());
      shown.put("savedByName", draft.savedByName());
      return shown;
    }).orElse(null));
    return view;
  }
}
