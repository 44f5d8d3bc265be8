package uk.safeguarding.contract;

import java.util.List;
import java.util.Optional;

/**
 * The facts of a child's case that every pathway shares, declared once: who the child is and which
 * authority's standards the case runs on. A person writes them only when opening a pathway, or through
 * the correction of the case record (childcase {@code CorrectCaseRecord}), which keeps who changed what
 * and why; every task shows them and nothing else writes them.
 */
public final class CaseFacts {

  public static final String CASE_REFERENCE = "caseReference";
  public static final String CHILD_NAME = "childName";
  public static final String CHILD_DATE_OF_BIRTH = "childDateOfBirth";
  public static final String HOUSEHOLD_MEMBERS = "householdMembers";
  public static final String STANDARDS_PROFILE = "standardsProfile";

  public static final List<CaseVariable> ALL = List.of(
      CaseVariable.text(CASE_REFERENCE),
      CaseVariable.text(CHILD_NAME),
      CaseVariable.date(CHILD_DATE_OF_BIRTH),
      CaseVariable.text(HOUSEHOLD_MEMBERS),
      CaseVariable.text(STANDARDS_PROFILE));

  /** What the start of a pathway may write: every case fact. */
  public static final String[] OPENING = ALL.stream().map(CaseVariable::name).toArray(String[]::new);

  /** The facts the correction of the case record may change (the case reference names the case, it is not corrected). */
  public static final List<String> CORRECTABLE = List.of(CHILD_NAME, CHILD_DATE_OF_BIRTH, HOUSEHOLD_MEMBERS, STANDARDS_PROFILE);

  private CaseFacts() {}

  public static Optional<CaseVariable> byName(String name) {
    return ALL.stream().filter(fact -> fact.name().equals(name)).findFirst();
  }
}
