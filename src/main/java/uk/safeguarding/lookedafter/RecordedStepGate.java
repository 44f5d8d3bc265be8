package uk.safeguarding.lookedafter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/**
 * The gate of a looked after step that is done on a day and written up: the day it was done (not in
 * the future, not before the clock it answers started) and what came of it. Most steps of this pathway
 * are that and little more, so {@link LookedAfterGates} declares them all with this one class. When it
 * passes, the day becomes the step's {@code lastDone} variable, which the next deadline of a repeating
 * clock counts from.
 */
public final class RecordedStepGate extends CompletionGate {

  private record Text(String field, String what) {}

  private final String ruleId;
  private final String dayField;
  private final String dayWhat;
  private final List<Text> texts = new ArrayList<>();
  private String notBefore;
  private String lastDone;
  private Predicate<CaseVariables> lastDoneCounts = variables -> true;
  private BiConsumer<Gate, DelegateExecution> more = (gate, execution) -> {};
  private BiConsumer<DelegateExecution, CaseVariables> then = (execution, variables) -> {};

  private RecordedStepGate(String ruleId, String dayField, String dayWhat) {
    this.ruleId = ruleId;
    this.dayField = dayField;
    this.dayWhat = dayWhat;
  }

  /** A step of rule {@code ruleId} done on the day in {@code dayField}. */
  static RecordedStepGate step(String ruleId, String dayField, String dayWhat) {
    return new RecordedStepGate(ruleId, dayField, dayWhat);
  }

  RecordedStepGate text(String field, String what) {
    texts.add(new Text(field, what));
    return this;
  }

  /** The day cannot come before the day in this variable (the start of the clock, of the placement). */
  RecordedStepGate notBefore(String variable) {
    this.notBefore = variable;
    return this;
  }

  RecordedStepGate lastDone(String variable) {
    return lastDone(variable, variables -> true);
  }

  /** As {@link #lastDone(String)}, for a step done only when {@code counts} holds (a visit that saw the child). */
  RecordedStepGate lastDone(String variable, Predicate<CaseVariables> counts) {
    this.lastDone = variable;
    this.lastDoneCounts = counts;
    return this;
  }

  RecordedStepGate also(BiConsumer<Gate, DelegateExecution> moreChecks) {
    this.more = moreChecks;
    return this;
  }

  RecordedStepGate then(BiConsumer<DelegateExecution, CaseVariables> afterPassing) {
    this.then = afterPassing;
    return this;
  }

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    gate.requireDate(ruleId, dayField, dayWhat).notInFuture(ruleId, dayField);
    texts.forEach(text -> gate.requireText(ruleId, text.field(), text.what()));
    LocalDate day = dateOrNull(gate.variables(), dayField);
    LocalDate earliest = notBefore == null ? null : dateOrNull(gate.variables(), notBefore);
    if (day != null && earliest != null && day.isBefore(earliest)) {
      gate.refuse(ruleId, dayField, "cannot be before " + earliest + " (" + notBefore + ")");
    }
    more.accept(gate, execution);
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    if (lastDone != null && lastDoneCounts.test(variables)) {
      execution.setVariable(lastDone, variables.date(dayField).toString());
    }
    then.accept(execution, variables);
  }

  /** A date, or null when it is missing or unreadable (requireDate has refused it already). */
  static LocalDate dateOrNull(CaseVariables variables, String name) {
    try {
      return variables.date(name);
    } catch (IllegalArgumentException refusedElsewhere) {
      return null;
    }
  }
}
