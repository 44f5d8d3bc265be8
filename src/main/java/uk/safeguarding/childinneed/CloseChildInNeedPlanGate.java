package uk.safeguarding.childinneed;

import static uk.safeguarding.childinneed.ChildInNeedPlanProcess.Variables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.safeguarding.childinneed.ChildInNeedMeetingProcess.Variables;
import uk.safeguarding.identity.CurrentUser;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * CIN-07: the plan closes after a multi-agency review in which every agency agreed; the social worker
 * records why, and whether early help (a CAF) follows (seed 002: agencies always consider a CAF plan at
 * this stage). RCPC-04: a child stepped down from a child protection plan stays on the plan for the
 * profile's minimum, checked again on the day it closes.
 */
@Component("closeChildInNeedPlanGate")
public class CloseChildInNeedPlanGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    CaseVariables v = gate.variables();
    if (!v.isTrue(Variables.CLOSURE_AGREED)) {
      gate.refuse("CIN-07", Variables.CLOSURE_AGREED, "the plan closes only when every agency at the review agreed");
    }
    String earliest = v.text(EARLIEST_CLOSURE_DATE);
    if (earliest != null && WorkingDayCalendar.today().isBefore(LocalDate.parse(earliest))) {
      gate.refuse("RCPC-04", EARLIEST_CLOSURE_DATE, "the child was stepped down from a child protection plan that ended on "
          + v.date(CHILD_PROTECTION_PLAN_ENDED_DATE) + " and stays on this plan until at least " + earliest);
    }
    gate.requireText("CIN-07", CLOSURE_REASON, "Why the plan can close: what has changed for the child")
        .requireAnswer("CIN-07", EARLY_HELP_FOLLOWS, "Does early help (a CAF) follow?");
    if (v.isTrue(EARLY_HELP_FOLLOWS)) {
      gate.requireText("CIN-07", EARLY_HELP_ARRANGEMENTS, "Who leads the early help (CAF) and what is agreed");
    }
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    execution.setVariable(EARLY_HELP_FOLLOWS, variables.isTrue(EARLY_HELP_FOLLOWS));
    execution.setVariable(PLAN_CLOSED_AT, ClockUtil.getCurrentTime());
    execution.setVariable(PLAN_CLOSED_BY, CurrentUser.of(execution));
  }
}
