package uk.safeguarding.escalation;

import static uk.safeguarding.escalation.ProfessionalDisagreementProcess.Variables.CONFERENCE_DISSENT_DECISION;

import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.Gate;

/** ESC-05: the manager of the conference chairs decides whether the conference decision stands. */
@Component("conferenceDissentGate")
public class ConferenceDissentGate extends DisagreementStageGate {

  public ConferenceDissentGate(DisagreementRecords records) {
    super(records);
  }

  @Override
  protected void checkOutcome(Gate gate) {
    gate.requireOneOf("ESC-05", CONFERENCE_DISSENT_DECISION, ProfessionalDisagreementProcess.DISSENT_DECISIONS);
  }

  @Override
  protected boolean concludes(CaseVariables variables) {
    return true;
  }

  @Override
  protected String outcome(CaseVariables variables) {
    return "conferenceToReconvene".equals(variables.text(CONFERENCE_DISSENT_DECISION))
        ? "the conference is to be reconvened" : "the conference decision stands";
  }
}
