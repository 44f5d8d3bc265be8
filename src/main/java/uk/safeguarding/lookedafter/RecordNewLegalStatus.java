package uk.safeguarding.lookedafter;

import static uk.safeguarding.lookedafter.LookedAfterChangeProcess.Variables.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;

/**
 * LAC-02: the child's legal status changed with no move (an interim care order became a care order, a placement
 * order was made). The case and every running process of the pathway hold the new status, so each form shows it,
 * and a new SSDA903 episode (reason L) begins on the day the status began.
 */
@Component("recordNewLegalStatus")
public class RecordNewLegalStatus implements JavaDelegate {

  private final LookedAfterCase lookedAfterCase;

  public RecordNewLegalStatus(LookedAfterCase lookedAfterCase) {
    this.lookedAfterCase = lookedAfterCase;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    String legalStatus = variables.text(NEW_LEGAL_STATUS);
    lookedAfterCase.tellTheCase(execution.getProcessBusinessKey(), Map.of(LookedAfterChildProcess.Variables.LEGAL_STATUS, legalStatus),
        execution.getProcessInstanceId());
    execution.setVariable(NEW_EPISODE_ON, variables.date(EVENT_ON).toString());
  }
}
