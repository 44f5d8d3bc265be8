package uk.safeguarding.childinneed;

import static uk.safeguarding.childinneed.ChildInNeedMeetingProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.identity.CurrentUser;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/**
 * CIN-03: each invited agency says whether it attends. One that cannot attend sends the social worker
 * a report of its involvement since the last meeting with its analysis of the current risks and of how
 * well the plan is working (seed 002 Standard 5). Kept on the agency's own task, and added to the
 * reports the social worker reads when recording the meeting.
 */
@Component("agencyMeetingReportGate")
public class AgencyMeetingReportGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    gate.requireAnswer("CIN-03", AGENCY_ATTENDING, "Will your agency attend the meeting?");
    if (gate.variables().isAnswered(AGENCY_ATTENDING) && !gate.variables().isTrue(AGENCY_ATTENDING)) {
      gate.requireText("CIN-03", AGENCY_REPORT, "Your agency's report of its involvement since the last meeting")
          .requireText("CIN-03", AGENCY_RISK_ANALYSIS, "Your analysis of the current risks and of how well the plan is working");
    }
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    String entry = PlanAgencies.name(variables.text(AGENCY)) + " (" + CurrentUser.of(execution) + "): "
        + (variables.isTrue(AGENCY_ATTENDING) ? "attending"
            : "cannot attend.\nReport: " + variables.text(AGENCY_REPORT)
                + "\nRisks and the plan: " + variables.text(AGENCY_RISK_ANALYSIS));
    PlanDays.append(execution.getProcessInstance(), AGENCY_REPORTS, entry, "\n\n");
  }
}
