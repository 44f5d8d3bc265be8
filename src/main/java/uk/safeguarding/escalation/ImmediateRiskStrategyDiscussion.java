package uk.safeguarding.escalation;

import static uk.safeguarding.escalation.ProfessionalDisagreementProcess.Variables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.strategy.StrategyDiscussionReferrals;

/**
 * ESC-03: the child is at immediate risk, so a strategy discussion for the child starts at once,
 * under the same case reference, whatever stage the disagreement has reached. The concern arises
 * today, so SD-01's clock starts now. The practitioner who said so may not be one who may open a
 * strategy discussion (children's social care does), so the system starts it for them.
 */
@Component("startStrategyDiscussionForImmediateRisk")
public class ImmediateRiskStrategyDiscussion implements JavaDelegate {

  private final DisagreementRecords records;

  public ImmediateRiskStrategyDiscussion(DisagreementRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseVariables v = CaseVariables.of(execution);
    Date now = ClockUtil.getCurrentTime();
    ProcessInstance discussion = StrategyDiscussionReferrals.startNow(execution,
        "Immediate risk reported in a professional disagreement between " + v.text(RAISING_AGENCY_NAME) + " and "
            + v.text(OTHER_AGENCY_NAME) + " (ESC-03): " + v.text(IMMEDIATE_RISK_DETAILS)
            + "\nThe disagreement: " + v.text(DISAGREEMENT_ISSUE),
        v.text(RAISING_AGENCY));
    String started = v.text(STRATEGY_DISCUSSIONS_STARTED);
    execution.setVariable(STRATEGY_DISCUSSIONS_STARTED,
        started == null ? discussion.getId() : started + "," + discussion.getId());
    records.append(execution, "Strategy discussion started (ESC-03)",
        "Strategy discussion started at once " + DisagreementRecords.day(now)
        + " (ESC-03): the child was reported at immediate risk. Children's social care convenes it.");
    execution.setVariable(IMMEDIATE_RISK_TO_ACT, false);
    execution.removeVariable(IMMEDIATE_RISK_DETAILS);
  }
}
