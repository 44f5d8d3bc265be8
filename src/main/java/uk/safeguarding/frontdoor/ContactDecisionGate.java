package uk.safeguarding.frontdoor;

import static uk.safeguarding.frontdoor.ContactProcess.Variables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.safeguarding.identity.CurrentUser;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;
import uk.safeguarding.casefile.NextPathway;
import uk.safeguarding.contract.CensusCodes;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * FD-04: the front door's decision, one of the four outcomes, with its reasons. The decision table
 * only suggests: deciding otherwise is allowed, with the reason for departing from it recorded.
 * FD-07: actions for the referrer are agreed at a consultation, so they come with advice only. A
 * contact that goes on to children's social care becomes a referral: its census date is recorded.
 */
@Component("contactDecisionGate")
public class ContactDecisionGate extends CompletionGate {

  private static final List<String> REFERRALS = List.of(ContactProcess.CHILD_AND_FAMILY_ASSESSMENT,
      ContactProcess.IMMEDIATE_STRATEGY_DISCUSSION);

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    CaseVariables v = gate.variables();
    gate.requireOneOf("FD-04", CONTACT_OUTCOME, ContactProcess.OUTCOMES)
        .requireText("FD-04", DECISION_RATIONALE, "The reasons for the decision");
    String outcome = v.text(CONTACT_OUTCOME);
    String suggested = v.text(SUGGESTED_OUTCOME);
    if (outcome != null && suggested != null && !outcome.equals(suggested)) {
      gate.requireText("FD-04", OVERRIDE_RATIONALE, "The table suggested '" + suggested + "'; why you decided otherwise");
    }
    if (ConsultationActions.any(v, CONSULTATION_ACTIONS)) {
      if (!ContactProcess.ADVICE.equals(outcome)) {
        gate.refuse("FD-07", CONSULTATION_ACTIONS, "actions for the referrer are agreed at a consultation (advice); "
            + "with '" + outcome + "' the next pathway plans the work");
      } else {
        ConsultationActions.check(gate, CONSULTATION_ACTIONS, WorkingDayCalendar.today());
      }
    }
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    String outcome = variables.text(CONTACT_OUTCOME);
    execution.setVariable(CONTACT_DECIDED_AT, ClockUtil.getCurrentTime());
    execution.setVariable(CONTACT_DECIDED_BY, CurrentUser.of(execution));
    execution.setVariable(FOLLOWED_SUGGESTION, outcome.equals(variables.text(SUGGESTED_OUTCOME)));
    if (REFERRALS.contains(outcome)) {
      execution.setVariable(CENSUS_REFERRAL_DATE, NextPathway.day(variables.date(CONTACT_RECEIVED_AT)));
      execution.setVariable(CENSUS_REFERRAL_SOURCE, variables.text(CensusCodes.REFERRAL_SOURCE));
    }
  }
}
