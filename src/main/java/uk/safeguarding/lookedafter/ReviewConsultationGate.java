package uk.safeguarding.lookedafter;

import static uk.safeguarding.lookedafter.LookedAfterReviewsProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.identity.CurrentUser;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/**
 * LAC-08: each involved agency returns its consultation to the IRO before the review. It is kept on the
 * agency's task (local variables, so agencies never overwrite each other) and added to what the IRO
 * reads when holding the review.
 */
@Component("reviewConsultationGate")
public class ReviewConsultationGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    gate.requireText("LAC-08", CONSULTATION, "Your agency's consultation (your work with the child and your view of the plan)");
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    String agency = variables.text(CarePlanningProcess.Variables.AGENCY);
    String entry = Agency.byGroupId(agency).map(Agency::displayName).orElse(agency) + " (" + CurrentUser.of(execution)
        + "), review " + variables.text(REVIEW_NUMBER) + ": " + variables.text(CONSULTATION);
    Object earlier = execution.getProcessInstance().getVariable(CONSULTATIONS);
    execution.getProcessInstance().setVariable(CONSULTATIONS,
        earlier == null || earlier.toString().isBlank() ? entry : earlier + "\n\n" + entry);
  }
}
