package uk.safeguarding.strategy;

import static uk.safeguarding.strategy.Section47EnquiryProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.safeguarding.identity.CurrentUser;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/**
 * The social worker's conclusion of the enquiry. S47-02: the child seen, and seen alone, or why not.
 * S47-01: the parents told, as the strategy discussion agreed. S47-04: a substantiated enquiry going
 * to conference carries a provisional safety plan.
 */
@Component("section47EnquiryGate")
public class Section47EnquiryGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    CaseVariables variables = gate.variables();
    gate.requireAnswer("S47-02", CHILD_SEEN, "Was the child seen?")
        .requireAnswer("S47-02", CHILD_SEEN_ALONE, "Was the child seen alone?");
    boolean seen = variables.isTrue(CHILD_SEEN);
    if (seen) {
      gate.requireDate("S47-02", DATE_CHILD_SEEN, "The date the child was seen");
    }
    if (variables.isAnswered(CHILD_SEEN) && (!seen || !variables.isTrue(CHILD_SEEN_ALONE))) {
      gate.requireText("S47-02", CHILD_NOT_SEEN_ALONE_REASON,
          seen ? "Why the child was not seen alone" : "Why the child was not seen");
    }
    gate.requireAnswer("S47-01", PARENTS_INFORMED, "Have the parents been told of the enquiry?");
    if (variables.isTrue(StrategyDiscussionProcess.Variables.PARENTS_TO_BE_INFORMED)
        && variables.isAnswered(PARENTS_INFORMED) && !variables.isTrue(PARENTS_INFORMED)) {
      gate.refuse("S47-01", PARENTS_INFORMED, "the strategy discussion agreed the parents are told; tell them before concluding");
    }
    gate.requireText("S47-03", ENQUIRY_FINDINGS, "The findings of the enquiry")
        .requireOneOf("S47-03", SECTION_47_OUTCOME, Section47EnquiryProcess.OUTCOMES);
    if (Section47EnquiryProcess.SUBSTANTIATED.equals(variables.text(SECTION_47_OUTCOME))) {
      gate.requireText("S47-04", PROVISIONAL_SAFETY_PLAN, "A provisional safety plan until the conference");
    }
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    execution.setVariable(SECTION_47_CONCLUDED_AT, ClockUtil.getCurrentTime());
    execution.setVariable("section47ConcludedBy", CurrentUser.of(execution));
  }
}
