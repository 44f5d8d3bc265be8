package uk.safeguarding.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.Agency;

/**
 * One demo user for each role a pathway needs, for the embedded setup only
 * (safeguarding.demo-data.enabled). Their passwords are in the README; they are never logged.
 */
@Component
@ConditionalOnProperty(name = "safeguarding.demo-data.enabled", havingValue = "true")
public class DemoUsers {

  public record DemoUser(String id, String firstName, String lastName, String password, List<String> groups) {}

  public static final List<DemoUser> USERS = List.of(
      new DemoUser("sarah", "Sarah", "Shah (social worker)", "sarah-demo", List.of(Agency.CSC_SOCIAL_WORKER.groupId())),
      new DemoUser("sam", "Sam", "Ellis (social worker taking a case on, TR-01)", "sam-demo",
          List.of(Agency.CSC_SOCIAL_WORKER.groupId())),
      new DemoUser("tom", "Tom", "Turner (team manager)", "tom-demo", List.of(Agency.CSC_TEAM_MANAGER.groupId())),
      new DemoUser("sunita", "Sunita", "Patel (service manager)", "sunita-demo", List.of(Agency.CSC_SERVICE_MANAGER.groupId())),
      new DemoUser("fiona", "Fiona", "Doyle (front door)", "fiona-demo", List.of(Agency.CSC_FRONT_DOOR.groupId())),
      new DemoUser("paul", "Paul", "Reid (police)", "paul-demo", List.of(Agency.POLICE.groupId())),
      new DemoUser("helen", "Helen", "Price (health visitor)", "helen-demo", List.of(Agency.HEALTH.groupId())),
      new DemoUser("emma", "Emma", "Hughes (school DSL)", "emma-demo", List.of(Agency.EDUCATION.groupId())),
      new DemoUser("carol", "Carol", "King (CP chair)", "carol-demo", List.of(Agency.CP_CHAIR.groupId())),
      new DemoUser("ian", "Ian", "Rowe (IRO)", "ian-demo", List.of(Agency.IRO.groupId())),
      new DemoUser("linda", "Linda", "Ado (LADO)", "linda-demo", List.of(Agency.LADO.groupId())),
      new DemoUser("vera", "Vera", "Stone (virtual school head)", "vera-demo", List.of(Agency.VIRTUAL_SCHOOL.groupId())),
      new DemoUser("erin", "Erin", "Walsh (early help lead professional)", "erin-demo", List.of(Agency.EARLY_HELP.groupId())),
      new DemoUser("grace", "Grace", "Obi (head teacher, Emma's line manager)", "grace-demo",
          List.of(Agency.EDUCATION.groupId(), Agency.EDUCATION.lineManagerGroup())),
      new DemoUser("mark", "Mark", "Bell (education safeguarding lead, escalation lead)", "mark-demo",
          List.of(Agency.EDUCATION.groupId(), Agency.EDUCATION.escalationLeadGroup())),
      new DemoUser("pat", "Pat", "Quinn (safeguarding partnership)", "pat-demo", List.of(Agency.PARTNERSHIP.groupId())),
      new DemoUser("ruth", "Ruth", "Hale (manager of the conference chairs)", "ruth-demo",
          List.of(Agency.CP_CHAIR_MANAGER.groupId())),
      new DemoUser("lena", "Lena", "Marsh (legal services)", "lena-demo", List.of(Agency.LEGAL.groupId())),
      new DemoUser("dana", "Dana", "Reyes (process designer)", "dana-demo", List.of(AgencyAccessSetup.PROCESS_DESIGNER)),
      new DemoUser("admin", "Ada", "Admin", "admin-demo", List.of(Groups.CAMUNDA_ADMIN)));

  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

  private final ProcessEngine engine;

  public DemoUsers(ProcessEngine engine) {
    this.engine = engine;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(2)
  public void create() {
    NodeSetUp.run("Demo users", this::createMissing);
  }

  private void createMissing() {
    IdentityService identity = engine.getIdentityService();
    if (identity.isReadOnly()) {
      // The people are the directory's (signin/DirectoryIdentity); demo users would have nowhere to be kept.
      LOG.info("Demo users not created: the engine's identity is a read-only directory");
      return;
    }
    Permissions permissions = new Permissions(engine.getAuthorizationService());
    if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      Group admins = identity.newGroup(Groups.CAMUNDA_ADMIN);
      admins.setName("Camunda administrators");
      admins.setType(Groups.GROUP_TYPE_SYSTEM);
      identity.saveGroup(admins);
    }
    permissions.grantAdministratorsEverything();
    int created = 0;
    for (DemoUser demo : USERS) {
      if (identity.createUserQuery().userId(demo.id()).count() > 0) {
        continue;
      }
      User user = identity.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setEmail(demo.id() + "@demo.safeguarding.invalid");
      user.setPassword(demo.password());
      identity.saveUser(user);
      for (String group : demo.groups()) {
        identity.createMembership(demo.id(), group);
      }
      created++;
    }
    if (created > 0) {
      LOG.info("Created {} demo users (see README for their log-ins)", created);
    }
  }
}
