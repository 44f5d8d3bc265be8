package uk.safeguarding.strategy;

import static uk.safeguarding.strategy.Section47EnquiryProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.safeguarding.identity.CurrentUser;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/** S47-03: a team manager endorses the outcome, or returns it with comments the social worker sees. */
@Component("section47EndorsementGate")
public class Section47EndorsementGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    gate.requireOneOf("S47-03", ENDORSEMENT, Section47EnquiryProcess.ENDORSEMENTS);
    CaseVariables variables = gate.variables();
    if (Section47EnquiryProcess.RETURN.equals(variables.text(ENDORSEMENT))) {
      gate.requireText("S47-03", MANAGER_COMMENTS, "What the social worker should do before the outcome can be endorsed");
    }
    if (Section47EnquiryProcess.ENDORSE.equals(variables.text(ENDORSEMENT))
        && Section47EnquiryProcess.SUBSTANTIATED.equals(variables.text(SECTION_47_OUTCOME))) {
      gate.requireText("S47-04", PROVISIONAL_SAFETY_PLAN, "A provisional safety plan before a conference is requested");
    }
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    if (Section47EnquiryProcess.ENDORSE.equals(variables.text(ENDORSEMENT))) {
      execution.setVariable(OUTCOME_ENDORSED_AT, ClockUtil.getCurrentTime());
      execution.setVariable(OUTCOME_ENDORSED_BY, CurrentUser.of(execution));
      execution.setVariable("childInNeedPlanToBeConsidered",
          Section47EnquiryProcess.NOT_SUBSTANTIATED.equals(variables.text(SECTION_47_OUTCOME)));
    }
  }
}
