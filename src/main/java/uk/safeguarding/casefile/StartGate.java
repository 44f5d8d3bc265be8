package uk.safeguarding.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;
import uk.safeguarding.timescales.Standards;

/**
 * A gate on starting a pathway, attached as its start event's {@code end} listener: the completion
 * gate's shape, with the start of a child's case written once. Every start checks the case reference,
 * the profile and who may start it, and takes the facts the case already holds ({@link CaseStarts});
 * a pathway adds only its own rule's checks ({@link #checkStart}) and what follows from a start that
 * passed ({@link #started}).
 */
public abstract class StartGate extends CompletionGate {

  private final CaseStarts caseStarts;
  private final String ruleId;

  /** {@code ruleId}: the rule a refusal of the case reference, profile or starter names. */
  protected StartGate(CaseStarts caseStarts, String ruleId) {
    this.caseStarts = caseStarts;
    this.ruleId = ruleId;
  }

  @Override
  protected final void check(Gate gate, DelegateExecution execution) {
    caseStarts.check(gate, execution, ruleId);
    checkStart(gate, execution);
  }

  @Override
  protected final void passed(DelegateExecution execution, CaseVariables variables) {
    caseStarts.adopt(execution);
    started(execution, variables);
  }

  /** Adds a refusal to {@code gate} for each of the pathway's own rules the start breaks. */
  protected abstract void checkStart(Gate gate, DelegateExecution execution);

  /** Records what follows from a start that passed: dates the pathway counts from, who started it. */
  protected void started(DelegateExecution execution, CaseVariables variables) {}

  /** The dates a start computes from the case's profile (a due date shown ahead, a clock's start). */
  protected final Standards standards() {
    return caseStarts.standards();
  }

  /** The child's name and date of birth, for a pathway that cannot start without them. */
  protected final void checkChild(Gate gate) {
    caseStarts.checkChild(gate, ruleId);
  }
}
