package uk.safeguarding.assessment;

import static uk.safeguarding.assessment.ChildAndFamilyAssessmentProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;
import uk.safeguarding.casefile.NextPathway;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * CFA-06: the manager's endorsement (the manager's footprint), with the manager's reasons, or the
 * assessment back to the social worker. CFA-07: an endorsed assessment's outcome is one of four.
 * The endorsement is the census authorisation date.
 */
@Component("endorseAssessmentGate")
public class EndorseAssessmentGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    gate.requireAnswer("CFA-06", ENDORSED, "Do you endorse the assessment?")
        .requireText("CFA-06", ENDORSEMENT_NOTES, "The manager's reasons");
    if (gate.variables().isTrue(ENDORSED)) {
      gate.requireOneOf("CFA-07", ASSESSMENT_OUTCOME, ChildAndFamilyAssessmentProcess.OUTCOMES);
    }
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    boolean endorsed = variables.isTrue(ENDORSED);
    execution.setVariable(ENDORSED, endorsed);
    if (endorsed) {
      execution.setVariable(AUTHORISED_AT, ClockUtil.getCurrentTime());
      execution.setVariable(CENSUS_ASSESSMENT_AUTHORISATION_DATE, NextPathway.day(WorkingDayCalendar.today()));
    }
  }
}
