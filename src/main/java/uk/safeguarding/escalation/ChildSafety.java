package uk.safeguarding.escalation;

import static uk.safeguarding.escalation.ProfessionalDisagreementProcess.IMMEDIATE_RISK;
import static uk.safeguarding.escalation.ProfessionalDisagreementProcess.Variables.*;

import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.Gate;

/**
 * ESC-03, the same at the start and at every stage: someone confirms the child is safe, or says the
 * child is at immediate risk. Then a strategy discussion starts at once, so it needs what its own
 * start gate needs: what puts the child at risk, the child's date of birth and the household.
 */
final class ChildSafety {

  private ChildSafety() {}

  static void check(Gate gate) {
    gate.requireOneOf("ESC-03", CHILD_SAFETY, ProfessionalDisagreementProcess.SAFETY);
    if (atImmediateRisk(gate.variables())) {
      gate.requireText("ESC-03", IMMEDIATE_RISK_DETAILS, "What puts the child at immediate risk")
          .requireDate("ESC-03", CHILD_DATE_OF_BIRTH, "The child's date of birth (the strategy discussion needs it)")
          .notInFuture("ESC-03", CHILD_DATE_OF_BIRTH)
          .requireText("ESC-03", HOUSEHOLD_MEMBERS, "The members of the child's household (the strategy discussion needs them)");
    }
  }

  static boolean atImmediateRisk(CaseVariables variables) {
    return IMMEDIATE_RISK.equals(variables.text(CHILD_SAFETY));
  }

  static String describe(CaseVariables variables) {
    String answer = variables.text(CHILD_SAFETY);
    if (answer == null) {
      return "not yet confirmed (the next stage confirms it)";
    }
    return atImmediateRisk(variables)
        ? "AT IMMEDIATE RISK: " + variables.text(IMMEDIATE_RISK_DETAILS) + " (a strategy discussion starts at once)"
        : "confirmed safe";
  }
}
