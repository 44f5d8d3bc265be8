package uk.safeguarding;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.task.Task;

/**
 * Two changes to one case at the same moment, made to happen every time: while one person's command
 * on a task runs (its {@code complete} or {@code assignment} event, after the engine has read the task
 * and before it writes anything), another change to the same task is made and committed on another
 * thread, as a colleague, a manager or a timer would. When the first command then writes, the engine
 * finds the task changed under it and refuses with an OptimisticLockingException: the real thing,
 * through whichever door the first person came.
 *
 * <p>A listener is added once to the task's definition in the engine's deployment cache; it does
 * nothing until armed for one task, and fires once. Use in try-with-resources.
 */
public final class AtTheSameMoment implements AutoCloseable {

  private static final AtomicReference<AtTheSameMoment> ARMED = new AtomicReference<>();

  private final String taskId;
  private final String event;
  private final Runnable otherChange;
  private final CompletableFuture<Void> done = new CompletableFuture<>();

  private AtTheSameMoment(String taskId, String event, Runnable otherChange) {
    this.taskId = taskId;
    this.event = event;
    this.otherChange = otherChange;
  }

  /**
   * The next time {@code event} ({@link TaskListener#EVENTNAME_COMPLETE}, {@link TaskListener#EVENTNAME_ASSIGNMENT})
   * runs on {@code task}, {@code otherChange} is made first, in its own transaction.
   */
  public static AtTheSameMoment as(ProcessEngine engine, Task task, String event, Runnable otherChange) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    ProcessDefinitionEntity definition = configuration.getCommandExecutorTxRequired().execute(context ->
        configuration.getDeploymentCache().findDeployedProcessDefinitionById(task.getProcessDefinitionId()));
    TaskDefinition taskDefinition = ((UserTaskActivityBehavior) definition.findActivity(task.getTaskDefinitionKey())
        .getActivityBehavior()).getTaskDefinition();
    synchronized (AtTheSameMoment.class) {
      List<TaskListener> listeners = taskDefinition.getTaskListenersForEvent(event);
      if (listeners == null || listeners.stream().noneMatch(Hook.class::isInstance)) {
        taskDefinition.addTaskListener(event, new Hook());
      }
    }
    AtTheSameMoment change = new AtTheSameMoment(task.getId(), event, otherChange);
    if (!ARMED.compareAndSet(null, change)) {
      throw new IllegalStateException("another change at the same moment is armed already");
    }
    return change;
  }

  /** Whether the other change was made (and committed); rethrows its failure. */
  public boolean happened() {
    if (!done.isDone()) {
      return false;
    }
    done.join();
    return true;
  }

  @Override
  public void close() {
    ARMED.compareAndSet(this, null);
  }

  /** The listener in the task's definition: inert unless armed for this very task and event. */
  private static final class Hook implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      AtTheSameMoment armed = ARMED.get();
      if (armed == null || !armed.taskId.equals(task.getId()) || !armed.event.equals(task.getEventName())
          || !ARMED.compareAndSet(armed, null)) {
        return;
      }
      // Another thread, so another transaction, which commits before this one goes on.
      Thread other = new Thread(() -> {
        try {
          armed.otherChange.run();
          armed.done.complete(null);
        } catch (Throwable failure) {
          armed.done.completeExceptionally(failure);
        }
      }, "at-the-same-moment");
      other.start();
      try {
        armed.done.handle((ignored, failure) -> null).get(30, TimeUnit.SECONDS);
      } catch (Exception notInTime) {
        throw new IllegalStateException("the other change did not finish", notInTime);
      }
    }
  }
}
