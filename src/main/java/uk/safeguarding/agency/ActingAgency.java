package uk.safeguarding.agency;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import uk.safeguarding.gates.Gate;

/**
 * The agency a practitioner says they act for, when they start a case of their own (a disagreement,
 * a LADO referral): it must be an agency, and one they belong to (its group or one of its managers'
 * role groups), so nobody raises a disagreement in another agency's name. A start by the system
 * (no one signed in: a breach, a timer) names the agency itself.
 */
public final class ActingAgency {

  private ActingAgency() {}

  /** Adds a refusal under {@code ruleId} unless {@code field} names an agency the signed-in user acts for. */
  public static void check(Gate gate, DelegateExecution execution, String ruleId, String field) {
    String named = gate.variables().text(field);
    Agency agency = Agency.byGroupId(named).orElse(null);
    if (agency == null) {
      gate.refuse(ruleId, field, named == null ? "say which agency you act for" : "'" + named + "' is not an agency");
      return;
    }
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      return;
    }
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (groups.stream().noneMatch(agency::isActedForBy)) {
      gate.refuse(ruleId, field, "you do not act for '" + named + "'; choose your own agency (your groups: " + groups + ")");
    }
  }
}
