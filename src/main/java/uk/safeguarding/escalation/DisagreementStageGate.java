package uk.safeguarding.escalation;

import static uk.safeguarding.escalation.ProfessionalDisagreementProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/**
 * What every stage of a disagreement must record before it ends (and the chair's manager's review of
 * a conference dissent): ESC-03, the child's safety confirmed, or the immediate risk described;
 * ESC-04, the issue, both positions, the outcome and its rationale; ESC-06, the learning once it is
 * resolved. Each stage's form shows the issue and both positions as the last stage left them.
 */
abstract class DisagreementStageGate extends CompletionGate {

  private final DisagreementRecords records;

  DisagreementStageGate(DisagreementRecords records) {
    this.records = records;
  }

  @Override
  protected final void check(Gate gate, DelegateExecution execution) {
    ChildSafety.check(gate);
    CaseVariables v = gate.variables();
    gate.requireText("ESC-04", DISAGREEMENT_ISSUE, "The issue in dispute")
        .requireText("ESC-04", RAISING_AGENCY_POSITION, "The position of " + v.text(RAISING_AGENCY_NAME))
        .requireText("ESC-04", OTHER_AGENCY_POSITION, "The position of " + v.text(OTHER_AGENCY_NAME));
    checkOutcome(gate);
    gate.requireText("ESC-04", STAGE_RATIONALE, "The rationale for the outcome");
    if (concludes(v)) {
      gate.requireText("ESC-06", LEARNING, "What the agencies learn from this disagreement, for the partnership's audits");
    }
  }

  @Override
  protected final void passed(DelegateExecution execution, CaseVariables variables) {
    records.decided(execution, concludes(variables), outcome(variables));
  }

  /** Adds a refusal when the stage's own outcome field is missing or wrong. */
  protected abstract void checkOutcome(Gate gate);

  /** Whether the submission ends the disagreement. */
  protected abstract boolean concludes(CaseVariables variables);

  /** The outcome in words, for the record and the parties. */
  protected abstract String outcome(CaseVariables variables);
}
