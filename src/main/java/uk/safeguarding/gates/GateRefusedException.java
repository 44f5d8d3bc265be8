package uk.safeguarding.gates;

import java.util.List;
import java.util.stream.Collectors;
import jakarta.ws.rs.core.Response.Status;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;

/**
 * A gate of the catalogue refused a submission. The engine rolls the whole transaction back, so the
 * task stays open with nothing half-written, and the REST API and Tasklist show the message: each
 * refusal names the rule ID and the field to put right.
 *
 * <p>Why a REST exception: thrown from an execution listener it passes the engine unchanged, and the
 * REST resources answer it with its own status (400) on every endpoint, the plain start endpoint
 * included, where a FormFieldValidationException would become a 500.
 */
public class GateRefusedException extends InvalidRequestException {

  private final transient List<Refusal> refusals;

  public GateRefusedException(List<Refusal> refusals) {
    super(Status.BAD_REQUEST, refusals.stream().map(Refusal::toString).collect(Collectors.joining("; ")));
    this.refusals = List.copyOf(refusals);
  }

  public List<Refusal> refusals() {
    return refusals;
  }

  /** One broken rule: "SD-05 agreedActions: line 2 has no owner". */
  public record Refusal(String ruleId, String field, String message) {
    @Override
    public String toString() {
      return (ruleId == null ? "" : ruleId + " ") + field + ": " + message;
    }
  }
}
