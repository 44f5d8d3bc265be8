package uk.safeguarding.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.RETRY_JOB;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.UPDATE_INSTANCE;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.agency.WhoMayStart;
import uk.safeguarding.casefile.FamilyAndChild;

/**
 * The agencies as groups and what each may do, made on every start (production included) and
 * idempotent. Need-to-know itself is per task and per case: a candidate group may work its own tasks
 * (Camunda's task identity-link authorizations) and read the cases it has been given a task in
 * ({@link uk.safeguarding.agency.CaseInvolvement}); nothing here grants a partner agency any case.
 */
@Component
public class AgencyAccessSetup {

  /** Managers monitor every case in Cockpit: instances, incidents and overdue work. */
  public static final List<Agency> MANAGERS = List.of(Agency.CSC_TEAM_MANAGER, Agency.CSC_SERVICE_MANAGER);

  /**
   * Process designers deploy changed diagrams from Modeler (docs/designers.md), checked on the server
   * (designers/CheckedDeployments), and plan moving running cases to a new version; they read no case:
   * no task, process instance or history.
   */
  public static final String PROCESS_DESIGNER = "process-designer";

  private static final Logger LOG = LoggerFactory.getLogger(AgencyAccessSetup.class);

  private final ProcessEngine engine;
  private final TasklistFilters filters;
  private final List<WhoMayStart> starters;

  public AgencyAccessSetup(ProcessEngine engine, TasklistFilters filters) {
    this.engine = engine;
    this.filters = filters;
    this.starters = WhoMayStart.ofEveryPathway();
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(1)
  public void setUp() {
    NodeSetUp.run("Agency groups, permissions and Tasklist filters", this::grantAndFilter);
    LOG.info("Agency groups, permissions and Tasklist filters are in place");
  }

  private void grantAndFilter() {
    IdentityService identity = engine.getIdentityService();
    Permissions permissions = new Permissions(engine.getAuthorizationService());
    for (Agency agency : Agency.values()) {
      practitionerGroup(identity, permissions, agency.groupId(), agency.displayName(),
          agency.kind() == Agency.Kind.PARTNER ? "AGENCY" : "CSC_ROLE");
    }
    // ESC-02: a partner agency's line managers and escalation leads hold a role group besides the agency's.
    for (Agency agency : Agency.withRoleGroups()) {
      for (Agency.Role role : Agency.Role.values()) {
        practitionerGroup(identity, permissions, agency.roleGroup(role),
            agency.displayName() + ": " + role.displayName(), "AGENCY_ROLE");
      }
    }
    for (WhoMayStart pathway : starters) {
      for (Agency starter : pathway.agencies()) {
        permissions.grantGroup(starter.groupId(), Resources.PROCESS_DEFINITION, pathway.processKey(),
            READ, CREATE_INSTANCE);
        permissions.grantGroup(starter.groupId(), Resources.PROCESS_INSTANCE, Authorization.ANY, CREATE);
      }
    }
    for (Agency manager : MANAGERS) {
      permissions.grantGroup(manager.groupId(), Resources.APPLICATION, "cockpit", ACCESS);
      permissions.grantGroup(manager.groupId(), Resources.PROCESS_DEFINITION, Authorization.ANY,
          READ, READ_INSTANCE, READ_HISTORY, READ_TASK, UPDATE_INSTANCE, RETRY_JOB);
      permissions.grantGroup(manager.groupId(), Resources.PROCESS_INSTANCE, Authorization.ANY, READ, UPDATE);
      permissions.grantGroup(manager.groupId(), Resources.TASK, Authorization.ANY, READ);
      permissions.grantGroup(manager.groupId(), Resources.DEPLOYMENT, Authorization.ANY, READ);
      permissions.grantGroup(manager.groupId(), Resources.DECISION_DEFINITION, Authorization.ANY, READ);
    }
    processDesigners(identity, permissions);
    // Work comes from the pathways only: nobody but an administrator makes a free-floating task
    // ("Create task" in Tasklist, POST /task/create), which would have no agency, due date or standard.
    permissions.takeBackFromAllButAdministrators(Resources.TASK, CREATE);
    if (identity.isReadOnly()) {
      // The directory's administrators (mapped to camunda-admin) administer, as the demo's admin does.
      permissions.grantAdministratorsEverything();
    } else if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() > 0) {
      permissions.grantGroup(Groups.CAMUNDA_ADMIN, Resources.APPLICATION, Authorization.ANY, ACCESS);
    }
    filters.createMissing(permissions);
    int placed = FamilyAndChild.placeEveryOpenProcess(engine);
    if (placed > 0) {
      LOG.info("{} open processes of children placed in the By child tray", placed);
    }
  }

  /** Deployments and the diagrams they hold, which are no case data; nothing of a case. */
  private static void processDesigners(IdentityService identity, Permissions permissions) {
    if (!identity.isReadOnly() && identity.createGroupQuery().groupId(PROCESS_DESIGNER).count() == 0) {
      Group group = identity.newGroup(PROCESS_DESIGNER);
      group.setName("Process designers");
      group.setType("DESIGNER");
      identity.saveGroup(group);
    }
    permissions.grantGroup(PROCESS_DESIGNER, Resources.DEPLOYMENT, Authorization.ANY, CREATE, READ);
    permissions.grantGroup(PROCESS_DESIGNER, Resources.PROCESS_DEFINITION, Authorization.ANY, READ);
  }

  /** A group whose members work tasks in Tasklist: it exists, has Tasklist and may open the diagrams. */
  private static void practitionerGroup(IdentityService identity, Permissions permissions, String groupId, String name,
      String type) {
    // A directory (signin/DirectoryIdentity) is read-only: the authority keeps its groups there.
    if (!identity.isReadOnly() && identity.createGroupQuery().groupId(groupId).count() == 0) {
      Group group = identity.newGroup(groupId);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
    }
    permissions.grantGroup(groupId, Resources.APPLICATION, "tasklist", ACCESS);
    // Definitions are the diagrams and forms, not case data: every practitioner may open them.
    permissions.grantGroup(groupId, Resources.PROCESS_DEFINITION, Authorization.ANY, READ);
  }
}
