package uk.safeguarding.assessment;

import static uk.safeguarding.assessment.ChildAndFamilyAssessmentProcess.Variables.*;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;
import uk.safeguarding.casefile.NextPathway;
import uk.safeguarding.timescales.Standards;
import uk.safeguarding.breaches.StandardsBreachRecorder;

/**
 * CFA-02: the manager's review by day 10. The assessment is not complete yet (it would have ended the
 * review), so the manager records a final completion date, no later than the profile's CFA-03 limit,
 * and the rationale for it. That date becomes the social worker's due date for writing the assessment
 * up; the CFA-03 breach still falls on the profile's limit. A review done after the limit has passed
 * could name no date at all, and the review would stay open for ever: a later date (not in the past) is
 * then taken and the assessment is on record as late, the same CFA-03 breach as the assessment's own
 * timer, so it is there once.
 */
@Component("assessmentProgressReviewGate")
public class AssessmentProgressReviewGate extends CompletionGate {

  /** The step that the CFA-03 breach names, whether the assessment's timer or this gate records it. */
  static final String COMPLETE_ASSESSMENT = "Complete the assessment";

  private final Standards standards;
  private final StandardsBreachRecorder breaches;

  public AssessmentProgressReviewGate(Standards standards, StandardsBreachRecorder breaches) {
    this.standards = standards;
    this.breaches = breaches;
  }

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    CaseVariables v = gate.variables();
    gate.requireText("CFA-02", PROGRESS_NOTES, "The manager's review of the assessment so far")
        .requireDate("CFA-02", FINAL_COMPLETION_DATE, "The final completion date")
        .requireText("CFA-02", FINAL_DATE_RATIONALE, "The rationale for the final completion date");
    try {
      LocalDate finalDate = v.date(FINAL_COMPLETION_DATE);
      LocalDate limit = limit(execution, v);
      LocalDate today = WorkingDayCalendar.today();
      if (finalDate != null && finalDate.isAfter(limit) && !today.isAfter(limit)) {
        gate.refuse("CFA-02", FINAL_COMPLETION_DATE, "is after the CFA-03 limit of this profile (" + limit + ")");
      }
      if (finalDate != null && finalDate.isBefore(today)) {
        gate.refuse("CFA-02", FINAL_COMPLETION_DATE, "is in the past (" + finalDate + ")");
      }
    } catch (IllegalArgumentException alreadyRefused) {
      // requireDate names it
    }
  }

  private Date completionLimit(DelegateExecution execution, CaseVariables v) {
    // As the assessment's CFA-03 timer computes it, so the register keeps one breach for the assessment.
    return standards.due(execution, "CFA-03", "completion", v.raw(REFERRAL_DATE));
  }

  private LocalDate limit(DelegateExecution execution, CaseVariables v) {
    return completionLimit(execution, v).toInstant().atZone(WorkingDayCalendar.LONDON).toLocalDate();
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    LocalDate finalDate = variables.date(FINAL_COMPLETION_DATE);
    LocalDate limit = limit(execution, variables);
    if (finalDate.isAfter(limit)) {
      breaches.record(execution, "CFA-03", completionLimit(execution, variables), COMPLETE_ASSESSMENT,
          "The manager's review set the final completion date " + finalDate + ", after the CFA-03 limit " + limit);
    }
    Date finalDue = standards.endOf(finalDate);
    execution.setVariable(COMPLETION_DUE_DATE, finalDue);
    // The write-up task may already be open: the social worker must see the manager's date, not the
    // one it was created with. The manager may not edit a social worker's task, the system does.
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    Context.getCommandContext().runWithoutAuthorization(() -> {
      for (Task open : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
          .taskDefinitionKey(ChildAndFamilyAssessmentProcess.Element.CompleteAssessment.name()).list()) {
        open.setDueDate(finalDue);
        tasks.saveTask(open);
      }
      return null;
    });
  }
}
