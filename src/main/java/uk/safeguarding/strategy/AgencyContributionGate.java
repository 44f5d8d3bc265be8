package uk.safeguarding.strategy;

import static uk.safeguarding.strategy.StrategyDiscussionProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.identity.CurrentUser;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/**
 * SD-06: each invited agency contributes its information and its own analysis of the risk. The
 * contribution is kept on the agency's task (local variables, so agencies never overwrite each
 * other) and added to the summary the chair reads when recording the decisions.
 */
@Component("recordAgencyContribution")
public class AgencyContributionGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    gate.requireText("SD-06", AGENCY_INFORMATION, "Your agency's information about the child and family")
        .requireText("SD-06", AGENCY_RISK_ANALYSIS, "Your agency's analysis of the risk");
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    String agency = variables.text(AGENCY);
    String name = Agency.byGroupId(agency).map(Agency::displayName).orElse(agency);
    String entry = name + " (" + CurrentUser.of(execution) + ")\nInformation: " + variables.text(AGENCY_INFORMATION)
        + "\nRisk analysis: " + variables.text(AGENCY_RISK_ANALYSIS);
    Object earlier = execution.getProcessInstance().getVariable(AGENCY_CONTRIBUTIONS);
    execution.getProcessInstance().setVariable(AGENCY_CONTRIBUTIONS,
        earlier == null || earlier.toString().isBlank() ? entry : earlier + "\n\n" + entry);
  }
}
