package uk.safeguarding.childcase;

import static uk.safeguarding.childcase.ChildCaseProcess.Variables.*;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safeguarding.contract.CensusCodes;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/**
 * CL-01: a case closes only when no pathway of the child is open, with the chronology reviewed, a
 * genogram reference and the closure summary (SUM-01 at closure), and the manager's decision
 * recorded. Both the worker's preparation and the manager's decision are refused while a pathway
 * runs, so a pathway started in between (a new contact) keeps the case open.
 */
@Configuration
public class CaseClosureGates {

  @Bean
  public CompletionGate caseClosurePreparationGate() {
    return new CompletionGate() {
      @Override
      protected void check(Gate gate, DelegateExecution execution) {
        refuseWhilePathwaysAreOpen(gate, execution);
        gate.requireAnswer("CL-01", CHRONOLOGY_REVIEWED, "Is the chronology up to date?");
        if (gate.variables().isAnswered(CHRONOLOGY_REVIEWED) && !gate.variables().isTrue(CHRONOLOGY_REVIEWED)) {
          gate.refuse("CL-01", CHRONOLOGY_REVIEWED, "bring the chronology up to date before closure");
        }
        gate.requireText("CL-01", GENOGRAM_REFERENCE, "Where the child's genogram is (document reference)")
            .requireText("SUM-01", CLOSURE_SUMMARY, "The closure summary: why the case closes and what support continues");
      }

      @Override
      protected void passed(DelegateExecution execution, CaseVariables variables) {
        execution.setVariable(CLOSURE_READY_AT, ClockUtil.getCurrentTime());
        execution.setVariable(LAST_SUMMARY_AT, ClockUtil.getCurrentTime());
        execution.setVariable(LAST_CHRONOLOGY_REVIEW_AT, ClockUtil.getCurrentTime());
      }
    };
  }

  @Bean
  public CompletionGate caseClosureDecisionGate() {
    return new CompletionGate() {
      @Override
      protected void check(Gate gate, DelegateExecution execution) {
        gate.requireOneOf("CL-01", CLOSURE_DECISION, ChildCaseProcess.CLOSURE_DECISIONS)
            .requireText("CL-01", CLOSURE_DECISION_REASONS, "The reasons for your decision");
        if ("close".equals(gate.variables().text(CLOSURE_DECISION))) {
          refuseWhilePathwaysAreOpen(gate, execution);
          // The census closes the child's episode with a reason (DfE rule 8805); the contract allows only its codes.
          gate.requireOneOf("CL-01", CensusCodes.REASON_FOR_CLOSURE, CensusCodes.codes(CensusCodes.REASONS_FOR_CLOSURE));
        }
      }
    };
  }

  /** End of the case: the day it closed, from which RR-01 counts a re-referral. */
  @Bean
  public JavaDelegate recordCaseClosure() {
    return execution -> execution.setVariable(CASE_CLOSED_AT, ClockUtil.getCurrentTime());
  }

  static void refuseWhilePathwaysAreOpen(Gate gate, DelegateExecution execution) {
    List<String> open = openPathways(execution);
    if (!open.isEmpty()) {
      gate.refuse("CL-01", "openPathways", "the case cannot close while a pathway of the child is open: " + String.join(", ", open));
    }
  }

  /** The names of the child's processes still running, other than the case itself and breach reviews. */
  static List<String> openPathways(DelegateExecution execution) {
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    return Context.getCommandContext().runWithoutAuthorization(() -> runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(execution.getProcessBusinessKey()).list().stream()
        .map(instance -> Context.getCommandContext().getProcessEngineConfiguration().getRepositoryService()
            .getProcessDefinition(instance.getProcessDefinitionId()))
        .filter(definition -> !ChildCaseProcess.NOT_PATHWAYS.contains(definition.getKey()))
        .map(definition -> definition.getName() == null ? definition.getKey() : definition.getName())
        .distinct().toList());
  }
}
