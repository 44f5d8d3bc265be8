package uk.safeguarding.childcase;

import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguarding.contract.CaseFacts;
import uk.safeguarding.contract.ProcessContract;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.agency.WhoMayStart;

/**
 * The contract of the correction of the case record (processes/childcase/correct-case-record.bpmn):
 * children's social care finds that a fact every pathway of the child shares is wrong (the child's
 * name, date of birth, household, or the authority's standards profile) and corrects it, with a
 * reason, in every running process of the child at once (REC-01). Who corrected what, when, from
 * which value to which, and why, goes into the chronology (CHR-01). It is not a pathway: it opens no
 * child's case and needs one running.
 */
public final class CorrectCaseRecordProcess {

  public static final String KEY = "CorrectCaseRecord";

  /**
   * REC-01: a fact of the case record (the child's name, date of birth, household, the authority's
   * standards profile) is corrected by children's social care only, with a reason.
   */
  public static final WhoMayStart WHO_MAY_START = new WhoMayStart(KEY, List.of(Agency.CSC_SOCIAL_WORKER, Agency.CSC_TEAM_MANAGER, Agency.CSC_SERVICE_MANAGER));

  public enum Element {
    CaseRecordFoundWrong,
    CorrectFactInEveryProcess,
    CaseRecordCorrected
  }

  /** Variable names, in the words of the practitioner who corrects the record. */
  public static final class Variables {
    public static final String CASE_REFERENCE = CaseFacts.CASE_REFERENCE;
    /** Which fact is wrong: one of {@link CaseFacts#CORRECTABLE}. */
    public static final String FACT = "correctedFact";
    /** The right value of a name, a household or a profile. */
    public static final String VALUE = "correctedValue";
    /** The right date of birth (a date field of its own on the form). */
    public static final String DATE_OF_BIRTH = "correctedDateOfBirth";
    public static final String REASON = "correctionReason";

    private Variables() {}
  }

  /** Each fact that may be corrected, as the form and the chronology name it. */
  public static final Map<String, String> FACTS;

  static {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put(CaseFacts.CHILD_NAME, "the child's name");
    facts.put(CaseFacts.CHILD_DATE_OF_BIRTH, "the child's date of birth");
    facts.put(CaseFacts.HOUSEHOLD_MEMBERS, "the household");
    facts.put(CaseFacts.STANDARDS_PROFILE, "the authority's standards profile");
    facts.put(CaseFacts.FAMILY_REFERENCE, "the family reference");
    if (!facts.keySet().equals(new java.util.HashSet<>(CaseFacts.CORRECTABLE))) {
      throw new IllegalStateException("the correction names exactly the correctable case facts " + CaseFacts.CORRECTABLE);
    }
    FACTS = java.util.Collections.unmodifiableMap(facts);
  }

  /**
   * What the start may write: exactly the fields of its form (forms/childcase/correct-case-record.form).
   * The case's facts themselves are written by the system, in every process of the child.
   */
  public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
      .declares(
          choice(Variables.FACT, List.copyOf(CaseFacts.CORRECTABLE)),
          date(Variables.DATE_OF_BIRTH),
          text(Variables.REASON),
          text(Variables.VALUE))
      .start(Element.CaseRecordFoundWrong, writes(Variables.CASE_REFERENCE, Variables.FACT, Variables.VALUE,
          Variables.DATE_OF_BIRTH, Variables.REASON));

  private CorrectCaseRecordProcess() {}
}
