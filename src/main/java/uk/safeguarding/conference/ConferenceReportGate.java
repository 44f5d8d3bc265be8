package uk.safeguarding.conference;

import static uk.safeguarding.conference.ConferenceVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/**
 * ICPC-02/ICPC-03 for an initial conference, RCPC-02 for a review: each invited agency's report has
 * its content, the agency's recommendation and whether it was shared with the family (and why not).
 * The report is kept on the agency's own task (local variables) and becomes that agency's first view
 * on the chair's record (ICPC-05).
 */
@Component("conferenceReportGate")
public class ConferenceReportGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    boolean review = isReview(execution);
    String rule = review ? "RCPC-02" : "ICPC-02";
    gate.requireText(rule, AGENCY_REPORT, "Your agency's report")
        .requireOneOf(rule, AGENCY_RECOMMENDATION, review ? REVIEW_DECISIONS : CONFERENCE_DECISIONS)
        .requireAnswer(review ? "RCPC-02" : "ICPC-03", REPORT_SHARED_WITH_FAMILY, "Has the report been shared with the family?");
    if (gate.variables().isAnswered(REPORT_SHARED_WITH_FAMILY) && !gate.variables().isTrue(REPORT_SHARED_WITH_FAMILY)) {
      gate.requireText(review ? "RCPC-02" : "ICPC-03", REPORT_NOT_SHARED_REASON, "Why the report has not been shared with the family");
    }
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    AgencyViews.addReport(execution, variables.text(AGENCY), variables.text(AGENCY_RECOMMENDATION), variables.text(AGENCY_REPORT));
  }

  static boolean isReview(DelegateExecution execution) {
    return execution.getCurrentActivityId() != null && execution.getCurrentActivityId().contains("Review");
  }
}
