package uk.safeguarding.lado;

import static uk.safeguarding.lado.LadoReferralProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.agency.ActingAgency;
import uk.safeguarding.identity.CurrentUser;
import uk.safeguarding.casefile.CaseStarts;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.Gate;
import uk.safeguarding.casefile.StartGate;

/**
 * LADO-01: any practitioner refers a concern about an adult who works with children. The referral
 * says who the adult is and what they do, which of the LADO-01 criteria the concern meets, where it
 * happened (work, community or home alike) and when the concern arose, from which LADO-02 counts.
 * The referral reaches the LADO group at once.
 */
@Component("ladoReferralStartGate")
public class LadoReferralStartGate extends StartGate {

  public LadoReferralStartGate(CaseStarts caseStarts) {
    super(caseStarts, "LADO-01");
  }

  @Override
  protected void checkStart(Gate gate, DelegateExecution execution) {
    gate.requireText("LADO-01", CHILD_NAME, "The child or children concerned")
        .requireText("LADO-01", ADULT_NAME, "The adult's name")
        .requireText("LADO-01", ADULT_ROLE, "The adult's role with children, and their employer or organisation")
        .requireText("LADO-01", CONCERN_DETAILS, "What happened")
        .requireDate("LADO-01", CONCERN_AROSE, "The date the concern arose")
        .notInFuture("LADO-01", CONCERN_AROSE);
    gate.requireSomeOf("LADO-01", CRITERIA, LadoReferralProcess.CRITERIA, "Say which LADO-01 criterion the concern meets")
        .requireSomeOf("LADO-01", SETTINGS, LadoReferralProcess.SETTINGS,
            "Say where it happened: at work, in the community or at home");
    ActingAgency.check(gate, execution, "LADO-01", REFERRER_AGENCY);
  }

  @Override
  protected void started(DelegateExecution execution, CaseVariables v) {
    execution.setVariable(REFERRED_AT, ClockUtil.getCurrentTime());
    execution.setVariable(REFERRED_BY, CurrentUser.of(execution));
    execution.setVariable("ladoReferrerAgencyName",
        Agency.byGroupId(v.text(REFERRER_AGENCY)).map(Agency::displayName).orElse(null));
  }
}
