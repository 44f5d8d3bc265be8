package uk.safeguarding.contract;

import java.util.Map;

/**
 * What one way into a process may carry: a user task (what its form shows and what a person may
 * write by completing it), a start event, or a message. Anything else a person sends is refused.
 *
 * @param processKey the process the step belongs to
 * @param id the element id of the task or start event, or the message's name
 * @param door how a person reaches it
 * @param shows variables the step shows read-only: sent back, they must be unchanged
 * @param writes variables a person may write through it, each with its kind and allowed values
 */
public record Step(String processKey, String id, Door door, Map<String, CaseVariable> shows,
    Map<String, CaseVariable> writes) {

  public enum Door {
    TASK("complete the task"), START("start the process"), MESSAGE("send the message");

    private final String words;

    Door(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  public Step {
    shows = Map.copyOf(shows);
    writes = Map.copyOf(writes);
  }

  /** "the task 'ContributeToStrategyDiscussion' of StrategyDiscussion": how a refusal names the step. */
  public String described() {
    return switch (door) {
      case TASK -> "the task '" + id + "' of " + processKey;
      case START -> "the start of " + processKey + " ('" + id + "')";
      case MESSAGE -> "the message '" + id + "'";
    };
  }
}
