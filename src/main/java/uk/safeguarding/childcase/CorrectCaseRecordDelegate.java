package uk.safeguarding.childcase;

import static uk.safeguarding.childcase.CorrectCaseRecordProcess.Variables.*;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;
import uk.safeguarding.casefile.FamilyAndChild;
import uk.safeguarding.contract.CaseFacts;
import uk.safeguarding.identity.CurrentUser;
import uk.safeguarding.gates.CaseVariables;

/**
 * REC-01 / CHR-01: the correction itself. Every running process of the child that holds the fact gets
 * the corrected value, in the type that process keeps it in, and the chronology gets who corrected
 * it, when, the old and the new value and the reason. The system writes the processes' variables inside
 * the correction's own command, so the contracts' guard, which stops a person writing a case fact
 * directly, lets it through; the start gate ({@link CorrectCaseRecordStartGate}) has already checked what
 * the person asked for, in the same transaction. All of it
 * commits, or nothing does.
 *
 * <p>What a process has done with the old value stays as it was: history keeps what was shown at the
 * time, and a timer already set (a due date from the old standards profile, a birthday from the old
 * date of birth) keeps its date.
 */
@Component("correctCaseRecord")
public class CorrectCaseRecordDelegate implements JavaDelegate {

  private final CaseRecordCorrections corrections;

  public CorrectCaseRecordDelegate(CaseRecordCorrections corrections) {
    this.corrections = corrections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    String caseReference = execution.getProcessBusinessKey();
    String fact = variables.text(FACT);
    String corrected = CorrectCaseRecordStartGate.corrected(variables, fact);
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    List<CaseRecordCorrections.Held> changed = CaseRecordCorrections.holders(runtime, caseReference, fact).stream()
        .filter(held -> !Objects.equals(CaseRecordCorrections.shown(fact, held.value()), corrected)).toList();
    Context.getCommandContext().runWithoutAuthorization(() -> {
      changed.forEach(held -> runtime.setVariable(held.processInstanceId(), fact,
          CaseRecordCorrections.typedLike(held.value(), fact, corrected)));
      if (CaseFacts.FAMILY_REFERENCE.equals(fact)) {
        // The "By child" tray puts the child with the family now named.
        changed.forEach(held -> runtime.setVariable(held.processInstanceId(), CaseFacts.FAMILY_AND_CHILD,
            FamilyAndChild.key(corrected, caseReference)));
      }
      return null;
    });
    String oldValue = changed.stream().map(held -> CaseRecordCorrections.shown(fact, held.value()))
        .filter(Objects::nonNull).distinct().collect(Collectors.joining("' / '"));
    corrections.record(caseReference, fact, oldValue.isEmpty() ? null : oldValue, corrected,
        variables.text(REASON), CurrentUser.of(execution), execution.getProcessInstanceId(), changed.size());
  }
}
