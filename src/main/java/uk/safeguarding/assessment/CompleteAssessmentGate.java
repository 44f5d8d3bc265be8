package uk.safeguarding.assessment;

import static uk.safeguarding.assessment.ChildAndFamilyAssessmentProcess.Variables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;
import uk.safeguarding.timescales.Standards;

/**
 * CFA-06: the assessment is written up with the child's views. CFA-04: once it has run past the
 * profile's CFA-04 point, it cannot be completed until a family network meeting has been held.
 * CFA-07: the outcome, and what the next pathway needs (the plan for early help or a child in need
 * plan, and the agencies a plan involves).
 */
@Component("completeAssessmentGate")
public class CompleteAssessmentGate extends CompletionGate {

  private final Standards standards;

  public CompleteAssessmentGate(Standards standards) {
    this.standards = standards;
  }

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    CaseVariables v = gate.variables();
    gate.requireText("CFA-06", ASSESSMENT_SUMMARY, "The assessment and its analysis")
        .requireText("CFA-06", CHILD_VIEWS, "The child's views, wishes and feelings")
        .requireOneOf("CFA-07", ASSESSMENT_OUTCOME, ChildAndFamilyAssessmentProcess.OUTCOMES);
    String outcome = v.text(ASSESSMENT_OUTCOME);
    if (ChildAndFamilyAssessmentProcess.EARLY_HELP.equals(outcome) || ChildAndFamilyAssessmentProcess.CHILD_IN_NEED_PLAN.equals(outcome)) {
      gate.requireText("CFA-07", ASSESSMENT_PLAN, "The plan the next pathway starts from");
    }
    if (ChildAndFamilyAssessmentProcess.CHILD_IN_NEED_PLAN.equals(outcome)) {
      gate.requireSomeOf("CFA-07", INVOLVED_AGENCIES, Agency.everyGroupId(), "The agencies the child in need plan involves");
    }
    Date familyNetworkPoint = standards.due(execution, "CFA-04", v.raw(REFERRAL_DATE));
    if (ClockUtil.getCurrentTime().after(familyNetworkPoint) && v.raw(FAMILY_NETWORK_MEETING_DATE) == null) {
      gate.refuse("CFA-04", FAMILY_NETWORK_MEETING_DATE, "the assessment has run past its CFA-04 point; "
          + "hold and record the family network meeting first (task 'Hold a family network meeting')");
    }
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    execution.setVariable(ASSESSMENT_COMPLETED_AT, ClockUtil.getCurrentTime());
    // A returned assessment comes back to the manager unanswered: the last "no" must not stand for the next one.
    execution.removeVariable(ENDORSED);
  }
}
