package uk.safeguarding.agency;

import static org.camunda.bpm.engine.authorization.Permissions.READ;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Need-to-know (standards.md section 2, seed 001 section 2): an agency may read a case once it has
 * been given a task in it, and not before. Every user task of every diagram gets this as a built-in
 * create listener, so no diagram can forget it: the task's candidate groups gain READ on the task's
 * process instance and on the instances above it (a section 47 enquiry's strategy discussion).
 * The tasks themselves are guarded by Camunda's identity-link authorizations (READ and TASK_WORK).
 */
@Component
public class CaseInvolvement extends AbstractProcessEnginePlugin {

  private static final TaskListener GRANT_CASE_TO_CANDIDATE_GROUPS = CaseInvolvement::grantCaseToCandidateGroups;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, GRANT_CASE_TO_CANDIDATE_GROUPS);
        }
      }
    });
  }

  static void grantCaseToCandidateGroups(DelegateTask task) {
    Set<String> groups = new LinkedHashSet<>();
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    if (groups.isEmpty()) {
      return;
    }
    Set<String> instances = new LinkedHashSet<>();
    ExecutionEntity instance = (ExecutionEntity) task.getExecution().getProcessInstance();
    while (instance != null) {
      instances.add(instance.getId());
      instance = instance.getSuperExecution() == null ? null : instance.getSuperExecution().getProcessInstance();
    }
    // The practitioner who completed the previous step may not grant; the system does it for the case.
    Context.getCommandContext().runWithoutAuthorization(() -> {
      AuthorizationService authorizations = task.getProcessEngineServices().getAuthorizationService();
      for (String group : groups) {
        for (String processInstanceId : instances) {
          grantRead(authorizations, group, processInstanceId);
        }
      }
      return null;
    });
  }

  private static void grantRead(AuthorizationService authorizations, String group, String processInstanceId) {
    // Two tasks for one group created in one transaction (parallel branches, a multi-instance task):
    // the first grant is not flushed yet, so the query alone would not see it.
    boolean grantedInThisTransaction = Context.getCommandContext().getDbEntityManager()
        .getCachedEntitiesByType(AuthorizationEntity.class).stream()
        .anyMatch(made -> group.equals(made.getGroupId()) && processInstanceId.equals(made.getResourceId())
            && made.getResourceType() == Resources.PROCESS_INSTANCE.resourceType());
    boolean granted = grantedInThisTransaction || authorizations.createAuthorizationQuery().groupIdIn(group)
        .resourceType(Resources.PROCESS_INSTANCE).resourceId(processInstanceId).count() > 0;
    if (!granted) {
      Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      read.setGroupId(group);
      read.setResource(Resources.PROCESS_INSTANCE);
      read.setResourceId(processInstanceId);
      read.addPermission(READ);
      authorizations.saveAuthorization(read);
    }
  }
}
