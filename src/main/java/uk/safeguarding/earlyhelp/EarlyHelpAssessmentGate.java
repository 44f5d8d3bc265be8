package uk.safeguarding.earlyhelp;

import static uk.safeguarding.earlyhelp.EarlyHelpProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;
import uk.safeguarding.casefile.NextPathway;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * EH-02: the early help assessment, with the child's views and the plan, and what comes next: a Team
 * Around the Child (its agencies named; the first review counts from today, EH-03), closing with the
 * needs met, or a step up (EH-04).
 */
@Component("earlyHelpAssessmentGate")
public class EarlyHelpAssessmentGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    gate.requireText("EH-02", ASSESSMENT_SUMMARY, "The assessment of the child's needs")
        .requireText("EH-02", CHILD_VIEWS, "The child's views and daily lived experience")
        .requireOneOf("EH-02", NEXT_STEP, EarlyHelpProcess.AFTER_ASSESSMENT);
    String next = gate.variables().text(NEXT_STEP);
    if (EarlyHelpProcess.TEAM_AROUND_THE_CHILD.equals(next)) {
      gate.requireText("EH-02", PLAN, "The early help plan")
          .requireSomeOf("EH-03", TEAM_AROUND_THE_CHILD, Agency.everyGroupId(), "The agencies of the Team Around the Child");
    }
    NextSteps.check(gate, next, "EH-02");
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    execution.setVariable(ASSESSMENT_COMPLETED_AT, ClockUtil.getCurrentTime());
    // ISO text, as a form sends it, so the review form shows it.
    execution.setVariable(LAST_MEETING_DATE, WorkingDayCalendar.today().toString());
    NextSteps.passed(execution, variables);
  }
}
