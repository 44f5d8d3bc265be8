package uk.safeguarding.casefile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.contract.CaseFacts;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.Gate;
import uk.safeguarding.timescales.Standards;
import uk.safeguarding.timescales.StandardsProfiles;

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
  private final Standards standards;

  public CaseStarts(StandardsProfiles profiles, Standards standards) {
    this.profiles = profiles;
    this.standards = standards;
  }

  Standards standards() {
    return standards;
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
    checkFamilyReference(gate, ruleId, CaseFacts.FAMILY_REFERENCE, gate.variables().text(CaseFacts.FAMILY_REFERENCE));
    String profile = gate.variables().text(Standards.PROFILE_VARIABLE);
    if (profile != null && !profiles.exists(profile)) {
      gate.refuse(ruleId, Standards.PROFILE_VARIABLE, "no standards profile '" + profile + "'; choose one of "
          + profiles.all().keySet());
    }
    if (caseReference != null && CASE_REFERENCE_FORM.matcher(caseReference).matches()) {
      agreesWithTheCase(gate, execution, ruleId, caseReference);
    }
  }

  /** A family reference, where one is given, is written as a case reference is. */
  public static void checkFamilyReference(Gate gate, String ruleId, String field, String familyReference) {
    if (familyReference != null && !CASE_REFERENCE_FORM.matcher(familyReference).matches()) {
      gate.refuse(ruleId, field, "the family reference is 3 to 32 capital letters, digits, '/' or '-'");
    }
  }

  private static final List<String> FACTS_THAT_NAME_THE_CASE = List.of(CHILD_NAME, CHILD_DATE_OF_BIRTH,
      Standards.PROFILE_VARIABLE, CaseFacts.FAMILY_REFERENCE);

  /**
   * A start under the reference of a case that is already open must be about the same child, on the
   * same authority's standards: a start that names the child otherwise is a mistake (a wrong case
   * reference, or a fact to correct), and taking it would leave one case with two children's facts.
   */
  private static void agreesWithTheCase(Gate gate, DelegateExecution execution, String ruleId, String caseReference) {
    Map<String, Object> held = heldByTheCase(execution, caseReference);
    for (String fact : FACTS_THAT_NAME_THE_CASE) {
      Object given = execution.getVariable(fact);
      Object known = held.get(fact);
      if (given == null || given.toString().isBlank() || known == null || known.toString().isBlank()) {
        continue;
      }
      boolean same = CHILD_DATE_OF_BIRTH.equals(fact)
          ? sameDay(given, known) : given.toString().trim().equals(known.toString().trim());
      if (!same) {
        gate.refuse(ruleId, fact, "case " + caseReference + " already holds '" + shown(known)
            + "': check the case reference, or correct the case record first (Correct the case record)");
      }
    }
  }

  /** What the case's other running processes hold of the facts that name it. */
  private static Map<String, Object> heldByTheCase(DelegateExecution execution, String caseReference) {
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    return Context.getCommandContext().runWithoutAuthorization(() -> {
      Map<String, Object> facts = new HashMap<>();
      for (ProcessInstance other : runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseReference).list()) {
        if (!other.getId().equals(execution.getProcessInstanceId())) {
          runtime.getVariables(other.getId(), FACTS_THAT_NAME_THE_CASE).forEach((name, value) -> {
            if (value != null) {
              facts.putIfAbsent(name, value);
            }
          });
        }
      }
      return facts;
    });
  }

  private static boolean sameDay(Object one, Object other) {
    try {
      return Standards.toDateTime(one, CHILD_DATE_OF_BIRTH).toLocalDate()
          .equals(Standards.toDateTime(other, CHILD_DATE_OF_BIRTH).toLocalDate());
    } catch (IllegalArgumentException notADay) {
      return true; // the gate's own date check names a date that does not parse
    }
  }

  private static String shown(Object value) {
    return value instanceof java.util.Date date
        ? date.toInstant().atZone(uk.safeguarding.calendar.WorkingDayCalendar.LONDON).toLocalDate().toString()
        : value.toString();
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
      // A further pathway of an open case runs on the case's standards, not the default's.
      Object casesProfile = heldByTheCase(execution, execution.getProcessBusinessKey()).get(Standards.PROFILE_VARIABLE);
      execution.setVariable(Standards.PROFILE_VARIABLE, casesProfile != null && profiles.exists(casesProfile.toString())
          ? casesProfile.toString() : profiles.defaultProfile());
    }
  }
}
