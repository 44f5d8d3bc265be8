package uk.safeguarding.strategy;

import static uk.safeguarding.strategy.StrategyDiscussionProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.safeguarding.identity.CurrentUser;
import uk.safeguarding.standards.CaseStarts;
import uk.safeguarding.standards.Gate;

/**
 * The start of a strategy discussion (SD-01 counts from the concern): refuses a start that does not
 * say which child, which concern and since when, so no timer is ever set from a guess. The case
 * reference becomes the business key every process of the child carries.
 */
@Component("strategyDiscussionReferralGate")
public class StrategyDiscussionReferralGate implements ExecutionListener {

  private final CaseStarts caseStarts;

  public StrategyDiscussionReferralGate(CaseStarts caseStarts) {
    this.caseStarts = caseStarts;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Gate gate = Gate.on(execution);
    caseStarts.check(gate, execution, "SD-01");
    gate.requireText("SD-01", CHILD_NAME, "The child's name")
        .requireDate("SD-01", CHILD_DATE_OF_BIRTH, "The child's date of birth")
        .requireText("SD-01", CONCERN, "The concern that gives reasonable cause to suspect significant harm")
        .requireDate("SD-01", CONCERN_RAISED_DATE, "The date the concern arose")
        .requireText("SD-05", HOUSEHOLD_MEMBERS, "The members of the child's household and the alleged perpetrator's household")
        .notInFuture("SD-01", CHILD_DATE_OF_BIRTH)
        .notInFuture("SD-01", CONCERN_RAISED_DATE)
        .enforce();
    caseStarts.adopt(execution);
    execution.setVariable("strategyDiscussionRequestedBy", CurrentUser.of(execution));
  }
}
