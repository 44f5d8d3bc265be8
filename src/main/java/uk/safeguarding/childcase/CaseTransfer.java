package uk.safeguarding.childcase;

import static uk.safeguarding.childcase.ChildCaseProcess.Variables.*;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.gates.CaseVariables;

/**
 * TR-01: a transfer moves the case to the receiving worker at once. Every open social worker's task
 * of the child, in every pathway, is assigned to them (the tasks keep their group, so the team still
 * sees them), they become the case's worker, and their first task is to give the family and the
 * network their contact details within the profile's TR-01 days.
 */
@Configuration
public class CaseTransfer {

  /** Service task "Move the case's open tasks to the receiving worker", after supervision's decision. */
  @Bean
  public JavaDelegate transferOpenTasks() {
    return CaseTransfer::moveOpenTasks;
  }

  /**
   * The same, in the event subprocess "Transferred by a manager": only when the team tray asked for it
   * in this command ({@link WorkReassignments#transferChild}, which checked the manager, the receiver
   * and the reason and keeps the record). A message sent over the engine by anyone else is refused, so
   * no transfer goes unrecorded.
   */
  @Bean
  public JavaDelegate transferOpenTasksOnRequest() {
    return execution -> {
      String receiver = CaseVariables.of(execution).text(RECEIVING_WORKER);
      if (!WorkReassignments.isTransferAskedFor(execution.getProcessBusinessKey(), receiver)) {
        throw new org.camunda.bpm.engine.BadUserRequestException("TR-01: a child is transferred by a manager from the "
            + "team tray (/api/oversight/team-tray/cases/{caseReference}/transfer, with a reason) or in supervision");
      }
      moveOpenTasks(execution);
    };
  }

  private static void moveOpenTasks(DelegateExecution execution) {
    String receiver = CaseVariables.of(execution).text(RECEIVING_WORKER);
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    List<Task> open = Context.getCommandContext().runWithoutAuthorization(() -> tasks.createTaskQuery()
        .processInstanceBusinessKey(execution.getProcessBusinessKey())
        .taskCandidateGroup(Agency.CSC_SOCIAL_WORKER.groupId()).includeAssignedTasks().list());
    Context.getCommandContext().runWithoutAuthorization(() -> {
      open.forEach(task -> tasks.setAssignee(task.getId(), receiver));
      return null;
    });
    execution.setVariable(CASE_WORKER, receiver);
    execution.setVariable(TRANSFERRED_AT, ClockUtil.getCurrentTime());
    execution.setVariable(TASKS_TRANSFERRED, open.size());
  }

  /** The receiving worker's first task is theirs, not the team's to pick. */
  @Bean
  public TaskListener assignToCaseWorker() {
    return (DelegateTask task) -> task.setAssignee(CaseVariables.of(task).text(CASE_WORKER));
  }

  /** TR-01: the receiving worker says when and how the family and the network were given their contact details. */
  @Bean
  public uk.safeguarding.gates.CompletionGate contactDetailsGate() {
    return new uk.safeguarding.gates.CompletionGate() {
      @Override
      protected void check(uk.safeguarding.gates.Gate gate, DelegateExecution execution) {
        gate.requireDate("TR-01", CONTACT_DETAILS_GIVEN_ON, "The day you gave the family and the network your contact details")
            .notInFuture("TR-01", CONTACT_DETAILS_GIVEN_ON)
            .requireText("TR-01", CONTACT_DETAILS_GIVEN_TO, "Who you gave them to, and how (family members, agencies of the network)");
      }
    };
  }
}
