package uk.safeguarding.casefile;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import uk.safeguarding.contract.CaseFacts;
import uk.safeguarding.gates.CaseVariables;

/**
 * Brothers and sisters together in Tasklist's "By child" tray. Each child has a case of their own; a
 * family reference, where the authority gives one, is shared by a family's children. Every process of
 * a child carries {@link CaseFacts#FAMILY_AND_CHILD}, the family reference (or the case reference of a
 * child without one) followed by the case reference, and the tray orders by it: one family's work
 * sits together, child by child, and a child without a family sits alone.
 *
 * <p>A built-in listener on the start event of every diagram, so that every way a process of a child
 * starts (a start form, REST, a hand-on from another pathway, a called process, a breach review) is
 * covered and no diagram can forget it. A process started without the family reference takes the one
 * the child's other running processes hold. The correction of the case record writes both again on
 * every running process of the child when the family reference is added or corrected.
 */
@Component
public class FamilyAndChild extends AbstractProcessEnginePlugin {

  private static final ExecutionListener PLACE = FamilyAndChild::place;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EveryDiagram.onEveryProcessStarted(configuration, key -> true, PLACE);
  }

  /** What the "By child" tray orders by: the family (or the child's own case), then the child. */
  public static String key(String familyReference, String caseReference) {
    return (familyReference == null || familyReference.isBlank() ? caseReference : familyReference.trim()) + " " + caseReference;
  }

  static void place(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    String caseReference = Objects.requireNonNullElse(execution.getProcessBusinessKey(), "");
    if (!CaseStarts.CASE_REFERENCE_FORM.matcher(caseReference).matches()) {
      caseReference = variables.text(CaseFacts.CASE_REFERENCE);
    }
    if (caseReference == null || !CaseStarts.CASE_REFERENCE_FORM.matcher(caseReference).matches()) {
      return; // not a child's process
    }
    String given = variables.text(CaseFacts.FAMILY_REFERENCE);
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    Map<String, String> others = familiesOfTheChildsOtherProcesses(runtime, execution.getProcessInstanceId(), caseReference);
    String family = given != null ? given
        : others.values().stream().filter(Objects::nonNull).findFirst().orElse(null);
    if (given == null && family != null) {
      execution.setVariable(CaseFacts.FAMILY_REFERENCE, family);
    }
    if (given != null) {
      // The first pathway to name the child's family names it for the child's other open work too.
      String placed = key(given, caseReference);
      Context.getCommandContext().runWithoutAuthorization(() -> {
        others.forEach((processInstanceId, held) -> {
          if (held == null) {
            runtime.setVariable(processInstanceId, CaseFacts.FAMILY_REFERENCE, given);
            runtime.setVariable(processInstanceId, CaseFacts.FAMILY_AND_CHILD, placed);
          }
        });
        return null;
      });
    }
    execution.setVariable(CaseFacts.FAMILY_AND_CHILD, key(family, caseReference));
  }

  /**
   * Places every running process of a child that is not placed yet: those started before this
   * version, so that an upgraded service's "By child" tray holds every open task. Idempotent.
   * Returns how many were placed.
   */
  public static int placeEveryOpenProcess(ProcessEngine engine) {
    RuntimeService runtime = engine.getRuntimeService();
    // Every start but the first after an upgrade finds each case placed: two counts, not a read of every case.
    if (runtime.createVariableInstanceQuery().variableName(CaseFacts.FAMILY_AND_CHILD).count()
        >= runtime.createVariableInstanceQuery().variableName(CaseFacts.CASE_REFERENCE).count()) {
      return 0;
    }
    Set<String> placed = processLevel(runtime, CaseFacts.FAMILY_AND_CHILD).keySet();
    Map<String, String> families = processLevel(runtime, CaseFacts.FAMILY_REFERENCE);
    int count = 0;
    for (Map.Entry<String, String> reference : processLevel(runtime, CaseFacts.CASE_REFERENCE).entrySet()) {
      if (!placed.contains(reference.getKey()) && CaseStarts.CASE_REFERENCE_FORM.matcher(reference.getValue()).matches()) {
        runtime.setVariable(reference.getKey(), CaseFacts.FAMILY_AND_CHILD, key(families.get(reference.getKey()), reference.getValue()));
        count++;
      }
    }
    return count;
  }

  /** A variable's text on every running process that holds it as its own, by process instance. */
  private static Map<String, String> processLevel(RuntimeService runtime, String name) {
    Map<String, String> values = new HashMap<>();
    runtime.createVariableInstanceQuery().variableName(name).disableBinaryFetching().list().stream()
        .filter(variable -> Objects.equals(variable.getExecutionId(), variable.getProcessInstanceId()))
        .filter(variable -> variable.getValue() != null && !variable.getValue().toString().isBlank())
        .forEach(variable -> values.put(variable.getProcessInstanceId(), variable.getValue().toString().trim()));
    return values;
  }

  /** The child's other running processes, each with the family reference it holds (null for none). */
  private static Map<String, String> familiesOfTheChildsOtherProcesses(RuntimeService runtime, String processInstanceId,
      String caseReference) {
    return Context.getCommandContext().runWithoutAuthorization(() -> {
      Map<String, String> families = new LinkedHashMap<>();
      runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseReference).list().stream()
          .map(ProcessInstance::getId).filter(id -> !id.equals(processInstanceId)).forEach(id -> families.put(id, null));
      if (!families.isEmpty()) {
        runtime.createVariableInstanceQuery().processInstanceIdIn(families.keySet().toArray(String[]::new))
            .variableName(CaseFacts.FAMILY_REFERENCE).list().stream()
            .filter(variable -> Objects.equals(variable.getExecutionId(), variable.getProcessInstanceId()))
            .filter(variable -> variable.getValue() != null && !variable.getValue().toString().isBlank())
            .forEach(variable -> families.put(variable.getProcessInstanceId(), variable.getValue().toString().trim()));
      }
      return families;
    });
  }
}
