package uk.safeguarding.gates;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityExecution;

/**
 * A gate on finishing a user task, attached as the task's {@code end} execution listener. It runs
 * in the transaction that completes the task, after the submitted variables are set: a refusal rolls
 * all of it back and the practitioner gets a 400 naming each rule and field (see
 * {@link GateRefusedException}). Task listeners would not do: the engine turns their exceptions into
 * a 500. A pathway's start is gated in the same shape: {@code casefile/StartGate}.
 */
public abstract class CompletionGate implements ExecutionListener {

  @Override
  public final void notify(DelegateExecution execution) {
    if (execution instanceof ActivityExecution activity && activity.isCanceled()) {
      // The task was cancelled (the case closed, a manager deleted the instance): nothing was submitted.
      return;
    }
    Gate gate = Gate.on(execution);
    check(gate, execution);
    gate.enforce();
    passed(execution, gate.variables());
  }

  /** Adds a refusal to {@code gate} for each rule the submission breaks. */
  protected abstract void check(Gate gate, DelegateExecution execution);

  /** Records what follows from a passing submission (who, when, normalised values). */
  protected void passed(DelegateExecution execution, CaseVariables variables) {}
}
