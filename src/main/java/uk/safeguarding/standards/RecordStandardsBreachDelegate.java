package uk.safeguarding.standards;

import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * The service task behind every "timescale missed" boundary timer, used as
 * {@code ${recordStandardsBreach}}. The task's extension properties name the rule ({@code ruleId}),
 * the deadline that passed ({@code dueAt}, an expression) and the step that missed it
 * ({@code breachedStep}). Properties rather than input parameters: input parameters are written as
 * variables, with their history, by every one of the thousands of timers that fall due together.
 */
@Component("recordStandardsBreach")
public class RecordStandardsBreachDelegate implements JavaDelegate {

  private final StandardsBreachRecorder recorder;
  private final Map<String, Expression> expressions = new ConcurrentHashMap<>();

  public RecordStandardsBreachDelegate(StandardsBreachRecorder recorder) {
    this.recorder = recorder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, String> properties = properties(execution.getBpmnModelElementInstance());
    String ruleId = properties.get("ruleId");
    if (ruleId == null) {
      throw new IllegalStateException("The breach task '" + execution.getCurrentActivityName()
          + "' has no ruleId extension property");
    }
    String dueExpression = properties.get("dueAt");
    Object due = dueExpression == null ? null : expressions.computeIfAbsent(dueExpression,
        text -> Context.getProcessEngineConfiguration().getExpressionManager().createExpression(text)).getValue(execution);
    Date dueAt = due == null ? null : Date.from(Standards.toDateTime(due, ruleId).toInstant());
    recorder.record(execution, ruleId, dueAt, properties.getOrDefault("breachedStep", execution.getCurrentActivityName()),
        properties.get("breachDetail"));
  }

  private static Map<String, String> properties(FlowElement task) {
    if (task.getExtensionElements() == null) {
      return Map.of();
    }
    return task.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class)
        .list().stream().flatMap(p -> p.getCamundaProperties().stream())
        .collect(Collectors.toMap(CamundaProperty::getCamundaName, CamundaProperty::getCamundaValue, (a, b) -> b));
  }
}
