package uk.safeguarding.agency;

import static org.camunda.bpm.engine.authorization.Permissions.READ;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import uk.safeguarding.casefile.EveryDiagram;

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
    EveryDiagram.onEveryTaskCreated(configuration, GRANT_CASE_TO_CANDIDATE_GROUPS);
  }

  /** The groups a task is offered to, as its candidate links name them. */
  public static Set<String> candidateGroupsOf(DelegateTask task) {
    Set<String> groups = new LinkedHashSet<>();
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    return groups;
  }

  static void grantCaseToCandidateGroups(DelegateTask task) {
    Set<String> groups = candidateGroupsOf(task);
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
    boolean granted = grantedEarlierInThisCommand(group, processInstanceId)
        || authorizations.createAuthorizationQuery().groupIdIn(group)
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

  /**
   * A grant made earlier in the same command is not in the database yet, so the query above misses
   * it: one step that creates two tasks for one group (the IRO's allocation and the first review's
   * date; a child's called processes all granting on the same main case) would insert the grant twice.
   */
  private static boolean grantedEarlierInThisCommand(String group, String processInstanceId) {
    return Context.getCommandContext().getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class).stream()
        .anyMatch(cached -> group.equals(cached.getGroupId()) && processInstanceId.equals(cached.getResourceId())
            && cached.getResourceType() == Resources.PROCESS_INSTANCE.resourceType());
  }
}
