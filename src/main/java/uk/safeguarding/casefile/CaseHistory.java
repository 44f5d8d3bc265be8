package uk.safeguarding.casefile;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * What a case knows, read from the history: it is there whether the process instance that recorded
 * it is still running or has ended since (a breach's case, a child's strategy discussion).
 */
@Component
public class CaseHistory {

  private final HistoryService history;

  public CaseHistory(HistoryService history) {
    this.history = history;
  }

  /** The value of a process variable of the instance, or null. */
  public Object variable(String processInstanceId, String name) {
    HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableName(name).disableCustomObjectDeserialization().singleResult();
    return variable == null ? null : variable.getValue();
  }

  /** How many processes of the given key the case has had, running or ended (a child's earlier plans). */
  public long processesOfCase(String processKey, String caseReference) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(caseReference).count();
  }
}
