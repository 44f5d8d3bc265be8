package uk.safeguarding.childinneed;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.gates.Gate;

/**
 * The partner agencies of a child in need plan: those that get the meeting details (CIN-02), attend or
 * report (CIN-03) and must all agree before the plan closes (CIN-07). Children's social care leads the
 * plan, so it is not one of them; nor is the safeguarding partnership, which is no agency of a case.
 */
final class PlanAgencies {

  static final List<String> PARTNERS = Agency.withRoleGroups().stream().map(Agency::groupId).toList();

  private PlanAgencies() {}

  static void check(Gate gate, String ruleId, String field, String what) {
    gate.requireSomeOf(ruleId, field, PARTNERS, what);
  }

  /** Kept as a JSON list, as a checklist submits it, so forms show it ticked again. */
  static void keep(VariableScope scope, String field, List<String> agencies) {
    String json = agencies.stream().distinct().map(a -> "\"" + a + "\"").collect(Collectors.joining(",", "[", "]"));
    scope.setVariable(field, SpinValues.jsonValue(json).create());
  }

  static String names(List<String> agencies) {
    return agencies.stream().map(PlanAgencies::name).collect(Collectors.joining(", "));
  }

  static String name(String groupId) {
    return Agency.byGroupId(groupId).map(Agency::displayName).orElse(groupId);
  }
}
