package uk.safeguarding.strategy;

import static uk.safeguarding.strategy.StrategyDiscussionProcess.Variables.LADO_DECISION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.standards.CompletionGate;
import uk.safeguarding.standards.Gate;

/** LADO-03: the LADO's initial consideration ends in one of its outcomes, with the reasons. */
@Component("ladoReferralGate")
public class LadoReferralGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    gate.requireOneOf("LADO-03", LADO_DECISION, StrategyDiscussionProcess.LADO_DECISIONS)
        .requireText("LADO-03", "ladoNotes", "The LADO's reasons");
  }
}
