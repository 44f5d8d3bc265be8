package uk.safeguarding.identity;

import java.lang.reflect.Field;
import java.util.ArrayList;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * Work is offered to an agency and taken by a practitioner for themselves: nobody hands a task to a
 * named colleague outside the pathways. The engine lets anyone who may work a task (TASK_WORK, the
 * right every candidate group holds) claim it for any user id, so here a practitioner may claim only
 * for themselves, and is told so (HTTP 403 with this message over REST and in Tasklist). Whoever holds
 * a task may give it back to their agency (unclaim), which the engine itself would refuse without the
 * right to assign, which practitioners do not hold. Assigning, delegating, changing a due date or a
 * candidate group stay refused by the engine (no TASK_ASSIGN or UPDATE on tasks is granted, see
 * AgencyAccessSetup). The system (timers, gates, nobody signed in) and administrators are not checked.
 */
@Component
public class ClaimingForOneself extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(new OnlyForOneself());
  }

  /** Inside the command's context, before the command runs. */
  static final class OnlyForOneself extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (!(command instanceof ClaimTaskCmd) && !(command instanceof AssignTaskCmd)) {
        return next.execute(command);
      }
      CommandContext context = Context.getCommandContext();
      Authentication person = context == null ? null : context.getAuthentication();
      if (person == null || person.getUserId() == null
          || person.getGroupIds() != null && person.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
        return next.execute(command);
      }
      String taskId = (String) field(command, "taskId");
      String userId = (String) field(command, "userId");
      if (command instanceof ClaimTaskCmd) {
        if (userId != null && !userId.equals(person.getUserId())) {
          throw new AuthorizationException("You may claim a task only for yourself, not for '" + userId
              + "': the task stays with your agency until its practitioner claims it");
        }
        return next.execute(command);
      }
      // An assignment: to nobody, by whoever holds the task, is giving it back to the agency.
      TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
      if (userId == null && task != null && person.getUserId().equals(task.getAssignee())) {
        return context.runWithoutAuthorization(() -> next.execute(command));
      }
      return next.execute(command);
    }

    private static Object field(Object command, String name) {
      Class<?> type = command.getClass();
      while (type != null && type != Object.class) {
        try {
          Field field = type.getDeclaredField(name);
          field.setAccessible(true);
          return field.get(command);
        } catch (NoSuchFieldException e) {
          type = type.getSuperclass();
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("cannot read " + name + " of " + command.getClass().getName(), e);
        }
      }
      throw new IllegalStateException(command.getClass().getName() + " has no " + name + " (engine changed?)");
    }
  }
}
