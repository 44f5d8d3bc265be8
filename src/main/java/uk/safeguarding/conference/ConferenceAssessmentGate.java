package uk.safeguarding.conference;

import static uk.safeguarding.conference.ConferenceVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/**
 * ICPC-03 (initial) and RCPC-02 (review): the social worker's assessment or report for conference,
 * and whether it has been shared with the family ahead of it, or why not.
 */
@Component("conferenceAssessmentGate")
public class ConferenceAssessmentGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    String rule = ConferenceReportGate.isReview(execution) ? "RCPC-02" : "ICPC-03";
    gate.requireText(rule, SOCIAL_WORKER_REPORT, "The social worker's report for conference")
        .requireAnswer(rule, ASSESSMENT_SHARED_WITH_FAMILY, "Has it been shared with the family?");
    if (gate.variables().isAnswered(ASSESSMENT_SHARED_WITH_FAMILY) && !gate.variables().isTrue(ASSESSMENT_SHARED_WITH_FAMILY)) {
      gate.requireText(rule, ASSESSMENT_NOT_SHARED_REASON, "Why it has not been shared with the family");
    }
  }
}
