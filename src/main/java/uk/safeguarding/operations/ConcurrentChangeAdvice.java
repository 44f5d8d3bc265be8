package uk.safeguarding.operations;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Our own APIs under {@code /api/} (the team tray's moves, drafts, corrections, migrations...) answer a
 * concurrent change to a case as the engine's REST API does ({@link ConcurrentChanges}): 409 with
 * {@code {"type", "message", "code"}}. Any other engine exception is thrown on, to the controller's own
 * handlers and Spring Boot's error answer, unchanged.
 */
@RestControllerAdvice
public class ConcurrentChangeAdvice {

  @ExceptionHandler({ProcessEngineException.class, ConcurrencyFailureException.class})
  public ResponseEntity<Map<String, Object>> concurrentChange(RuntimeException failure) {
    Throwable conflict = ConcurrentChanges.conflictIn(failure).orElseThrow(() -> failure);
    ConcurrentChanges.log("/api", conflict);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", ConcurrentChanges.TYPE);
    body.put("message", ConcurrentChanges.MESSAGE);
    body.put("code", ConcurrentChanges.codeOf(conflict));
    return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
  }
}
