package uk.safeguarding.conference;

import static uk.safeguarding.conference.ConferenceVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/**
 * CG-04: the minutes and the updated plan go to the family and every agency, with the day they went.
 * CG-02: after the first core group they carry the detailed plan.
 */
@Component("coreGroupMinutesGate")
public class CoreGroupMinutesGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    boolean first = "ShareDetailedPlan".equals(execution.getCurrentActivityId());
    String rule = first ? "CG-02" : "CG-04";
    ConferenceCase.requireDayHeld(gate, rule, MINUTES_CIRCULATED_DATE, "The day the minutes were circulated");
    if (!gate.variables().isTrue(MINUTES_SENT_TO_FAMILY_AND_AGENCIES)) {
      gate.refuse(rule, MINUTES_SENT_TO_FAMILY_AND_AGENCIES, "the minutes and the updated plan go to the family and every agency");
    }
    if (first) {
      gate.requireText("CG-02", DETAILED_PLAN, "The detailed child protection plan (SMART actions, who, by when)");
    }
  }
}
