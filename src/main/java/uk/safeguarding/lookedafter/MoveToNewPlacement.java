package uk.safeguarding.lookedafter;

import static uk.safeguarding.lookedafter.LookedAfterChangeProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;

/**
 * The child moves to a new placement (an agreed change of carers, LAC-09, or after an unplanned ending,
 * LAC-10): the placement clocks start again for it (message {@value PlacementAndVisitsProcess#PLACEMENT_CHANGED}:
 * a placement plan, LAC-03; the placement notified, LAC-15; a first visit within a week, LAC-16), the
 * care plan's next assessment is set again by the new placement's RA-01 interval (care-planning.bpmn hears
 * the same message), and the case knows the new placement (and the new legal status, when it changed with the move:
 * SSDA903 reasons B and U). A new SSDA903 episode begins on the day.
 */
@Component("moveToNewPlacement")
public class MoveToNewPlacement implements JavaDelegate {

  private final LookedAfterCase lookedAfterCase;

  public MoveToNewPlacement(LookedAfterCase lookedAfterCase) {
    this.lookedAfterCase = lookedAfterCase;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    VariableMap placement = Variables.createVariables()
        .putValue(LookedAfterChildProcess.Variables.PLACEMENT_TYPE, variables.text(NEW_PLACEMENT_TYPE))
        .putValue(LookedAfterChildProcess.Variables.PLACEMENT_START_DATE, variables.date(NEW_PLACEMENT_START_DATE).toString())
        .putValue(LookedAfterChildProcess.Variables.PLACEMENT_LONG_TERM, variables.isTrue(NEW_PLACEMENT_LONG_TERM))
        .putValue(LookedAfterChildProcess.Variables.PLACEMENT_ADDRESS, variables.text(NEW_PLACEMENT_ADDRESS))
        .putValue(LookedAfterChildProcess.Variables.PLACEMENT_PROVIDER, variables.text(NEW_PLACEMENT_PROVIDER))
        .putValue(LookedAfterChildProcess.Variables.PLACEMENT_POSTCODE, variables.text(NEW_PLACEMENT_POSTCODE));
    if (variables.hasText(NEW_LEGAL_STATUS)) {
      placement.putValue(LookedAfterChildProcess.Variables.LEGAL_STATUS, variables.text(NEW_LEGAL_STATUS));
    }
    execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(PlacementAndVisitsProcess.PLACEMENT_CHANGED)
        .processInstanceBusinessKey(execution.getProcessBusinessKey())
        .setVariables(placement)
        .correlateAllWithResult();
    lookedAfterCase.tellTheCase(execution.getProcessBusinessKey(), placement, execution.getProcessInstanceId());
    // The SSDA903 return reads a new episode from each change that began one, on this day (returns/Ssda903Records).
    execution.setVariable(NEW_EPISODE_ON, variables.date(NEW_PLACEMENT_START_DATE).toString());
  }
}
