package uk.safeguarding.strategy;

import static uk.safeguarding.strategy.StrategyDiscussionProcess.Variables.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/** SD-03: a meeting, not a call, in the serious cases; and a date and invitees that make sense. */
@Component("conveneStrategyDiscussionGate")
public class ConveneStrategyDiscussionGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    gate.requireDate("SD-01", STRATEGY_DISCUSSION_DATE, "The date of the strategy discussion")
        .requireOneOf("SD-03", DISCUSSION_FORMAT, StrategyDiscussionProcess.FORMATS);
    try {
      LocalDate held = gate.variables().date(STRATEGY_DISCUSSION_DATE);
      LocalDate concern = gate.variables().date(CONCERN_RAISED_DATE);
      if (held != null && concern != null && held.isBefore(concern)) {
        gate.refuse("SD-01", STRATEGY_DISCUSSION_DATE, "cannot be before the concern arose (" + concern + ")");
      }
    } catch (IllegalArgumentException alreadyRefused) {
      // requireDate has named the field
    }
    List<String> factors = gate.variables().list(COMPLEXITY_FACTORS);
    for (String factor : factors) {
      if (!StrategyDiscussionProcess.MEETING_REQUIRED_FACTORS.contains(factor)) {
        gate.refuse("SD-03", COMPLEXITY_FACTORS, "'" + factor + "' is not one of " + StrategyDiscussionProcess.MEETING_REQUIRED_FACTORS);
      }
    }
    if (!factors.isEmpty() && !StrategyDiscussionProcess.FORMAT_MEETING.equals(gate.variables().text(DISCUSSION_FORMAT))) {
      gate.refuse("SD-03", DISCUSSION_FORMAT, "must be 'meeting', not a call, when there is " + String.join(", ", factors));
    }
    List<String> invited = gate.variables().list(INVITED_AGENCIES);
    if (invited.isEmpty()) {
      gate.refuse("SD-02", INVITED_AGENCIES, "invite the agencies to the discussion (at least CSC, police and health)");
    }
    for (String agency : invited) {
      if (Agency.byGroupId(agency).isEmpty()) {
        gate.refuse("SD-06", INVITED_AGENCIES, "'" + agency + "' is not an agency");
      }
    }
  }
}
