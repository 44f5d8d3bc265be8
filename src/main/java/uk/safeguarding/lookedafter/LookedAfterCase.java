package uk.safeguarding.lookedafter;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The looked after child's main process, seen from the processes it calls and from a change a social
 * worker reports: what one part of the pathway learns (the IRO's name) is told to the case, so every
 * later form shows it, and a report about the child finds the case it belongs to.
 */
@Component
public class LookedAfterCase {

  private final RuntimeService runtime;

  public LookedAfterCase(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** The child's running LookedAfterChild process, if the child is looked after now. */
  public Optional<ProcessInstance> of(String caseReference) {
    if (caseReference == null) {
      return Optional.empty();
    }
    return runtime.createProcessInstanceQuery().processDefinitionKey(LookedAfterChildProcess.KEY)
        .processInstanceBusinessKey(caseReference).active().list().stream().findFirst();
  }

  /** The processes of the looked after pathway: what one of them learns, the others' forms show. */
  static final String[] PATHWAY = {LookedAfterChildProcess.KEY, LookedAfterReviewsProcess.KEY, LookedAfterHealthProcess.KEY,
      PersonalEducationPlansProcess.KEY, PlacementAndVisitsProcess.KEY, CarePlanningProcess.KEY, PathwayPlanningProcess.KEY};

  /** Sets a variable here and on every other running process of the child's looked after pathway. */
  public void tellTheCase(DelegateExecution execution, String name, Object value) {
    execution.setVariable(name, value);
    tellTheCase(execution.getProcessBusinessKey(), Map.of(name, value), execution.getProcessInstanceId());
  }

  /** Sets the variables on every running process of the child's looked after pathway but {@code except}. */
  public void tellTheCase(String caseReference, Map<String, Object> variables, String except) {
    runtime.createProcessInstanceQuery().processDefinitionKeyIn(PATHWAY).processInstanceBusinessKey(caseReference).list()
        .stream().filter(instance -> !instance.getId().equals(except))
        .forEach(instance -> runtime.setVariables(instance.getId(), variables));
  }
}
