package uk.safeguarding.conference;

import static uk.safeguarding.conference.ConferenceVariables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.safeguarding.casefile.CaseHistory;
import uk.safeguarding.gates.CaseVariables;

/**
 * Fills in what the chair's convening form can know before the chair types anything. ICPC-02: the
 * partner agencies the enquiry named are the ones invited to report. ICPC-04: whether the child will
 * be 12 or over by the ICPC-01 date. RCPC-08: an earlier child protection plan of the same child
 * (same case reference) makes this a second or later plan, which the chair sees flagged and which
 * requests legal planning as soon as the plan starts.
 */
@Component("prepareInitialConference")
public class PrepareInitialConference implements JavaDelegate {

  private final ConferenceCase conferenceCase;
  private final CaseHistory caseHistory;

  public PrepareInitialConference(ConferenceCase conferenceCase, CaseHistory caseHistory) {
    this.conferenceCase = conferenceCase;
    this.caseHistory = caseHistory;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseVariables v = CaseVariables.of(execution);
    execution.setVariable(CONFERENCE_AGENCIES, ConferenceRows.jsonList(ConferenceCase.partnerAgencies(v.list(CONFERENCE_INVITEES))));
    Object due = v.raw(INITIAL_CONFERENCE_DUE_DATE);
    if (due instanceof Date dueDate) {
      execution.setVariable(CHILD_AGED_TWELVE_OR_OVER, conferenceCase.childHasReached(execution, "childInvitedAge",
          dueDate.toInstant().atZone(uk.safeguarding.calendar.WorkingDayCalendar.LONDON).toLocalDate()));
    }
    long earlier = caseHistory.processesOfCase(ChildProtectionPlanProcess.KEY, execution.getProcessBusinessKey());
    execution.setVariable(EARLIER_CHILD_PROTECTION_PLANS, earlier);
    execution.setVariable(SECOND_OR_LATER_PLAN, earlier > 0);
  }
}
