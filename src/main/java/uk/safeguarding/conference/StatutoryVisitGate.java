package uk.safeguarding.conference;

import static uk.safeguarding.conference.ConferenceVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.casefile.FailedVisit;
import uk.safeguarding.gates.Gate;
import uk.safeguarding.breaches.RecordingTimeliness;

/**
 * CG-06: each statutory visit records whether the child was seen, and seen alone, and why not. Only a
 * visit at which the child was seen alone restarts the clock: the next is due within the profile's
 * CG-06 interval of it; otherwise the visit is still owed by the same date. A visit at which the child
 * was not seen is a failed visit: the child's case starts its stepped approach (NE-01, {@link FailedVisit}).
 */
@Component("statutoryVisitGate")
public class StatutoryVisitGate extends CompletionGate {

  private final ConferenceCase conferenceCase;
  private final ApplicationEventPublisher events;
  private final RecordingTimeliness recording;

  public StatutoryVisitGate(ConferenceCase conferenceCase, ApplicationEventPublisher events, RecordingTimeliness recording) {
    this.conferenceCase = conferenceCase;
    this.events = events;
    this.recording = recording;
  }

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    CaseVariables v = gate.variables();
    ConferenceCase.requireDayHeld(gate, "CG-06", VISIT_DATE, "The date of the visit");
    gate.requireAnswer("CG-06", VISIT_CHILD_SEEN, "Was the child seen?");
    if (v.isTrue(VISIT_CHILD_SEEN)) {
      gate.requireAnswer("CG-06", VISIT_CHILD_SEEN_ALONE, "Was the child seen alone?");
    }
    if (v.isAnswered(VISIT_CHILD_SEEN) && !(v.isTrue(VISIT_CHILD_SEEN) && v.isTrue(VISIT_CHILD_SEEN_ALONE))) {
      gate.requireText("CG-06", VISIT_NOT_SEEN_ALONE_REASON, "Why the child was not seen alone");
    }
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    recording.recordedInTime(execution, variables.date(VISIT_DATE), "The statutory visit");
    if (!variables.isTrue(VISIT_CHILD_SEEN)) {
      // NE-01: a visit that did not see the child is a failed visit; the child's case starts its stepped approach.
      events.publishEvent(new FailedVisit(execution.getProcessBusinessKey(), "CG-06", variables.date(VISIT_DATE).toString()));
    }
    boolean seenAlone = variables.isTrue(VISIT_CHILD_SEEN) && variables.isTrue(VISIT_CHILD_SEEN_ALONE);
    execution.getProcessInstance().setVariable(LAST_VISIT_SEEN_ALONE, seenAlone);
    if (seenAlone) {
      execution.getProcessInstance().setVariable(LAST_VISIT_SEEN_ALONE_DATE, variables.date(VISIT_DATE).toString());
      execution.getProcessInstance().setVariable(NEXT_VISIT_DUE,
          conferenceCase.due(execution, "CG-06", "interval", variables.date(VISIT_DATE).toString()));
    }
  }
}
