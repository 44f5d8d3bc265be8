package uk.safeguarding.lookedafter;

import static uk.safeguarding.lookedafter.LookedAfterChangeProcess.Variables.*;

import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/** The gates of the decisions on a reported change (LAC-09, LAC-10). */
@Configuration
public class ChangeDecisionGates {

  /** A gate of a decision; its yes/no answers are kept as Boolean, which the diagram's conditions read. */
  static CompletionGate gate(Consumer<Gate> checks, String... answers) {
    return new CompletionGate() {
      @Override
      protected void check(Gate gate, DelegateExecution execution) {
        checks.accept(gate);
      }

      @Override
      protected void passed(DelegateExecution execution, CaseVariables variables) {
        for (String answer : answers) {
          execution.setVariable(answer, variables.isTrue(answer));
        }
      }
    };
  }

  /** LAC-09: the IRO agrees the significant change, or does not, and says why. */
  @Bean
  public CompletionGate agreeSignificantChangeGate() {
    return gate(gate -> gate.requireAnswer("LAC-09", IRO_AGREES, "Do you agree the change?")
        .requireText("LAC-09", IRO_COMMENTS, "Your reasons"), IRO_AGREES);
  }

  /** LAC-09: the IRO has been told of the unplanned event and says what follows from it. */
  @Bean
  public CompletionGate noteUnplannedEventGate() {
    return gate(gate -> gate.requireText("LAC-09", IRO_COMMENTS, "What follows from the event for the care plan"));
  }

  /** LAC-10: the team manager decides whether a disruption meeting is held, and when. */
  @Bean
  public CompletionGate disruptionDecisionGate() {
    return gate(gate -> {
      gate.requireAnswer("LAC-10", HOLD_DISRUPTION_MEETING, "Will a disruption meeting be held?")
          .requireText("LAC-10", DISRUPTION_DECISION_REASONS, "The reasons for the decision");
      if (gate.variables().isTrue(HOLD_DISRUPTION_MEETING)) {
        gate.requireDate("LAC-10", DISRUPTION_MEETING_DATE, "The date of the disruption meeting");
      }
    }, HOLD_DISRUPTION_MEETING);
  }
}
