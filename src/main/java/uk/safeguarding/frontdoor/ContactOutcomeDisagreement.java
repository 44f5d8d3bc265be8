package uk.safeguarding.frontdoor;

import static uk.safeguarding.escalation.ProfessionalDisagreementProcess.Variables.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.escalation.ProfessionalDisagreementProcess;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.casefile.NextPathway;

/**
 * FD-06: the referring agency disagrees with the front door's outcome (seed 002 Standard 3: it is
 * responsible for challenging it without delay), so a professional disagreement starts for the same
 * child, raised by the referrer's agency with the front door. A refused request for service (advice or
 * early help instead of a referral) is the topic seed 003 names; any other outcome is 'other'.
 */
@Component("contactOutcomeDisagreement")
public class ContactOutcomeDisagreement implements JavaDelegate {

  private static final List<String> REFUSED = List.of(ContactProcess.ADVICE, ContactProcess.EARLY_HELP);

  @Override
  public void execute(DelegateExecution execution) {
    CaseVariables v = CaseVariables.of(execution);
    Map<String, Object> disagreement = NextPathway.caseVariables(execution);
    disagreement.put(RAISING_AGENCY, v.text(ContactProcess.Variables.REFERRER_AGENCY));
    disagreement.put(OTHER_AGENCY, Agency.CSC_FRONT_DOOR.groupId());
    disagreement.put(DISAGREEMENT_ABOUT, REFUSED.contains(v.text(ContactProcess.Variables.CONTACT_OUTCOME))
        ? "referralRefused" : "other");
    for (String field : List.of(DISAGREEMENT_ISSUE, RAISING_AGENCY_POSITION, CHILD_SAFETY, IMMEDIATE_RISK_DETAILS)) {
      disagreement.put(field, v.raw(field));
    }
    NextPathway.start(execution, ProfessionalDisagreementProcess.KEY, disagreement);
  }
}
