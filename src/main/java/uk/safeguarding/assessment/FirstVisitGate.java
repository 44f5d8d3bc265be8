package uk.safeguarding.assessment;

import static uk.safeguarding.assessment.ChildAndFamilyAssessmentProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;
import uk.safeguarding.breaches.RecordingTimeliness;

/**
 * CFA-01: the first visit counts only when the child was seen; seen alone, or the reason it was not
 * appropriate. CFA-08: whether there are neglect concerns, which lead to a Graded Care Profile decision.
 */
@Component("firstVisitGate")
public class FirstVisitGate extends CompletionGate {

  private final RecordingTimeliness recording;

  public FirstVisitGate(RecordingTimeliness recording) {
    this.recording = recording;
  }

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    CaseVariables v = gate.variables();
    gate.requireDate("CFA-01", FIRST_VISIT_DATE, "The date of the first visit")
        .notInFuture("CFA-01", FIRST_VISIT_DATE)
        .requireAnswer("CFA-01", CHILD_SEEN_ALONE, "Was the child seen alone?")
        .requireAnswer("CFA-08", NEGLECT_CONCERNS, "Are there concerns of neglect?");
    if (!v.isTrue(CHILD_SEEN)) {
      gate.refuse("CFA-01", CHILD_SEEN, "the first visit is recorded once the child has been seen; visit again and see the child");
    }
    if (v.isAnswered(CHILD_SEEN_ALONE) && !v.isTrue(CHILD_SEEN_ALONE)) {
      gate.requireText("CFA-01", NOT_SEEN_ALONE_REASON, "Why it was not appropriate to see the child alone");
    }
    gate.notBefore("CFA-01", FIRST_VISIT_DATE, v.date(REFERRAL_DATE), "the referral");
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    recording.recordedInTime(execution, variables.date(FIRST_VISIT_DATE), "The first visit");
    execution.setVariable(NEGLECT_CONCERNS, variables.isTrue(NEGLECT_CONCERNS));
    execution.setVariable(CHILD_SEEN_ALONE, variables.isTrue(CHILD_SEEN_ALONE));
  }
}
