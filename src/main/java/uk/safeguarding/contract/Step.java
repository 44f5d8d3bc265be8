package uk.safeguarding.contract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What one way into a process may carry: a user task (what its form shows and what a person may
 * write by completing it), a start event, or a message. Anything else a person sends is refused.
 *
 * @param processKey the process the step belongs to
 * @param id the element id of the task or start event, or the message's name
 * @param door how a person reaches it
 * @param shows variables the step shows read-only: sent back, they must be unchanged
 * @param writes variables a person may write through it, each with its kind and allowed values
 * @param fills facts a person may give through it only while the case does not hold them yet; once
 *     held, they are shown and changed only by correcting the case record
 */
public record Step(String processKey, String id, Door door, Map<String, CaseVariable> shows,
    Map<String, CaseVariable> writes, Map<String, CaseVariable> fills) {

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
    fills = Map.copyOf(fills);
  }

  /**
   * What is wrong with a submission through this step, by variable name (empty when it passes):
   * a variable the step writes must fit its declaration, one it shows must come back unchanged
   * ({@code current} gives the case's value), anything else is not the step's to write. A value
   * that claims to be JSON and is not is refused whatever its name.
   */
  public Map<String, String> problems(Map<String, ?> submitted, Function<String, Object> current) {
    Problems problems = check(submitted, current);
    Map<String, String> all = new LinkedHashMap<>(problems.now());
    all.putAll(problems.withTheGate());
    return all;
  }

  /**
   * What is wrong, in two parts: what is refused before anything runs (a variable not the step's, a
   * value of the wrong kind), and values of the right kind that are not allowed, which the step's gate
   * reports together with its own refusals so a person puts everything right in one go.
   */
  public record Problems(Map<String, String> now, Map<String, String> withTheGate) {}

  public Problems check(Map<String, ?> submitted, Function<String, Object> current) {
    Map<String, String> now = new LinkedHashMap<>();
    Map<String, String> withTheGate = new LinkedHashMap<>();
    submitted.keySet().forEach(name -> {
      Object value = SubmittedValue.of(submitted, name);
      try {
        String problem = problem(name, value, current);
        if (problem != null) {
          now.put(name, problem);
        } else if (writes.containsKey(name) && writes.get(name).choiceProblem(value) != null) {
          withTheGate.put(name, writes.get(name).choiceProblem(value));
        }
      } catch (SubmittedValue.NotJsonException notJson) {
        now.put(name, notJson.getMessage());
      }
    });
    return new Problems(now, withTheGate);
  }

  private String problem(String name, Object value, Function<String, Object> current) {
    CaseVariable written = writes.get(name);
    if (written != null) {
      return written.kindProblem(value);
    }
    CaseVariable filled = fills.get(name);
    if (filled != null) {
      Object held = current.apply(name);
      if (CaseVariable.isNothing(SubmittedValue.plain(held))) {
        return filled.problemWith(value);
      }
      return SubmittedValue.unchanged(held, value) ? null : "the case already holds it; "
          + "a fact of the case is changed by children's social care with 'Correct the case record'";
    }
    SubmittedValue.plain(value);
    if (door == Door.TASK && shows.containsKey(name)) {
      return SubmittedValue.unchanged(current.apply(name), value) ? null
          : "is shown here read-only; " + (CaseFacts.byName(name).isPresent()
              ? "a fact of the case is changed by children's social care with 'Correct the case record'"
              : "it is written by the step that owns it");
    }
    return "is not " + (door == Door.MESSAGE ? "carried by this message" : "this step's to write") + " (it writes "
        + (writes.isEmpty() ? "nothing" : writes.keySet().stream().sorted().toList()) + ")";
  }

  /**
   * What is wrong with a draft of this task, by variable name (empty when it may be kept). A draft
   * holds only what the task writes, each value of its kind and, for a choice or a checklist, one the
   * form offers; unlike a submission, it may leave anything out, and nothing it shows comes back.
   * The completion gate is not asked: a draft is work in progress.
   */
  public Map<String, String> draftProblems(Map<String, ?> draft) {
    Map<String, String> problems = new LinkedHashMap<>();
    draft.keySet().forEach(name -> {
      CaseVariable written = writes.get(name);
      String problem;
      try {
        problem = written == null
            ? "is not this task's to write (it writes " + (writes.isEmpty() ? "nothing" : writes.keySet().stream().sorted().toList()) + ")"
            : written.problemWith(SubmittedValue.of(draft, name));
      } catch (SubmittedValue.NotJsonException notJson) {
        problem = notJson.getMessage();
      }
      if (problem != null) {
        problems.put(name, problem);
      }
    });
    return problems;
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
