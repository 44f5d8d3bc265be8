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
  /**
   * The child's family, as the authority numbers families or households: brothers and sisters each
   * have a case of their own and share this. Optional; given when a pathway opens or added later by
   * the correction of the case record.
   */
  public static final String FAMILY_REFERENCE = "familyReference";
  /**
   * Written by the system on every process of a child, never by a person: the family reference (the
   * case reference for a child without one) and then the case reference. Tasklist's "By child" tray
   * orders by it, so a family's work sits together, child by child (standards.FamilyAndChild).
   */
  public static final String FAMILY_AND_CHILD = "familyAndChild";

  public static final List<CaseVariable> ALL = List.of(
      CaseVariable.text(CASE_REFERENCE),
      CaseVariable.text(CHILD_NAME),
      CaseVariable.date(CHILD_DATE_OF_BIRTH),
      CaseVariable.text(HOUSEHOLD_MEMBERS),
      CaseVariable.text(STANDARDS_PROFILE),
      CaseVariable.text(FAMILY_REFERENCE));

  /** What the start of a pathway may write: every case fact. */
  public static final String[] OPENING = ALL.stream().map(CaseVariable::name).toArray(String[]::new);

  /** The facts the correction of the case record may change (the case reference names the case, it is not corrected). */
  public static final List<String> CORRECTABLE = List.of(CHILD_NAME, CHILD_DATE_OF_BIRTH, HOUSEHOLD_MEMBERS, STANDARDS_PROFILE,
      FAMILY_REFERENCE);

  private CaseFacts() {}

  public static Optional<CaseVariable> byName(String name) {
    return ALL.stream().filter(fact -> fact.name().equals(name)).findFirst();
  }
}
