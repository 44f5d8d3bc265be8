package uk.safeguarding.conference;

import static uk.safeguarding.conference.ConferenceVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/**
 * ICPC-01, ICPC-02 and ICPC-04 when the chair convenes: a conference date from today on, the
 * agencies invited to report (each a known agency), and the child's invitation settled. A date after
 * the ICPC-01 deadline is allowed and recorded as a breach (the child cannot wait for another date).
 */
@Component("conveneInitialConferenceGate")
public class ConveneInitialConferenceGate extends CompletionGate {

  private final ConferenceCase conferenceCase;

  public ConveneInitialConferenceGate(ConferenceCase conferenceCase) {
    this.conferenceCase = conferenceCase;
  }

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    ConferenceCase.requireDayFromToday(gate, "ICPC-01", CONFERENCE_DATE, "The date of the conference");
    ConferenceCase.requireAgencies(gate, "ICPC-02", CONFERENCE_AGENCIES, "The agencies invited to report");
    ChildInvitation.check(gate, conferenceCase, ChildInvitation.day(gate, CONFERENCE_DATE));
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    // Reports come from the partner agencies; the social worker's assessment is a task of its own.
    execution.setVariable(CONFERENCE_AGENCIES, ConferenceRows.jsonList(ConferenceCase.partnerAgencies(variables.list(CONFERENCE_AGENCIES))));
    execution.setVariable(AGENCY_VIEWS, ConferenceRows.json(List.of()));
  }
}
