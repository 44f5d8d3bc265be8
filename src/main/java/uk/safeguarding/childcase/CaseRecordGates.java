package uk.safeguarding.childcase;

import static uk.safeguarding.childcase.ChildCaseProcess.Variables.*;

import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safeguarding.identity.CurrentUser;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/**
 * The gates of the case's own records: the chronology review (CHR-01), the case summary (SUM-01), the
 * manager's answer to a flag (RR-01) and the steps of the stepped approach to a family that does not
 * engage (NE-01), one bean per user task, named as the diagram calls them.
 */
@Configuration
public class CaseRecordGates {

  /** A string variable holds 4,000 characters; the form shows the latest entries that fit. */
  static final int CHRONOLOGY_SHOWN = 3_900;

  /**
   * CHR-01: the chronology, generated afresh, is shown read-only on the task that reviews it: when the
   * task is created and again when a practitioner claims it, so a review weeks later sees what happened since.
   */
  @Bean
  public TaskListener showChronology(Chronology chronology) {
    return (DelegateTask task) -> task.setVariable(CHRONOLOGY_TEXT,
        chronology.asText(task.getExecution().getProcessBusinessKey(), CHRONOLOGY_SHOWN));
  }

  /** RR-01: each flag task shows its own reason, even when two flags are raised by one pathway start. */
  @Bean
  public TaskListener showCaseFlag() {
    return (DelegateTask task) -> task.setVariableLocal("caseFlag", task.getVariable(CASE_FLAG_REASON));
  }

  /** NE-01: the stepped approach starts now; the trigger is reset so that the next failed visit starts it again. */
  @Bean
  public ExecutionListener nonEngagementStarts() {
    return execution -> {
      execution.setVariable(NOT_ENGAGING_SINCE, ClockUtil.getCurrentTime());
      execution.setVariable(FAMILY_NOT_ENGAGING, false);
    };
  }

  /** CHR-01: the worker confirms the chronology is right and may add a significant event no pathway recorded. */
  @Bean
  public CompletionGate chronologyReviewGate(SignificantEvents significantEvents) {
    return new CompletionGate() {
      @Override
      protected void check(Gate gate, DelegateExecution execution) {
        if (!gate.variables().isTrue(CHRONOLOGY_REVIEWED)) {
          gate.refuse("CHR-01", CHRONOLOGY_REVIEWED, "confirm that you have reviewed the chronology");
        }
        if (gate.variables().hasText(SIGNIFICANT_EVENT) || gate.variables().hasText(SIGNIFICANT_EVENT_DATE)) {
          gate.requireDate("CHR-01", SIGNIFICANT_EVENT_DATE, "The day of the significant event")
              .notInFuture("CHR-01", SIGNIFICANT_EVENT_DATE)
              .requireText("CHR-01", SIGNIFICANT_EVENT, "What happened");
        }
      }

      @Override
      protected void passed(DelegateExecution execution, CaseVariables variables) {
        if (variables.hasText(SIGNIFICANT_EVENT)) {
          significantEvents.add(execution.getProcessBusinessKey(), variables.date(SIGNIFICANT_EVENT_DATE),
              variables.text(SIGNIFICANT_EVENT), CurrentUser.of(execution));
          // Added once: the next review starts with empty fields.
          execution.setVariable(SIGNIFICANT_EVENT, null);
          execution.setVariable(SIGNIFICANT_EVENT_DATE, null);
        }
        execution.setVariable(CHRONOLOGY_REVIEWED, null);
        execution.setVariable(LAST_CHRONOLOGY_REVIEW_AT, ClockUtil.getCurrentTime());
      }
    };
  }

  /** SUM-01: the case summary is brought up to date; the next one counts from now. */
  @Bean
  public CompletionGate caseSummaryGate() {
    return textGate("SUM-01", CASE_SUMMARY, "The case summary: the child's situation, risks, plan and who is involved",
        execution -> execution.setVariable(LAST_SUMMARY_AT, ClockUtil.getCurrentTime()));
  }

  /** RR-01: the manager says what the flag means for the case. */
  @Bean
  public CompletionGate caseFlagReviewGate() {
    return textGate("RR-01", FLAG_RESPONSE, "What the pattern means for the child, and what you have decided", execution -> {});
  }

  /** A task whose record is one text: required, then {@code then} records what follows. */
  private static CompletionGate textGate(String ruleId, String field, String what, Consumer<DelegateExecution> then) {
    return new CompletionGate() {
      @Override
      protected void check(Gate gate, DelegateExecution execution) {
        gate.requireText(ruleId, field, what);
      }

      @Override
      protected void passed(DelegateExecution execution, CaseVariables variables) {
        then.accept(execution);
      }
    };
  }

  /** NE-01, first step: a further attempt to see the child and family. */
  @Bean
  public CompletionGate furtherAttemptGate() {
    return engagementStep(ATTEMPT_DATE, "The day of the further attempt", ENGAGED_AFTER_ATTEMPT,
        "Did the family engage at the further attempt?");
  }

  /** NE-01, second step: the formal letter to the family. */
  @Bean
  public CompletionGate formalLetterGate() {
    return engagementStep(LETTER_SENT_ON, "The day the formal letter was sent", ENGAGED_AFTER_LETTER,
        "Has the family engaged since the formal letter?");
  }

  /** NE-01, last step: the manager escalates. */
  @Bean
  public CompletionGate nonEngagementEscalationGate() {
    return new CompletionGate() {
      @Override
      protected void check(Gate gate, DelegateExecution execution) {
        gate.requireOneOf("NE-01", ESCALATION_DECISION, ChildCaseProcess.ESCALATIONS)
            .requireText("NE-01", ESCALATION_REASONS, "Why, and what happens next for the child");
      }
    };
  }

  private static CompletionGate engagementStep(String dayField, String day, String engagedField, String engaged) {
    return new CompletionGate() {
      @Override
      protected void check(Gate gate, DelegateExecution execution) {
        gate.requireDate("NE-01", dayField, day).notInFuture("NE-01", dayField)
            .requireAnswer("NE-01", engagedField, engaged);
      }

      @Override
      protected void passed(DelegateExecution execution, CaseVariables variables) {
        // Kept as a Boolean for the diagram's ${engaged... == true}: a REST client's "yes" routes as a yes.
        execution.setVariable(engagedField, variables.isTrue(engagedField));
        execution.setVariable(NOT_ENGAGING_STEP_AT, ClockUtil.getCurrentTime());
      }
    };
  }
}
