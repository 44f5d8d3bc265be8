package uk.safeguarding.contract;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.SignalEventReceivedBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractInstantiationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractProcessInstanceModificationCommand;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleExternalTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * Enforces the contracts on every way a person reaches the engine: Tasklist, the REST API and the
 * Java API under a signed-in user all end in the engine's commands, so this checks each command a
 * person starts before it runs, in its transaction. A refusal is a 400 that names the variable and
 * the step, and nothing of the submission is kept.
 *
 * <ul>
 *   <li>Completing a task (complete, submit-form, resolve) writes only what the task writes, each
 *       value of its kind; what the task shows may come back unchanged, as a form sends it.</li>
 *   <li>A task's variables, local or not, are never set by a person: the case's variables are
 *       written by completing the task, and a draft is kept with {@code /api/tasks/{id}/draft}
 *       (drafts/TaskDrafts), outside the engine, until then.</li>
 *   <li>Variables of a running case (Cockpit's editing, the REST variables endpoints, batches) are
 *       never set by a person: case facts are corrected by the correction of the case record, the
 *       rest by the task that owns them. An administrator may still repair a technical variable that
 *       no contract names.</li>
 *   <li>Starting a process and sending a message carry only what the start or the message declares.</li>
 *   <li>Signals, external tasks, BPMN errors or escalations thrown on a user task carry nothing from
 *       a person; moving or restarting a case past its gates is for an administrator, without variables.</li>
 * </ul>
 *
 * <p>Only the command a person started is checked: what the engine and the pathways' own delegates do
 * inside it (a gate setting a due date, a hand-on starting the next pathway) runs as the system, and
 * jobs run with nobody signed in.
 */
@Component
public class CaseWriteGuard extends AbstractProcessEnginePlugin {

  private static final ThreadLocal<Command<?>> STARTED_BY_CALLER = new ThreadLocal<>();

  private final ProcessContracts contracts;

  public CaseWriteGuard(ProcessContracts contracts) {
    this.contracts = contracts;
  }

  /**
   * Runs {@code write} as the application, not as the signed-in person: for an endpoint of ours that
   * has checked the person's right itself and writes a value the person did not send (the NE-01
   * report sets {@code familyNotEngaging} to true). Neither the contracts nor the engine's
   * authorizations apply to it (a social worker may report, but has no right to set a case's
   * variables); the history still names the person. What runs inside is one command of the engine,
   * so it is kept or rolled back whole.
   */
  public static void writeAsTheApplication(org.camunda.bpm.engine.ProcessEngine engine, Runnable write) {
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> context.runWithoutAuthorization(() -> {
          write.run();
          return null;
        }));
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new MarkCallersCommand());
    configuration.getCustomPostCommandInterceptorsTxRequired().add(new CheckCallersCommand());
  }

  /** Before any command context exists: only the caller's own command arrives here without one. */
  private static final class MarkCallersCommand extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      if (Context.getCommandContext() != null) {
        return next.execute(command);
      }
      STARTED_BY_CALLER.set(command);
      try {
        return next.execute(command);
      } finally {
        STARTED_BY_CALLER.remove();
      }
    }
  }

  /** Inside the command's context and transaction, before the command runs. */
  private final class CheckCallersCommand extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      if (STARTED_BY_CALLER.get() != command) {
        return next.execute(command);
      }
      STARTED_BY_CALLER.remove();
      CommandContext context = Context.getCommandContext();
      Authentication person = context == null ? null : context.getAuthentication();
      if (person == null || person.getUserId() == null) {
        return next.execute(command);
      }
      try {
        check(command, context, isAdministrator(person));
        T result = next.execute(command);
        ChoicesForTheGate.Pending untaken = ChoicesForTheGate.untaken();
        if (untaken != null) {
          refuseProblems(untaken.what(), untaken.problems());
        }
        return result;
      } finally {
        ChoicesForTheGate.untaken();
      }
    }
  }

  private static boolean isAdministrator(Authentication person) {
    return person.getGroupIds() != null && person.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
  }

  void check(Command<?> command, CommandContext context, boolean administrator) {
    if (command instanceof CompleteTaskCmd) {
      taskSubmission(context, field(command, "taskId"), field(command, "variables"));
    } else if (command instanceof SubmitTaskFormCmd) {
      taskSubmission(context, field(command, "taskId"), field(command, "properties"));
    } else if (command instanceof SetTaskVariablesCmd set) {
      taskVariables(context, set, field(set, "variables"), List.of());
    } else if (command instanceof PatchTaskVariablesCmd patch) {
      taskVariables(context, patch, field(patch, "variables"), field(patch, "deletions"));
    } else if (command instanceof RemoveTaskVariablesCmd remove) {
      taskVariables(context, remove, Map.of(), field(remove, "variableNames"));
    } else if (command instanceof AbstractSetVariableCmd set) {
      caseVariables(administrator, names(field(set, "variables")));
    } else if (command instanceof AbstractPatchVariablesCmd patch) {
      List<String> names = new ArrayList<>(names(field(patch, "variables")));
      names.addAll(nullToEmpty(field(patch, "deletions")));
      caseVariables(administrator, names);
    } else if (command instanceof AbstractRemoveVariableCmd remove) {
      caseVariables(administrator, nullToEmpty(field(remove, "variableNames")));
    } else if (command instanceof SetVariablesToProcessInstancesBatchCmd batch) {
      caseVariables(administrator, names(field(batch, "variables")));
    } else if (command instanceof StartProcessInstanceCmd start) {
      ProcessInstantiationBuilderImpl builder = field(start, "instantiationBuilder");
      start(context, builder.getProcessDefinitionId(), builder.getProcessDefinitionKey(), builder.getVariables());
    } else if (command instanceof SubmitStartFormCmd start) {
      start(context, field(start, "processDefinitionId"), null, field(start, "variables"));
    } else if (command instanceof StartProcessInstanceAtActivitiesCmd start) {
      ProcessInstantiationBuilderImpl builder = field(start, "instantiationBuilder");
      pastTheGates(administrator, "start a case part-way through", builder.getVariables(),
          instructionVariables(builder.getModificationBuilder()));
    } else if (command instanceof AbstractCorrelateMessageCmd correlation) {
      MessageCorrelationBuilderImpl builder = field(correlation, "builder");
      message(builder.getMessageName(), builder.getPayloadProcessInstanceVariables(),
          builder.getPayloadProcessInstanceVariablesLocal(), builder.getPayloadProcessInstanceVariablesToTriggeredScope());
    } else if (command instanceof CorrelateAllMessageBatchCmd batch) {
      message(field(batch, "messageName"), field(batch, "variables"));
    } else if (command instanceof MessageEventReceivedCmd received) {
      message(field(received, "messageName"), field(received, "processVariables"),
          field(received, "processVariablesLocal"), field(received, "processVariablesToTriggeredScope"));
    } else if (command instanceof SignalEventReceivedCmd signal) {
      SignalEventReceivedBuilderImpl builder = field(signal, "builder");
      nothingFromAPerson("send a signal", builder.getVariables());
    } else if (command instanceof SignalCmd signal) {
      nothingFromAPerson("signal an execution", field(signal, "processVariables"));
    } else if (command instanceof CompleteExternalTaskCmd complete) {
      nothingFromAPerson("complete an external task", field(complete, "variables"), field(complete, "localVariables"));
    } else if (command instanceof HandleExternalTaskBpmnErrorCmd error) {
      nothingFromAPerson("report an external task's error", field(error, "variables"));
    } else if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
      throw new CaseWriteRefusedException("A task is finished by completing its form",
          List.of("a BPMN error or escalation would end it without the checks of its standard"), List.of());
    } else if (command instanceof ModifyProcessInstanceCmd modify) {
      ProcessInstanceModificationBuilderImpl builder = field(modify, "builder");
      pastTheGates(administrator, "move a case past its tasks", builder.getProcessVariables(), instructionVariables(builder));
    } else if (command instanceof ModifyProcessInstanceAsyncCmd || command instanceof AbstractModificationCmd<?>
        || command instanceof AbstractRestartProcessInstanceCmd<?>) {
      pastTheGates(administrator, "move or restart cases in a batch", null, List.of());
    }
  }

  private void taskSubmission(CommandContext context, String taskId, Map<String, ?> variables) {
    if (variables == null || variables.isEmpty()) {
      return;
    }
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    if (task == null || task.getProcessDefinitionId() == null) {
      return; // the engine answers for a task that does not exist; a task outside every pathway holds no case
    }
    String processKey = definition(context, task.getProcessDefinitionId()).getKey();
    Optional<Step> step = contracts.step(processKey, task.getTaskDefinitionKey());
    String what = "To complete '" + task.getName() + "' (" + task.getTaskDefinitionKey() + ")";
    if (step.isEmpty()) {
      refuseAll(what, variables.keySet(), "the task's contract declares nothing it may write");
    }
    refuseOrHandOn(what, step.get(), step.get().check(variables, task::getVariable));
  }

  private void taskVariables(CommandContext context, Object command, Map<String, ?> variables,
      Collection<String> removed) {
    String taskId = field(command, "entityId");
    boolean local = field(command, "isLocal");
    List<String> names = new ArrayList<>(names(variables));
    names.addAll(nullToEmpty(removed));
    if (names.isEmpty()) {
      return;
    }
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    if (task == null || task.getProcessDefinitionId() == null) {
      return; // the engine answers for a task that does not exist; a task outside every pathway holds no case
    }
    // A variable set on the task, even a local one, would be engine data with its history, and a local
    // one would take the answer of a later submit-form in place of the case. A draft is kept outside
    // the engine (drafts/TaskDrafts) until the task is completed.
    String draft = "keep a draft of the task's answers with PUT /api/tasks/" + taskId + "/draft";
    refuseAll(local ? "A task's own variables are not set directly" : "A case's variables are written by completing its task",
        names, local ? draft + "; it stays out of the case until the task is completed" : "not set on the task directly; " + draft);
  }

  private void caseVariables(boolean administrator, Collection<String> names) {
    List<String> refused = names.stream()
        .filter(name -> !administrator || contracts.isCaseVariable(name)).toList();
    if (!refused.isEmpty()) {
      throw new CaseWriteRefusedException("The variables of a case are not set directly",
          refused.stream().map(name -> name + ": " + directWriteReason(name, administrator)).toList(), refused);
    }
  }

  private String directWriteReason(String name, boolean administrator) {
    if (CaseFacts.byName(name).isPresent()) {
      return "a fact of the case is changed by children's social care with 'Correct the case record'";
    }
    if (contracts.isCaseVariable(name)) {
      return "written only by the task that owns it, or computed by the system";
    }
    return administrator ? "allowed" : "only an administrator repairs a variable that no task owns";
  }

  private void start(CommandContext context, String definitionId, String definitionKey, Map<String, ?> variables) {
    if (variables == null || variables.isEmpty()) {
      return;
    }
    DeploymentCache cache = context.getProcessEngineConfiguration().getDeploymentCache();
    ProcessDefinitionEntity definition = definitionId != null ? cache.findDeployedProcessDefinitionById(definitionId)
        : cache.findDeployedLatestProcessDefinitionByKey(definitionKey);
    String startEvent = definition.getInitial() == null ? null : definition.getInitial().getId();
    Optional<Step> step = startEvent == null ? Optional.empty() : contracts.step(definition.getKey(), startEvent);
    String what = "To start '" + (definition.getName() == null ? definition.getKey() : definition.getName()) + "'";
    if (step.isEmpty()) {
      refuseAll(what, variables.keySet(), "this process is started by the system, not with a person's answers");
    }
    stepProblems(what, step.get(), variables);
  }

  @SafeVarargs
  private void message(String messageName, Map<String, ?>... payloads) {
    Map<String, Object> variables = merged(payloads);
    if (variables.isEmpty()) {
      return;
    }
    List<Step> declared = contracts.message(messageName);
    String what = "The message '" + messageName + "'";
    if (declared.isEmpty()) {
      refuseAll(what, variables.keySet(), "no contract declares what this message carries");
    }
    // A message caught in several processes carries only what every one of them accepts.
    for (Step step : declared) {
      stepProblems(what + " to " + step.processKey(), step, variables);
    }
  }

  private static void stepProblems(String what, Step step, Map<String, ?> variables) {
    refuseOrHandOn(what, step, step.check(variables, name -> null));
  }

  private static void refuseOrHandOn(String what, Step step, Step.Problems problems) {
    refuseProblems(what, problems.now());
    ChoicesForTheGate.hand(step.id(), what, problems.withTheGate());
  }

  private static void refuseProblems(String what, Map<String, String> problems) {
    if (!problems.isEmpty()) {
      throw new CaseWriteRefusedException(what,
          problems.entrySet().stream().map(problem -> problem.getKey() + ": " + problem.getValue()).toList(),
          List.copyOf(problems.keySet()));
    }
  }

  @SafeVarargs
  private static void nothingFromAPerson(String what, Map<String, ?>... payloads) {
    Map<String, Object> variables = merged(payloads);
    if (!variables.isEmpty()) {
      refuseAll("A person may " + what + " only without variables", variables.keySet(),
          "no contract lets a person write it this way");
    }
  }

  private static void pastTheGates(boolean administrator, String what, Map<String, ?> processVariables,
      List<Map<String, ?>> instructionVariables) {
    if (!administrator) {
      throw new CaseWriteRefusedException("Only an administrator may " + what,
          List.of("the case's steps and their checks are the way through it"), List.of());
    }
    Map<String, Object> variables = merged(processVariables);
    instructionVariables.forEach(each -> variables.putAll(merged(each)));
    if (!variables.isEmpty()) {
      refuseAll("An administrator may " + what + " only without variables", variables.keySet(),
          "the case's variables are written by its steps");
    }
  }

  private static List<Map<String, ?>> instructionVariables(ProcessInstanceModificationBuilderImpl builder) {
    List<Map<String, ?>> variables = new ArrayList<>();
    if (builder == null) {
      return variables;
    }
    for (AbstractProcessInstanceModificationCommand operation : builder.getModificationOperations()) {
      if (operation instanceof AbstractInstantiationCmd instantiation) {
        variables.add(field(instantiation, "variables"));
        variables.add(field(instantiation, "variablesLocal"));
      }
    }
    return variables;
  }

  private static void refuseAll(String what, Collection<String> names, String reason) {
    throw new CaseWriteRefusedException(what, names.stream().map(name -> name + ": " + reason).toList(),
        List.copyOf(names));
  }

  @SafeVarargs
  private static Map<String, Object> merged(Map<String, ?>... maps) {
    Map<String, Object> merged = new LinkedHashMap<>();
    for (Map<String, ?> map : maps) {
      if (map != null) {
        map.keySet().forEach(name -> merged.put(name, SubmittedValue.of(map, name)));
      }
    }
    return merged;
  }

  private static List<String> names(Map<String, ?> variables) {
    return variables == null ? List.of() : List.copyOf(variables.keySet());
  }

  private static List<String> nullToEmpty(Collection<String> names) {
    return names == null ? List.of() : List.copyOf(names);
  }

  private static ProcessDefinitionEntity definition(CommandContext context, String definitionId) {
    return context.getProcessEngineConfiguration().getDeploymentCache().findDeployedProcessDefinitionById(definitionId);
  }

  /**
   * A field of one of the engine's commands. The engine offers no public view of what a command will
   * write; CaseIntegrityRestTest drives every door this reads, so an engine upgrade that renames
   * a field fails the build, and here it fails closed (the command is refused), never open. Also read
   * by designers/CheckedDeployments (what a deployment holds), whose tests drive it the same way.
   */
  @SuppressWarnings("unchecked")
  public static <T> T field(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return (T) field.get(command);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      } catch (IllegalAccessException e) {
        break;
      }
    }
    throw new IllegalStateException("cannot read '" + name + "' of " + command.getClass().getName()
        + " to check what it writes; refused");
  }
}
