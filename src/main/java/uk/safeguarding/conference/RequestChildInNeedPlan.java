package uk.safeguarding.conference;

import static uk.safeguarding.conference.ConferenceVariables.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.casefile.NextPathway;

/**
 * ICPC-05 and RCPC-04: a conference decided on a child in need plan, or the plan ended and the child
 * steps down to one for at least the RCPC-04 period. The child in need pathway starts by its message
 * (issue 7's contract) under the same case reference. It runs as the system (the task is
 * asynchronous): the chair need not be allowed to start another pathway, and a failure is an incident
 * a manager retries in Cockpit rather than a lost decision.
 */
@Component("requestChildInNeedPlan")
public class RequestChildInNeedPlan implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    CaseVariables v = CaseVariables.of(execution);
    String source = v.text(CHILD_IN_NEED_PLAN_SOURCE);
    List<String> agencies = ConferenceCase.partnerAgencies(v.list(
        v.list(CORE_GROUP_MEMBERS).isEmpty() ? CONFERENCE_AGENCIES : CORE_GROUP_MEMBERS));
    Map<String, Object> request = NextPathway.caseVariables(execution);
    request.put(INVOLVED_AGENCIES, ConferenceRows.jsonList(agencies));
    request.put(CHILD_IN_NEED_PLAN_SOURCE, source);
    if (v.hasText(PLAN_ENDED_AT)) {
      request.put(PLAN_ENDED_AT, v.text(PLAN_ENDED_AT));
    }
    NextPathway.startByMessage(execution, CHILD_IN_NEED_PLAN_REQUESTED, request);
  }

}
