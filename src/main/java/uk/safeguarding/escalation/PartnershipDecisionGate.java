package uk.safeguarding.escalation;

import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.Gate;

/** Stage 4 (ESC-02): the safeguarding partnership (chair or complex case panel) decides; its decision is final. */
@Component("partnershipDecisionGate")
public class PartnershipDecisionGate extends DisagreementStageGate {

  public PartnershipDecisionGate(DisagreementRecords records) {
    super(records);
  }

  @Override
  protected void checkOutcome(Gate gate) {
    // The partnership's decision is the outcome: there is no stage above it.
  }

  @Override
  protected boolean concludes(CaseVariables variables) {
    return true;
  }

  @Override
  protected String outcome(CaseVariables variables) {
    return "decided by the safeguarding partnership";
  }
}
