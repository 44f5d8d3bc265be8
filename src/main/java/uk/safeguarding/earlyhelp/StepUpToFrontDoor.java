package uk.safeguarding.earlyhelp;

import static uk.safeguarding.earlyhelp.EarlyHelpProcess.Variables.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.identity.CurrentUser;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.casefile.NextPathway;

/**
 * EH-04: early help steps up: a new contact with the front door for the same child, referred by early
 * help, carrying the step up's reasons and what early help knows. The early help history stays on
 * the case under the same case reference.
 */
@Component("stepUpToFrontDoor")
public class StepUpToFrontDoor implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    CaseVariables v = CaseVariables.of(execution);
    Map<String, Object> contact = NextPathway.caseVariables(execution);
    for (String field : EarlyHelpProcess.CONTACT_FIELDS) {
      contact.put(field, v.raw(field));
    }
    contact.put("referrerAgency", Agency.EARLY_HELP.groupId());
    contact.put("referrerName", CurrentUser.of(execution));
    contact.put("contactSource", "earlyHelpStepUp");
    contact.put("contactFacts", "Step up from early help (EH-04): " + v.text(STEP_UP_REASON)
        + (v.hasText(ASSESSMENT_SUMMARY) ? "\nEarly help assessment: " + v.text(ASSESSMENT_SUMMARY) : "")
        + (v.hasText(REVIEW_PROGRESS) ? "\nLatest review: " + v.text(REVIEW_PROGRESS) : ""));
    NextPathway.startByMessage(execution, EarlyHelpProcess.STEP_UP_MESSAGE, contact);
  }
}
