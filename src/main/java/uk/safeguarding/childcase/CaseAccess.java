package uk.safeguarding.childcase;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.Agency;

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

  public CaseAccess(HistoryService history, AuthorizationService authorizations, ProcessEngineConfigurationImpl engine) {
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

  static boolean isChildrensSocialCare(String group) {
    return Agency.byGroupId(group).map(agency -> agency.kind() == Agency.Kind.CSC_ROLE).orElse(false);
  }
}
