package uk.safeguarding.childcase;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import uk.safeguarding.lado.LadoReferralProcess;

/**
 * What the team tray's tests set up (TeamTrayTest, tasklist/CockpitTeamTrayBrowserTest): a social worker
 * who joins the team for one test, so that the tray's figures for them are the test's alone in the
 * suite's shared database, and a child's case opened by a school's LADO referral.
 */
public final class TeamFixtures {

  private TeamFixtures() {}

  /** A new user of {@code csc-social-worker}, "{firstName} Worker"; delete them after the test. */
  public static String joinTheTeam(ProcessEngine engine, String userId, String firstName) {
    IdentityService identity = engine.getIdentityService();
    User user = identity.newUser(userId);
    user.setFirstName(firstName);
    user.setLastName("Worker");
    user.setPassword(userId + "-demo");
    identity.saveUser(user);
    identity.createMembership(userId, "csc-social-worker");
    return userId;
  }

  /**
   * A school refers the child's football coach to the LADO, which opens the child's case (with the
   * case opening by itself, ChildCaseOpening); the chronology review is made as the job executor would.
   */
  public static void openByLadoReferral(ProcessEngine engine, String caseReference, String childName) {
    Map<String, Object> referral = ChildCaseProcessTest.ladoReferralFromSchool(caseReference, childName);
    engine.getIdentityService().setAuthentication("emma", List.of("education"));
    try {
      engine.getRuntimeService().startProcessInstanceByKey(LadoReferralProcess.KEY, referral);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    String childCase = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ChildCaseProcess.KEY)
        .processInstanceBusinessKey(caseReference).singleResult().getId();
    engine.getManagementService().createJobQuery().processInstanceId(childCase).messages().list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
  }
}
