package uk.safeguarding.childcase;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Which child a task, an execution or a process instance belongs to (its case reference, the business
 * key of every process of the child), and what it is in words, for the log of reads
 * ({@link RecordAccessLog}). Looked up by the system, whoever asked, since the reader already read it.
 * Remembered: a task or a process belongs to one child for good, and a form opened twice, or a page of
 * variables of the same cases, then costs no query.
 */
@Component
public class WhichChild {

  /** The child's case reference, and what was read of it ("Contribute to strategy discussion"). */
  public record Subject(String caseReference, String description) {}

  private static final int REMEMBERED = 20_000;

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final ProcessEngineConfigurationImpl engine;
  private final Map<String, Subject> remembered = new LinkedHashMap<>(1024, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Subject> eldest) {
      return size() > REMEMBERED;
    }
  };

  public WhichChild(TaskService tasks, RuntimeService runtime, HistoryService history, ProcessEngineConfigurationImpl engine) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.history = history;
    this.engine = engine;
  }

  public Optional<Subject> ofTask(String taskId) {
    Subject known = known("task:" + taskId);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Subject> found = asTheSystem(() -> {
      Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
      return task == null || task.getProcessInstanceId() == null ? Optional.<Subject>empty()
          : instances(Set.of(task.getProcessInstanceId())).values().stream().findFirst()
              .map(process -> new Subject(process.caseReference(), task.getName()));
    });
    found.ifPresent(subject -> remember("task:" + taskId, subject));
    return found;
  }

  public Optional<Subject> ofExecution(String executionId) {
    return asTheSystem(() -> Optional.ofNullable(runtime.createExecutionQuery().executionId(executionId).singleResult())
        .map(Execution::getProcessInstanceId)).flatMap(this::ofProcessInstance);
  }

  public Optional<Subject> ofProcessInstance(String processInstanceId) {
    return Optional.ofNullable(ofProcessInstances(List.of(processInstanceId)).get(processInstanceId));
  }

  /** Each of these process instances that belongs to a child, by id. */
  public Map<String, Subject> ofProcessInstances(Collection<String> processInstanceIds) {
    Map<String, Subject> found = new HashMap<>();
    Set<String> unknown = new java.util.HashSet<>();
    for (String id : processInstanceIds) {
      Subject known = known("process:" + id);
      if (known != null) {
        found.put(id, known);
      } else {
        unknown.add(id);
      }
    }
    if (!unknown.isEmpty()) {
      Map<String, Subject> looked = asTheSystem(() -> instances(unknown));
      looked.forEach((id, subject) -> remember("process:" + id, subject));
      found.putAll(looked);
    }
    return found;
  }

  private Map<String, Subject> instances(Set<String> ids) {
    return history.createHistoricProcessInstanceQuery().processInstanceIds(ids).list().stream()
        .filter(process -> process.getBusinessKey() != null)
        .collect(Collectors.toMap(HistoricProcessInstance::getId, process -> new Subject(process.getBusinessKey(),
            process.getProcessDefinitionName() == null ? process.getProcessDefinitionKey() : process.getProcessDefinitionName())));
  }

  private <T> T asTheSystem(java.util.function.Supplier<T> lookUp) {
    return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(lookUp::get));
  }

  private synchronized Subject known(String key) {
    return remembered.get(key);
  }

  private synchronized void remember(String key, Subject subject) {
    remembered.put(key, subject);
  }
}
