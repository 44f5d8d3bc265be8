package uk.safeguarding.childcase;

import static uk.safeguarding.childcase.CorrectCaseRecordProcess.Variables.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.safeguarding.contract.CaseFacts;
import uk.safeguarding.casefile.CaseStarts;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.Gate;
import uk.safeguarding.timescales.StandardsProfiles;

/**
 * REC-01: a correction of the case record says which case, which fact, the right value and why. It
 * is refused, naming the field, for a case with no running process, a fact that may not be corrected,
 * a date of birth that is missing, not a date or in the future, a standards profile that does not
 * exist, no reason, or a value the record already holds. Nothing is changed by a refused correction.
 *
 * <p>The refusals never repeat the child's name or date of birth: {@link Gate} logs them.
 */
@Component("correctCaseRecordStartGate")
public class CorrectCaseRecordStartGate implements ExecutionListener {

  static final String RULE = "REC-01";

  private final CaseStarts caseStarts;
  private final StandardsProfiles profiles;

  public CorrectCaseRecordStartGate(CaseStarts caseStarts, StandardsProfiles profiles) {
    this.caseStarts = caseStarts;
    this.profiles = profiles;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Gate gate = Gate.on(execution);
    caseStarts.check(gate, execution, RULE);
    String fact = gate.variables().text(FACT);
    gate.requireOneOf(RULE, FACT, CaseFacts.CORRECTABLE);
    String corrected = correctedValue(gate, fact);
    gate.requireText(RULE, REASON, "The reason for the correction");
    String caseReference = gate.variables().text(CASE_REFERENCE);
    if (gate.passes()) {
      againstTheRecord(gate, execution.getProcessEngineServices().getRuntimeService(), caseReference, fact, corrected);
    }
    gate.enforce();
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null || businessKey.isBlank()) {
      execution.setProcessBusinessKey(caseReference);
    }
  }

  /** The corrected value as the record will show it (a day as ISO text), or null when there is none. */
  static String corrected(CaseVariables variables, String fact) {
    if (CaseFacts.CHILD_DATE_OF_BIRTH.equals(fact)) {
      LocalDate day = variables.date(DATE_OF_BIRTH);
      return day == null ? null : day.toString();
    }
    return variables.text(VALUE);
  }

  /** Checks the corrected value for the fact; returns it as the record will show it, or null once refused. */
  private String correctedValue(Gate gate, String fact) {
    if (CaseFacts.CHILD_DATE_OF_BIRTH.equals(fact)) {
      gate.requireDate(RULE, DATE_OF_BIRTH, "The child's corrected date of birth").notInFuture(RULE, DATE_OF_BIRTH);
      try {
        return corrected(gate.variables(), fact);
      } catch (IllegalArgumentException alreadyRefused) {
        return null;
      }
    }
    if (fact == null || !CaseFacts.CORRECTABLE.contains(fact)) {
      return null;
    }
    String label = CorrectCaseRecordProcess.FACTS.get(fact);
    gate.requireText(RULE, VALUE, "The corrected value of " + label);
    String value = gate.variables().text(VALUE);
    if (CaseFacts.FAMILY_REFERENCE.equals(fact)) {
      CaseStarts.checkFamilyReference(gate, RULE, VALUE, value);
    }
    if (value != null && CaseFacts.STANDARDS_PROFILE.equals(fact) && !profiles.exists(value)) {
      gate.refuse(RULE, VALUE, "no standards profile '" + value + "'; choose one of " + profiles.all().keySet());
    }
    return value;
  }

  /** The case must be open, hold the fact, and hold something else than the corrected value. */
  static void againstTheRecord(Gate gate, RuntimeService runtime, String caseReference, String fact, String corrected) {
    if (CaseRecordCorrections.running(runtime, caseReference).isEmpty()) {
      gate.refuse(RULE, CASE_REFERENCE, "no process of the child runs under '" + caseReference
          + "': only an open case is corrected (check the case reference)");
      return;
    }
    String label = CorrectCaseRecordProcess.FACTS.get(fact);
    List<CaseRecordCorrections.Held> holders = CaseRecordCorrections.holders(runtime, caseReference, fact);
    if (holders.isEmpty()) {
      gate.refuse(RULE, FACT, "no running process of case '" + caseReference + "' holds " + label);
    } else if (holders.stream().allMatch(held -> Objects.equals(CaseRecordCorrections.shown(fact, held.value()), corrected))) {
      gate.refuse(RULE, CaseFacts.CHILD_DATE_OF_BIRTH.equals(fact) ? DATE_OF_BIRTH : VALUE,
          "the case record already holds this as " + label + ": there is nothing to correct");
    }
  }
}
