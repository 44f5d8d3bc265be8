package uk.safeguarding.lado;

import static uk.safeguarding.lado.LadoReferralProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/** LADO-03: the LADO's initial consideration ends in one of its outcomes, with the reasons. */
@Component("ladoInitialConsiderationGate")
public class LadoInitialConsiderationGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    gate.requireOneOf("LADO-03", DECISION, LadoReferralProcess.DECISIONS)
        .requireText("LADO-03", NOTES, "The LADO's reasons");
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    execution.setVariable(INITIAL_CONSIDERATION_AT, ClockUtil.getCurrentTime());
  }
}
