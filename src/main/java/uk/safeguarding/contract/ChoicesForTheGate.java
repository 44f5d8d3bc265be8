package uk.safeguarding.contract;

import java.util.Map;

/**
 * Values of the right kind that a step does not allow, handed from {@link CaseWriteGuard} to the
 * step's own gate in the same command, so the gate refuses them together with its own findings and a
 * person puts everything right in one go. Whatever no gate takes is refused by the guard when the
 * command ends, before its transaction commits.
 */
public final class ChoicesForTheGate {

  record Pending(String elementId, String what, Map<String, String> problems) {}

  private static final ThreadLocal<Pending> PENDING = new ThreadLocal<>();

  private ChoicesForTheGate() {}

  static void hand(String elementId, String what, Map<String, String> problems) {
    PENDING.set(problems.isEmpty() ? null : new Pending(elementId, what, Map.copyOf(problems)));
  }

  /** For the gate of {@code elementId}: the values its submission may not hold, taken once. */
  public static Map<String, String> takeFor(String elementId) {
    Pending pending = PENDING.get();
    if (pending == null || !pending.elementId().equals(elementId)) {
      return Map.of();
    }
    PENDING.remove();
    return pending.problems();
  }

  static Pending untaken() {
    Pending pending = PENDING.get();
    PENDING.remove();
    return pending;
  }
}
