package uk.safeguarding.conference;

import static uk.safeguarding.conference.ConferenceVariables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import uk.safeguarding.escalation.ProfessionalDisagreementProcess;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.timescales.Standards;

/**
 * ICPC-05 and ESC-05: an agency that dissents from a conference decision has the dissent recorded,
 * and raised as a professional disagreement on the conference dissent route, to the chairs' manager.
 * It runs as the system after the chair's record is saved (the task is asynchronous), so the chair
 * never raises a disagreement in another agency's name and the record never waits for it. The
 * conference has just weighed the child's safety, so the disagreement starts with the child confirmed
 * safe; its own stages ask again.
 */
@Component("raiseConferenceDissent")
public class RaiseConferenceDissent implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    CaseVariables v = CaseVariables.of(execution);
    boolean review = execution.getCurrentActivityId().contains("Review");
    String conference = review ? "review child protection conference of " + v.date(REVIEW_CONFERENCE_HELD_DATE)
        : "initial child protection conference of " + v.date(CONFERENCE_HELD_DATE);
    String decision = review ? v.text(REVIEW_DECISION) : v.text(CONFERENCE_DECISION);
    List<String> raised = new ArrayList<>();
    for (Map<String, Object> view : ConferenceRows.read(execution, AGENCY_VIEWS)) {
      if (!ConferenceRows.yes(view, "dissent")) {
        continue;
      }
      String agency = ConferenceRows.text(view, "agency");
      raised.add(execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(
          ProfessionalDisagreementProcess.KEY, execution.getProcessBusinessKey(), Variables.createVariables()
              .putValue(ProfessionalDisagreementProcess.Variables.CASE_REFERENCE, execution.getProcessBusinessKey())
              .putValue(ProfessionalDisagreementProcess.Variables.CHILD_NAME, v.text(CHILD_NAME))
              .putValue(ProfessionalDisagreementProcess.Variables.CHILD_DATE_OF_BIRTH, v.raw(CHILD_DATE_OF_BIRTH))
              .putValue(ProfessionalDisagreementProcess.Variables.HOUSEHOLD_MEMBERS, v.text(HOUSEHOLD_MEMBERS))
              .putValue(Standards.PROFILE_VARIABLE, v.text(Standards.PROFILE_VARIABLE))
              .putValue(ProfessionalDisagreementProcess.Variables.RAISING_AGENCY, agency)
              .putValue(ProfessionalDisagreementProcess.Variables.DISAGREEMENT_ABOUT,
                  ProfessionalDisagreementProcess.ABOUT_CONFERENCE_DECISION)
              .putValue(ProfessionalDisagreementProcess.Variables.DISAGREEMENT_ISSUE,
                  "Dissent from the decision of the " + conference + ": " + decision + " (ICPC-05).")
              .putValue(ProfessionalDisagreementProcess.Variables.RAISING_AGENCY_POSITION, ConferenceRows.text(view, "dissentReason"))
              .putValue(ProfessionalDisagreementProcess.Variables.CHILD_SAFETY, ProfessionalDisagreementProcess.CONFIRMED_SAFE))
          .getId());
    }
    if (!raised.isEmpty()) {
      execution.setVariable(CONFERENCE_DISSENTS_RAISED, String.join(",", raised));
    }
  }
}
