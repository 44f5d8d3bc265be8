package uk.safeguarding.lookedafter;

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

  /** Sets a variable on the called process and on the main process of the looked after child. */
  public void tellTheCase(DelegateExecution execution, String name, Object value) {
    execution.setVariable(name, value);
    of(execution.getProcessBusinessKey()).ifPresent(main -> runtime.setVariable(main.getId(), name, value));
  }
}
