package uk.safeguarding.childcase;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import uk.safeguarding.casefile.EveryDiagram;
import uk.safeguarding.casefile.CaseStarts;
import uk.safeguarding.casefile.NextPathway;

/**
 * Every pathway feeds the child's case: when a process of a child starts (its start event has passed
 * its start gate, so the case reference is its business key), the child's {@code ChildCase} is opened
 * if none is running, and the RR-01 flags are checked. It is a built-in listener on the start event of
 * every diagram, so no pathway can forget it and no pathway imports this package.
 *
 * <p>{@code safeguarding.child-case.open-automatically} turns it off: the pathways' own tests run
 * without it, so they see only their own processes.
 */
@Component
public class ChildCaseOpening extends AbstractProcessEnginePlugin {

  private final AtomicBoolean automatic;
  private final ReReferralFlags flags;

  public ChildCaseOpening(@Value("${safeguarding.child-case.open-automatically:true}") boolean automatic,
      @Lazy ReReferralFlags flags) {
    this.automatic = new AtomicBoolean(automatic);
    this.flags = flags;
  }

  /** For tests of the case itself, which share one application with the pathways' tests. */
  public void openAutomatically(boolean on) {
    automatic.set(on);
  }

  public boolean opensAutomatically() {
    return automatic.get();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EveryDiagram.onEveryProcessStarted(configuration, key -> !ChildCaseProcess.NOT_PATHWAYS.contains(key), this::pathwayStarted);
  }

  void pathwayStarted(DelegateExecution execution) {
    String caseReference = execution.getProcessBusinessKey();
    // A business key that is not a case reference is not a child (a start gate refuses it in any case).
    if (!automatic.get() || caseReference == null || !CaseStarts.CASE_REFERENCE_FORM.matcher(caseReference).matches()) {
      return;
    }
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    boolean opened = Context.getCommandContext().runWithoutAuthorization(() -> {
      if (ReReferralFlags.openCase(caseReference).isPresent()) {
        return false;
      }
      Map<String, Object> variables = new HashMap<>(NextPathway.caseVariables(execution));
      variables.put("caseReference", caseReference);
      runtime.startProcessInstanceByKey(ChildCaseProcess.KEY, caseReference, variables);
      return true;
    });
    flags.pathwayStarted(execution, opened);
  }
}
