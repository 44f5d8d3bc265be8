package uk.safeguarding.identity.signin;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.safeguarding.StrategyDiscussionOverRest;
import uk.safeguarding.TestDatabase;
import uk.safeguarding.strategy.StrategyDiscussionProcess;

/**
 * The application as an authority with single sign-on runs it (docs/operations.md, "Sign-in"): police
 * and health sign in through their own providers, whose groups are mapped to ours; the council signs in
 * through its provider with its groups in its directory (LDAP); the schools' provider does not answer when
 * the application starts; no demo users, no local passwords. The
 * providers ({@link TestIdentityProvider}) and the directory ({@link TestDirectory}) run inside the test.
 *
 * <p>Tagged {@value #TAG}: these classes share one application of their own, in a JVM of their own
 * (the surefire execution "sign-in"), apart from the other tests' application.
 */
@Tag(SignInTestBase.TAG)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
abstract class SignInTestBase {

  static final String TAG = "signin";
  static final int PORT = freePort();
  /** The schools' provider, down when the application starts (UnavailableProviderTest brings it up). */
  static final int SCHOOLS_PORT = freePort();

  @Autowired
  protected ProcessEngine engine;

  @DynamicPropertySource
  static void signInThroughTheAgencies(DynamicPropertyRegistry properties) {
    String provider = TestIdentityProvider.start(PORT);
    String directory = TestDirectory.start();
    properties.add("server.port", () -> PORT);
    if (!TestDatabase.postgres()) {
      properties.add("spring.datasource.url", () -> "jdbc:h2:mem:safeguarding-sign-in;DB_CLOSE_DELAY=-1");
    }
    properties.add("safeguarding.demo-data.enabled", () -> false);
    properties.add("safeguarding.sign-in.local-passwords", () -> false);
    Map<String, String> names = Map.of("police", "Northshire Police", "health", "Northshire NHS Trust",
        "council", "Northshire Council");
    for (String agency : TestIdentityProvider.AGENCIES) {
      String registration = "spring.security.oauth2.client.registration." + agency;
      properties.add(registration + ".client-id", () -> TestIdentityProvider.CLIENT_ID);
      properties.add(registration + ".client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
      properties.add(registration + ".client-name", () -> names.get(agency));
      properties.add(registration + ".scope", () -> "openid,profile");
      properties.add("spring.security.oauth2.client.provider." + agency + ".issuer-uri", () -> provider + "/" + agency);
    }
    String schools = "spring.security.oauth2.client.registration.schools";
    properties.add(schools + ".client-id", () -> TestIdentityProvider.CLIENT_ID);
    properties.add(schools + ".client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
    properties.add(schools + ".client-name", () -> "Northshire Schools");
    properties.add(schools + ".scope", () -> "openid,profile");
    properties.add("spring.security.oauth2.client.provider.schools.issuer-uri", () -> "http://localhost:" + SCHOOLS_PORT + "/schools");
    properties.add("safeguarding.sign-in.providers.police.groups.police[0]", () -> "Child Abuse Investigation Unit");
    properties.add("safeguarding.sign-in.providers.health.groups.health[0]", () -> "Health Visiting");
    properties.add("safeguarding.sign-in.providers.council.groups-from-directory", () -> true);
    properties.add("safeguarding.sign-in.directory.enabled", () -> true);
    properties.add("safeguarding.sign-in.directory.groups.csc-team-manager[0]", () -> TestDirectory.TEAM_MANAGERS);
    properties.add("safeguarding.sign-in.directory.groups.csc-social-worker[0]", () -> TestDirectory.SOCIAL_WORKERS);
    String ldap = "safeguarding.sign-in.directory.ldap.";
    properties.add(ldap + "server-url", () -> directory);
    properties.add(ldap + "manager-dn", () -> TestDirectory.READER);
    properties.add(ldap + "manager-password", () -> TestDirectory.READER_PASSWORD);
    properties.add(ldap + "base-dn", () -> TestDirectory.BASE);
    properties.add(ldap + "user-search-base", () -> "ou=people");
    properties.add(ldap + "user-search-filter", () -> "(objectclass=inetOrgPerson)");
    properties.add(ldap + "user-id-attribute", () -> "uid");
    properties.add(ldap + "user-firstname-attribute", () -> "givenName");
    properties.add(ldap + "user-lastname-attribute", () -> "sn");
    properties.add(ldap + "user-email-attribute", () -> "mail");
    properties.add(ldap + "user-password-attribute", () -> "userPassword");
    properties.add(ldap + "group-search-base", () -> "ou=groups");
    properties.add(ldap + "group-search-filter", () -> "(objectclass=groupOfNames)");
    properties.add(ldap + "group-id-attribute", () -> "cn");
    properties.add(ldap + "group-name-attribute", () -> "cn");
    properties.add(ldap + "group-member-attribute", () -> "member");
    properties.add(ldap + "authorization-check-enabled", () -> false);
    properties.add(ldap + "sort-control-supported", () -> false);
  }

  /** A strategy discussion convened with social care, police and health invited: a contribution for each. */
  protected String strategyDiscussion(String caseReference, String childName) {
    String instance = engine.getRuntimeService().startProcessInstanceByKey(StrategyDiscussionProcess.KEY, caseReference,
        Map.of("caseReference", caseReference, "childName", childName, "childDateOfBirth", "2018-05-14",
            "householdMembers", "Mother; stepfather", "concern", "Bruising seen at school",
            "concernRaisedDate", LocalDate.now().toString(), "childInEducation", false)).getId();
    Task convene = engine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(StrategyDiscussionProcess.Element.ConveneStrategyDiscussion.name()).singleResult();
    engine.getTaskService().complete(convene.getId(), Map.of("strategyDiscussionDate", LocalDate.now().toString(),
        "discussionFormat", "meeting", "invitedAgencies", StrategyDiscussionOverRest.INVITED));
    return instance;
  }

  protected Task contribution(String instance, String agency) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(StrategyDiscussionProcess.Element.ContributeToStrategyDiscussion.name())
        .taskCandidateGroup(agency).singleResult();
  }

  protected static String uniqueCaseReference() {
    return "CR-S" + Long.toString(System.nanoTime(), 36).toUpperCase();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
