package uk.safeguarding.frontdoor;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * FD-05: whether the child already has an open child protection plan: a running ChildProtectionPlan
 * process under the same case reference. Checked by the system, whoever made the contact: a school
 * may not read the plan, but the allocated worker must still hear of the contact.
 */
@Component("openChildProtectionPlanCheck")
public class OpenChildProtectionPlanCheck implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    long open = Context.getCommandContext().runWithoutAuthorization(() -> execution.getProcessEngineServices()
        .getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ContactProcess.CHILD_PROTECTION_PLAN_KEY)
        .processInstanceBusinessKey(execution.getProcessBusinessKey()).count());
    execution.setVariable(ContactProcess.Variables.OPEN_CHILD_PROTECTION_PLAN, open > 0);
  }
}
