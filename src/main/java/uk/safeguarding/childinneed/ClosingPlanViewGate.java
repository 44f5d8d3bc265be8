package uk.safeguarding.childinneed;

import static uk.safeguarding.childinneed.ChildInNeedMeetingProcess.Variables.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.identity.CurrentUser;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * CIN-07: no child in need plan closes without a multi-agency consensus (seed 002 Standard 5). Each
 * agency of the plan says, on its own task, whether it agrees the plan should end. An agency that
 * disagrees gives its position: the plan stays open and a professional disagreement starts at once in
 * that agency's name, with the social worker, through its own start gate (ESC-01, ESC-03, ESC-04), so a
 * disagreement it would refuse is refused here and the agency's view is not recorded either.
 */
@Component("closingPlanViewGate")
public class ClosingPlanViewGate extends CompletionGate {

  private final ClosureDisagreements disagreements;

  public ClosingPlanViewGate(ClosureDisagreements disagreements) {
    this.disagreements = disagreements;
  }

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    gate.requireAnswer("CIN-07", AGREES_TO_CLOSE, "Does your agency agree the child in need plan should close?");
    if (gate.variables().isAnswered(AGREES_TO_CLOSE) && !gate.variables().isTrue(AGREES_TO_CLOSE)) {
      gate.requireText("CIN-07", CLOSURE_POSITION, "Your agency's position: why the plan should not close");
    }
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    String agency = variables.text(AGENCY);
    boolean agrees = variables.isTrue(AGREES_TO_CLOSE);
    var plan = execution.getProcessInstance();
    String entry = PlanAgencies.name(agency) + " (" + CurrentUser.of(execution) + "): "
        + (agrees ? "agrees the plan should close" : "DISAGREES: " + variables.text(CLOSURE_POSITION));
    if (!agrees) {
      String disagreement = disagreements.raise(execution, agency, variables.text(CLOSURE_POSITION));
      entry += " (professional disagreement raised, CIN-07)";
      List<String> disagreeing = new ArrayList<>(CaseVariables.of(plan).list(DISAGREEING_AGENCIES));
      disagreeing.add(agency);
      PlanAgencies.keep(plan, DISAGREEING_AGENCIES, disagreeing);
      Object started = plan.getVariable(CLOSURE_DISAGREEMENTS);
      plan.setVariable(CLOSURE_DISAGREEMENTS, started == null ? disagreement : started + "," + disagreement);
      plan.setVariable(CLOSURE_AGREED, false);
    }
    PlanDays.append(plan, CLOSURE_VIEWS, entry, "\n");
    plan.setVariable(CLOSURE_AGREED_AT, WorkingDayCalendar.today().toString());
  }
}
