package uk.safeguarding.childcase;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.identity.AgencyAccessSetup;

/**
 * Need-to-know for a whole case (standards.md section 2): children's social care sees every child's
 * case; a partner agency sees a case only once it has been involved in it, that is once
 * {@code CaseInvolvement} has granted one of its groups a process instance of the child.
 */
@Component
public class CaseAccess {

  private final HistoryService history;
  private final AuthorizationService authorizations;
  private final ProcessEngineConfigurationImpl engine;
  private final TaskService tasks;
  private final RuntimeService runtime;

  public CaseAccess(HistoryService history, AuthorizationService authorizations, ProcessEngineConfigurationImpl engine,
      TaskService tasks, RuntimeService runtime) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.history = history;
    this.authorizations = authorizations;
    this.engine = engine;
  }

  public boolean maySee(List<String> groups, String caseReference) {
    if (groups.stream().anyMatch(CaseAccess::isChildrensSocialCare)) {
      return true;
    }
    // The grants themselves are not the caller's to read: the system looks them up.
    return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
        () -> involved(groups, caseReference)));
  }

  private boolean involved(List<String> groups, String caseReference) {
    String[] instances = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseReference).list()
        .stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    String[] ofTheGroups = groups.toArray(String[]::new);
    return !groups.isEmpty() && java.util.Arrays.stream(instances).anyMatch(instance -> authorizations.createAuthorizationQuery()
        .groupIdIn(ofTheGroups).resourceType(Resources.PROCESS_INSTANCE).resourceId(instance).count() > 0);
  }

  /**
   * Whether a person of children's social care must say why before reading this child's record: they
   * see every child's case, so the reason keeps their reads of children they hold no work for
   * accountable. Not when they hold work for the child: an open task of the child assigned to them or
   * offered to one of their groups, or the child's case names them its worker. Not a team or service
   * manager either, whose oversight covers every child (their reads are recorded all the same).
   * Partner agencies are held by need-to-know instead ({@link #maySee}).
   */
  public boolean needsAReason(String userId, List<String> groups, String caseReference) {
    if (groups.stream().noneMatch(CaseAccess::isChildrensSocialCare) || isManager(groups)) {
      return false;
    }
    return !engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
        () -> holdsWork(userId, groups, caseReference)));
  }

  public static boolean isManager(List<String> groups) {
    return AgencyAccessSetup.MANAGERS.stream().map(Agency::groupId).anyMatch(groups::contains);
  }

  private boolean holdsWork(String userId, List<String> groups, String caseReference) {
    if (tasks.createTaskQuery().processInstanceBusinessKey(caseReference).taskAssignee(userId).count() > 0) {
      return true;
    }
    if (!groups.isEmpty() && tasks.createTaskQuery().processInstanceBusinessKey(caseReference)
        .taskCandidateGroupIn(groups).includeAssignedTasks().count() > 0) {
      return true;
    }
    return runtime.createProcessInstanceQuery().processDefinitionKey(ChildCaseProcess.KEY).processInstanceBusinessKey(caseReference)
        .variableValueEquals(ChildCaseProcess.Variables.CASE_WORKER, userId).count() > 0;
  }

  /** Whether any process of the child, running or finished, has this case reference. */
  public boolean exists(String caseReference) {
    return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
        () -> history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseReference).count() > 0));
  }

  /** People by the names colleagues know them by ("Paul Reid (police)"), for the log of reads; the id when none is kept. */
  public Map<String, String> namesOf(List<String> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
        () -> engine.getIdentityService().createUserQuery().userIdIn(userIds.toArray(String[]::new)).list().stream()
            .collect(Collectors.toMap(User::getId, user -> String.join(" ",
                java.util.stream.Stream.of(user.getFirstName(), user.getLastName()).filter(part -> part != null && !part.isBlank())
                    .toList()).transform(name -> name.isBlank() ? user.getId() : name)))));
  }

  static boolean isChildrensSocialCare(String group) {
    return Agency.byGroupId(group).map(agency -> agency.kind() == Agency.Kind.CSC_ROLE).orElse(false);
  }
}
