package uk.safeguarding.standards;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The service task behind every "timescale missed" boundary timer. Its input parameters name the
 * rule ({@code ruleId}), the deadline that passed ({@code dueAt}) and the step that missed it
 * ({@code breachedStep}); it is used as {@code ${recordStandardsBreach}}.
 */
@Component("recordStandardsBreach")
public class RecordStandardsBreachDelegate implements JavaDelegate {

  private final StandardsBreachRecorder recorder;

  public RecordStandardsBreachDelegate(StandardsBreachRecorder recorder) {
    this.recorder = recorder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    String ruleId = variables.text("ruleId");
    if (ruleId == null) {
      throw new IllegalStateException("The breach task '" + execution.getCurrentActivityName()
          + "' has no ruleId input parameter");
    }
    Object due = execution.getVariableLocal("dueAt");
    Date dueAt = due == null ? null : Date.from(Standards.toDateTime(due, ruleId).toInstant());
    String step = variables.text("breachedStep");
    recorder.record(execution, ruleId, dueAt, step == null ? execution.getCurrentActivityName() : step,
        variables.text("breachDetail"));
  }
}
