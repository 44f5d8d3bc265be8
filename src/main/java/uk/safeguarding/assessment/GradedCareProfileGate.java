package uk.safeguarding.assessment;

import static uk.safeguarding.assessment.ChildAndFamilyAssessmentProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/** CFA-08: the planning meeting decides who completes the Graded Care Profile, and by when. */
@Component("gradedCareProfileGate")
public class GradedCareProfileGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    gate.requireDate("CFA-08", GCP_PLANNING_MEETING_DATE, "The date of the planning meeting")
        .notInFuture("CFA-08", GCP_PLANNING_MEETING_DATE)
        .requireText("CFA-08", GCP_COMPLETED_BY, "Who completes the Graded Care Profile (practitioner and agency)")
        .requireDate("CFA-08", GCP_DUE_DATE, "When the Graded Care Profile is to be completed");
  }
}
