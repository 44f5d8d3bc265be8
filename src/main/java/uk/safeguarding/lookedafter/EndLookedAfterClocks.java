package uk.safeguarding.lookedafter;

import static uk.safeguarding.lookedafter.LookedAfterChildProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;

/**
 * The child has left care (returned home, a special guardianship or child arrangements order, adopted):
 * message {@value LookedAfterChildProcess#CHILD_LEFT_CARE} ends every clock of the pathway, with the day
 * and the reason. A REST client may send the same message itself.
 */
@Component("endLookedAfterClocks")
public class EndLookedAfterClocks implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(LookedAfterChildProcess.CHILD_LEFT_CARE)
        .processInstanceBusinessKey(execution.getProcessBusinessKey())
        .setVariable(LEFT_CARE_ON, variables.date(LEFT_CARE_ON).toString())
        .setVariable(LEFT_CARE_REASON, variables.text(LEFT_CARE_REASON))
        .correlateAllWithResult();
  }
}
