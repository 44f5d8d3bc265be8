package uk.safeguarding.escalation;

import static uk.safeguarding.escalation.ProfessionalDisagreementProcess.Variables.*;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.standards.CaseVariables;
import uk.safeguarding.standards.Standards;
import uk.safeguarding.strategy.StrategyDiscussionProcess;

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
    String caseReference = v.text(CASE_REFERENCE);
    Map<String, Object> referral = new HashMap<>();
    referral.put(StrategyDiscussionProcess.Variables.CASE_REFERENCE, caseReference);
    referral.put(StrategyDiscussionProcess.Variables.CHILD_NAME, v.text(CHILD_NAME));
    referral.put(StrategyDiscussionProcess.Variables.CHILD_DATE_OF_BIRTH, v.raw(CHILD_DATE_OF_BIRTH));
    referral.put(StrategyDiscussionProcess.Variables.HOUSEHOLD_MEMBERS, v.text(HOUSEHOLD_MEMBERS));
    referral.put(StrategyDiscussionProcess.Variables.CONCERN, "Immediate risk reported in a professional disagreement between "
        + v.text(RAISING_AGENCY_NAME) + " and " + v.text(OTHER_AGENCY_NAME) + " (ESC-03): " + v.text(IMMEDIATE_RISK_DETAILS)
        + "\nThe disagreement: " + v.text(DISAGREEMENT_ISSUE));
    referral.put(StrategyDiscussionProcess.Variables.CONCERN_RAISED_DATE,
        now.toInstant().atZone(WorkingDayCalendar.LONDON).toLocalDate().toString());
    referral.put(StrategyDiscussionProcess.Variables.REFERRER_AGENCY, v.text(RAISING_AGENCY));
    referral.put(Standards.PROFILE_VARIABLE, v.text(Standards.PROFILE_VARIABLE));
    ProcessInstance discussion = Context.getCommandContext().runWithoutAuthorization(() -> execution
        .getProcessEngineServices().getRuntimeService()
        .startProcessInstanceByKey(StrategyDiscussionProcess.KEY, caseReference, referral));
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
