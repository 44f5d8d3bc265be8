package uk.safeguarding.contract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The contract of one process: every variable a person may write in it, declared once with its kind;
 * the values only the system computes; and, for each user task, start event and message, what that
 * step shows and what it may write. Each pathway's contract class holds one as
 * {@code public static final ProcessContract CONTRACT}, which {@link ProcessContracts} finds by itself.
 *
 * <pre>
 * ProcessContract.of(KEY)
 *     .declares(text(AGENCY_INFORMATION), choice(DISCUSSION_FORMAT, FORMATS))
 *     .computes(MISSING_MANDATORY_AGENCIES)
 *     .start(Element.ReasonableCauseToSuspectHarm, writes(CaseFacts.OPENING, CONCERN))
 *     .task(Element.ContributeToStrategyDiscussion, shows(CONCERN), writes(AGENCY_INFORMATION));
 * </pre>
 */
public final class ProcessContract {

  private final String key;
  private final Map<String, CaseVariable> declared = new LinkedHashMap<>();
  private final Set<String> computed = new LinkedHashSet<>();
  private final List<StepDraft> drafts = new ArrayList<>();
  private volatile List<Step> steps;

  private ProcessContract(String key) {
    this.key = key;
  }

  public static ProcessContract of(String key) {
    return new ProcessContract(key);
  }

  /** The names a step shows read-only. */
  public record Shows(List<String> names) {}

  /** The names a person may write through a step. */
  public record Writes(List<String> names) {}

  /** Facts a step may give only while the case does not hold them yet. */
  public record Fills(List<String> names) {}

  private record StepDraft(String id, Step.Door door, List<String> shows, List<String> writes, List<String> fills) {}

  public static Shows shows(Object... names) {
    return new Shows(flatten(names));
  }

  public static Writes writes(Object... names) {
    return new Writes(flatten(names));
  }

  public static Fills fills(Object... names) {
    return new Fills(flatten(names));
  }

  public static Writes writesNothing() {
    return new Writes(List.of());
  }

  private static List<String> flatten(Object... names) {
    List<String> flat = new ArrayList<>();
    for (Object name : names) {
      if (name instanceof String text) {
        flat.add(text);
      } else if (name instanceof String[] texts) {
        flat.addAll(Arrays.asList(texts));
      } else if (name instanceof Collection<?> collection) {
        collection.forEach(item -> flat.add(item.toString()));
      } else {
        throw new IllegalArgumentException("a variable name, not " + name);
      }
    }
    return flat;
  }

  public ProcessContract declares(CaseVariable... variables) {
    for (CaseVariable variable : variables) {
      if (declared.put(variable.name(), variable) != null) {
        throw new IllegalStateException(key + " declares '" + variable.name() + "' twice");
      }
    }
    return this;
  }

  /** Values only the system sets (due dates, windows, flags, census dates): never written by a person. */
  public ProcessContract computes(String... names) {
    computed.addAll(Arrays.asList(names));
    return this;
  }

  public ProcessContract task(Enum<?> element, Shows shows, Writes writes) {
    return step(element.name(), Step.Door.TASK, shows.names(), writes.names(), List.of());
  }

  /** A task that may also give facts of the case it does not hold yet (and only then). */
  public ProcessContract task(Enum<?> element, Shows shows, Writes writes, Fills fills) {
    return step(element.name(), Step.Door.TASK, shows.names(), writes.names(), fills.names());
  }

  public ProcessContract task(Enum<?> element, Writes writes) {
    return task(element, shows(), writes);
  }

  public ProcessContract start(Enum<?> element, Writes writes) {
    return step(element.name(), Step.Door.START, List.of(), writes.names(), List.of());
  }

  /** A message a person or another system may send to this process, with what its payload may hold. */
  public ProcessContract message(String messageName, Writes writes) {
    return step(messageName, Step.Door.MESSAGE, List.of(), writes.names(), List.of());
  }

  private ProcessContract step(String id, Step.Door door, List<String> shows, List<String> writes, List<String> fills) {
    drafts.add(new StepDraft(id, door, shows, writes, fills));
    steps = null;
    return this;
  }

  public String key() {
    return key;
  }

  public Map<String, CaseVariable> declared() {
    return Collections.unmodifiableMap(declared);
  }

  public Set<String> computed() {
    return Collections.unmodifiableSet(computed);
  }

  /**
   * Every step, each name resolved to its declaration: the process's own or a shared case fact. A
   * step that writes a name declared nowhere, or a computed value, is a mistake in the contract and
   * fails the application's start-up, not a case.
   */
  public List<Step> steps() {
    List<Step> resolved = steps;
    if (resolved == null) {
      resolved = drafts.stream().map(this::resolve).toList();
      steps = resolved;
    }
    return resolved;
  }

  private Step resolve(StepDraft draft) {
    Map<String, CaseVariable> writes = new LinkedHashMap<>();
    for (String name : draft.writes()) {
      if (computed.contains(name)) {
        throw new IllegalStateException(key + " " + draft.id() + " writes '" + name + "', which the system computes");
      }
      writes.put(name, declaration(name, draft.id()));
    }
    Map<String, CaseVariable> fills = new LinkedHashMap<>();
    for (String name : draft.fills()) {
      fills.put(name, declaration(name, draft.id()));
    }
    Map<String, CaseVariable> shows = new LinkedHashMap<>();
    Stream.concat(CaseFacts.ALL.stream().map(CaseVariable::name), draft.shows().stream())
        .filter(name -> !writes.containsKey(name) && !fills.containsKey(name))
        .forEach(name -> shows.put(name, declared.getOrDefault(name, CaseFacts.byName(name).orElse(CaseVariable.text(name)))));
    return new Step(key, draft.id(), draft.door(), shows, writes, fills);
  }

  private CaseVariable declaration(String name, String stepId) {
    CaseVariable own = declared.get(name);
    if (own != null) {
      return own;
    }
    return CaseFacts.byName(name).orElseThrow(() -> new IllegalStateException(
        key + " " + stepId + " writes '" + name + "', which the contract does not declare"));
  }
}
