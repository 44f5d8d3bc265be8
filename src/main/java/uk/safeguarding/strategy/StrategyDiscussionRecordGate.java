package uk.safeguarding.strategy;

import static uk.safeguarding.strategy.StrategyDiscussionProcess.Variables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.identity.CurrentUser;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/**
 * The chair's record of the strategy discussion. SD-05: decisions with rationale, SMART actions,
 * every child of both households considered. SD-08: the outcome, and for no s47 the rationale and
 * the next step. S47-01: whether the parents are told, and why not. SD-07: what the LADO needs (the
 * LADO process's own start gate, run in the same transaction, refuses a referral without the adult,
 * their role, the LADO-01 criterion and the setting).
 */
@Component("strategyDiscussionRecordGate")
public class StrategyDiscussionRecordGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    CaseVariables variables = gate.variables();
    gate.requireText("SD-05", DECISIONS, "The decisions of the discussion")
        .requireText("SD-05", DECISION_RATIONALE, "The rationale for the decisions");
    LocalDate discussion = null;
    try {
      discussion = variables.date(STRATEGY_DISCUSSION_DATE);
    } catch (IllegalArgumentException ignored) {
      // the convene gate has refused such a date already
    }
    AgreedActions.read(variables.raw(AGREED_ACTIONS), discussion, gate);
    if (!variables.isTrue(HOUSEHOLD_CHILDREN_CONSIDERED)) {
      gate.refuse("SD-05", HOUSEHOLD_CHILDREN_CONSIDERED,
          "confirm that every child in the household and in the alleged perpetrator's household was considered");
    }
    gate.requireOneOf("SD-08", STRATEGY_OUTCOME, StrategyDiscussionProcess.OUTCOMES);
    if (StrategyDiscussionProcess.OUTCOME_NO_SECTION_47.equals(variables.text(STRATEGY_OUTCOME))) {
      gate.requireText("SD-08", "noSection47Rationale", "The rationale for not starting a section 47 enquiry")
          .requireOneOf("SD-08", NEXT_STEP, StrategyDiscussionProcess.NEXT_STEPS);
    }
    gate.requireAnswer("S47-01", PARENTS_TO_BE_INFORMED, "Will the parents be told of the enquiry?");
    if (variables.isAnswered(PARENTS_TO_BE_INFORMED) && !variables.isTrue(PARENTS_TO_BE_INFORMED)) {
      gate.requireText("S47-01", PARENTS_NOT_INFORMED_REASON, "Why the parents are not to be told");
    }
    if (variables.isTrue(CONCERN_ABOUT_PERSON_WORKING_WITH_CHILDREN)) {
      gate.requireText("SD-07", LADO_CONCERN_DETAILS, "What the LADO needs to know about the adult and the concern");
    }
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    execution.setVariable(STRATEGY_DISCUSSION_RECORDED_BY, CurrentUser.of(execution));
    execution.setVariable(CONCERN_ABOUT_PERSON_WORKING_WITH_CHILDREN, variables.isTrue(CONCERN_ABOUT_PERSON_WORKING_WITH_CHILDREN));
  }
}
