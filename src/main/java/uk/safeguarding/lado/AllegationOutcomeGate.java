package uk.safeguarding.lado;

import static uk.safeguarding.lado.LadoReferralProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/**
 * LADO-03: an allegation that went to a strategy discussion ends with its final outcome
 * (substantiated, unsubstantiated, unfounded, false or malicious) and the reasons for it.
 */
@Component("allegationOutcomeGate")
public class AllegationOutcomeGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    gate.requireDate("LADO-03", STRATEGY_DISCUSSION_DATE, "The date of the allegations strategy discussion")
        .notInFuture("LADO-03", STRATEGY_DISCUSSION_DATE)
        .requireOneOf("LADO-03", ALLEGATION_OUTCOME, LadoReferralProcess.ALLEGATION_OUTCOMES)
        .requireText("LADO-03", ALLEGATION_OUTCOME_REASONS, "The reasons for the outcome");
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    execution.setVariable(CONCLUDED_AT, ClockUtil.getCurrentTime());
  }
}
