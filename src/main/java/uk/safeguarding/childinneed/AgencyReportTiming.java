package uk.safeguarding.childinneed;

import static uk.safeguarding.childinneed.ChildInNeedMeetingProcess.Variables.*;

import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.safeguarding.childinneed.ChildInNeedMeetingProcess.Element;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.timescales.Standards;
import uk.safeguarding.breaches.StandardsBreachRecorder;

/**
 * CIN-03: the report deadline has passed. One timer watches every agency's task, so this records a
 * breach for each agency still to answer, named in the breached step, so the team manager's review
 * says which agency to chase; an agency that has answered is not blamed for another's lateness.
 */
@Component("recordLateAgencyReports")
public class AgencyReportTiming implements JavaDelegate {

  private final Standards standards;
  private final StandardsBreachRecorder breaches;

  public AgencyReportTiming(Standards standards, StandardsBreachRecorder breaches) {
    this.standards = standards;
    this.breaches = breaches;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String meetingDate = CaseVariables.of(execution).text(MEETING_DATE);
    Date due = standards.due(execution, "CIN-03", meetingDate);
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(Element.AttendOrSendReport.name()).list()
        .forEach(task -> {
          Object agency = runtime.getVariableLocal(task.getExecutionId(), AGENCY);
          breaches.record(execution, "CIN-03", due, "Confirm attendance or send the report (" + PlanAgencies.name(String.valueOf(agency)) + ")",
              "No answer from " + PlanAgencies.name(String.valueOf(agency)) + " for the meeting on " + meetingDate);
        });
  }
}
