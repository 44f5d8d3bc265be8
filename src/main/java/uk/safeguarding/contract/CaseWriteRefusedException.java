package uk.safeguarding.contract;

import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.slf4j.LoggerFactory;

/**
 * A submission wrote what its step does not own. Thrown before the engine runs the command, in its
 * transaction, so nothing of the submission is kept; the REST API and Tasklist answer it with 400 and
 * this message, which names each variable and the step.
 */
public class CaseWriteRefusedException extends InvalidRequestException {

  private final transient List<String> variables;

  public CaseWriteRefusedException(String what, List<String> problems, List<String> variables) {
    super(Status.BAD_REQUEST, "Nothing was saved. " + what + ": " + String.join("; ", problems));
    this.variables = List.copyOf(variables);
    // Names only: a refused value may be a child's personal data.
    LoggerFactory.getLogger(CaseWriteGuard.class).info("Submission refused: {} {}", what, this.variables);
  }

  /** The variables refused, by name. */
  public List<String> variables() {
    return variables;
  }
}
