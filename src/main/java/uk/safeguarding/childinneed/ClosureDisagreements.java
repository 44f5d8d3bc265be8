package uk.safeguarding.childinneed;

import static uk.safeguarding.escalation.ProfessionalDisagreementProcess.Variables.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.childinneed.ChildInNeedMeetingProcess.Variables;
import uk.safeguarding.escalation.ProfessionalDisagreementProcess;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.timescales.Standards;

/**
 * CIN-07: an agency that disagrees with closing the plan raises a professional disagreement with the
 * social worker (seed 002: the plan is not closed and agencies follow the resolving professional
 * disagreements process). It is raised by the agency's own practitioner, in the act of giving the view,
 * so the disagreement's start gate sees who acts for whom (ESC-01); the child's safety (ESC-03) is
 * what the practitioner answered on the same form.
 */
@Component
public class ClosureDisagreements {

  /** Starts the disagreement under the case reference and returns its process instance id. */
  String raise(DelegateExecution execution, String agency, String position) {
    CaseVariables v = CaseVariables.of(execution);
    Map<String, Object> start = new HashMap<>();
    start.put(CASE_REFERENCE, v.text(CASE_REFERENCE));
    start.put(CHILD_NAME, v.text(CHILD_NAME));
    start.put(CHILD_DATE_OF_BIRTH, v.raw(CHILD_DATE_OF_BIRTH));
    start.put(HOUSEHOLD_MEMBERS, v.raw(HOUSEHOLD_MEMBERS));
    start.put(Standards.PROFILE_VARIABLE, v.text(Standards.PROFILE_VARIABLE));
    start.put(RAISING_AGENCY, agency);
    start.put(OTHER_AGENCY, Agency.CSC_SOCIAL_WORKER.groupId());
    start.put(DISAGREEMENT_ABOUT, "planClosed");
    start.put(DISAGREEMENT_ISSUE, "Closing the child in need plan, proposed at the review on " + v.text(Variables.MEETING_DATE)
        + " (CIN-07: a child in need plan closes only with every agency's agreement).");
    start.put(RAISING_AGENCY_POSITION, position);
    start.put(CHILD_SAFETY, v.text(CHILD_SAFETY));
    start.put(IMMEDIATE_RISK_DETAILS, v.text(IMMEDIATE_RISK_DETAILS));
    String caseReference = execution.getProcessBusinessKey();
    // The agency may start a disagreement (ProfessionalDisagreementProcess.WHO_MAY_START); the start runs without the engine's
    // authorization check only so that it does not depend on grants made elsewhere: who acts for which
    // agency is still checked by the disagreement's own start gate.
    return Context.getCommandContext().runWithoutAuthorization(() -> execution.getProcessEngineServices().getRuntimeService()
        .startProcessInstanceByKey(ProfessionalDisagreementProcess.KEY, caseReference, start)).getId();
  }
}
