package uk.safeguarding.standards;

import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the start gate of every pathway checks and does alike. The child's case reference must be
 * well formed and becomes the business key, which every process of the child carries, so Cockpit and
 * Tasklist find all work for one child by it. A chosen standards profile must exist; without one the
 * case takes the default, and every later due date is counted against it.
 */
@Component
public class CaseStarts {

  public static final String CASE_REFERENCE = "caseReference";
  public static final String CHILD_NAME = "childName";
  public static final String CHILD_DATE_OF_BIRTH = "childDateOfBirth";
  public static final String HOUSEHOLD_MEMBERS = "householdMembers";
  public static final Pattern CASE_REFERENCE_FORM = Pattern.compile("^[A-Z0-9][A-Z0-9/-]{2,31}$");

  private final StandardsProfiles profiles;

  public CaseStarts(StandardsProfiles profiles) {
    this.profiles = profiles;
  }

  /** Adds a refusal, under {@code ruleId}, for a missing or malformed case reference and an unknown profile. */
  public void check(Gate gate, DelegateExecution execution, String ruleId) {
    String caseReference = gate.variables().text(CASE_REFERENCE);
    if (caseReference == null || !CASE_REFERENCE_FORM.matcher(caseReference).matches()) {
      gate.refuse(ruleId, CASE_REFERENCE, "give the child's case reference: 3 to 32 capital letters, digits, '/' or '-'");
    }
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey != null && !businessKey.isBlank() && caseReference != null && !businessKey.equals(caseReference)) {
      gate.refuse(ruleId, CASE_REFERENCE, "the business key '" + businessKey + "' and the case reference differ");
    }
    String profile = gate.variables().text(Standards.PROFILE_VARIABLE);
    if (profile != null && !profiles.exists(profile)) {
      gate.refuse(ruleId, Standards.PROFILE_VARIABLE, "no standards profile '" + profile + "'; choose one of "
          + profiles.all().keySet());
    }
  }

  /**
   * Adds a refusal, under {@code ruleId}, for each thing every pathway needs to know about the child
   * that the pathway does not already hold: the name, the date of birth (not in the future) and the
   * household.
   */
  public void checkChild(Gate gate, String ruleId) {
    gate.requireText(ruleId, CHILD_NAME, "The child's name")
        .requireDate(ruleId, CHILD_DATE_OF_BIRTH, "The child's date of birth")
        .notInFuture(ruleId, CHILD_DATE_OF_BIRTH)
        .requireText(ruleId, HOUSEHOLD_MEMBERS, "The members of the child's household");
  }

  /** Once the gate has passed: the case reference becomes the business key, and the profile is set. */
  public void adopt(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null || businessKey.isBlank()) {
      execution.setProcessBusinessKey(CaseVariables.of(execution).text(CASE_REFERENCE));
    }
    if (CaseVariables.of(execution).text(Standards.PROFILE_VARIABLE) == null) {
      execution.setVariable(Standards.PROFILE_VARIABLE, profiles.defaultProfile());
    }
  }
}
