package uk.safeguarding.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ESC-02: a stage unresolved at its deadline moves up; the parties are told (ESC-04). */
@Component("moveDisagreementUpAStage")
public class MoveUpAStage implements JavaDelegate {

  private final DisagreementRecords records;

  public MoveUpAStage(DisagreementRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    records.deadlinePassed(execution);
  }
}
