package uk.safeguarding.escalation;

import static uk.safeguarding.escalation.ProfessionalDisagreementProcess.Variables.STAGE_OUTCOME;

import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.Gate;

/** Stages 1 to 3 (ESC-02): resolved here, or not resolved and passed up to the next stage at once. */
@Component("resolveDisagreementGate")
public class ResolveDisagreementGate extends DisagreementStageGate {

  public ResolveDisagreementGate(DisagreementRecords records) {
    super(records);
  }

  @Override
  protected void checkOutcome(Gate gate) {
    gate.requireOneOf("ESC-04", STAGE_OUTCOME, ProfessionalDisagreementProcess.STAGE_OUTCOMES);
  }

  @Override
  protected boolean concludes(CaseVariables variables) {
    return ProfessionalDisagreementProcess.RESOLVED.equals(variables.text(STAGE_OUTCOME));
  }

  @Override
  protected String outcome(CaseVariables variables) {
    return concludes(variables) ? "resolved" : "not resolved: passed up to the next stage";
  }
}
