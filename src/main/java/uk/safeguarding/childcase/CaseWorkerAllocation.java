package uk.safeguarding.childcase;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import uk.safeguarding.casefile.EveryDiagram;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.agency.CaseInvolvement;

/**
 * TR-01: once a case has been transferred, the receiving worker holds it, so the social worker tasks
 * the child's pathways create afterwards are theirs too, not the team's to pick up. The transfer
 * itself ({@link CaseTransfer}) moves the tasks that are open at that moment; this built-in create
 * listener on every user task of every diagram assigns each later one, in whichever pathway, to the
 * worker the child's case names ({@code caseWorker}, set by a transfer). The task keeps its candidate
 * group, so the team still sees it. Tasks of other agencies and roles are left as they are.
 */
@Component
public class CaseWorkerAllocation extends AbstractProcessEnginePlugin {

  private static final TaskListener TO_THE_CASE_WORKER = CaseWorkerAllocation::toTheCaseWorker;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EveryDiagram.onEveryTaskCreated(configuration, TO_THE_CASE_WORKER);
  }

  static void toTheCaseWorker(DelegateTask task) {
    String caseReference = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    if (task.getAssignee() != null || caseReference == null
        || !CaseInvolvement.candidateGroupsOf(task).contains(Agency.CSC_SOCIAL_WORKER.groupId())) {
      return;
    }
    RuntimeService runtime = task.getProcessEngineServices().getRuntimeService();
    // The practitioner whose step made the task may not read the child's case: the system looks.
    String caseWorker = Context.getCommandContext().runWithoutAuthorization(() -> {
      List<ProcessInstance> cases = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseReference)
          .processDefinitionKey(ChildCaseProcess.KEY).list();
      return cases.stream().map(child -> runtime.getVariable(child.getId(), ChildCaseProcess.Variables.CASE_WORKER))
          .filter(String.class::isInstance).map(String.class::cast).findFirst().orElse(null);
    });
    if (caseWorker != null) {
      task.setAssignee(caseWorker);
    }
  }
}
