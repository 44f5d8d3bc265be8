package uk.safeguarding.conference;

import static uk.safeguarding.conference.ConferenceVariables.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/**
 * RCPC-01 and ICPC-02 when the chair convenes a review: a date from today on and the agencies
 * invited to report. A date after the review's due date is allowed and recorded as a breach. The
 * review starts with no answers of the last one on its forms, and the attendance list prefilled.
 */
@Component("conveneReviewConferenceGate")
public class ConveneReviewConferenceGate extends CompletionGate {

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    ConferenceCase.requireDayFromToday(gate, "RCPC-01", REVIEW_CONFERENCE_DATE, "The date of the review conference");
    ConferenceCase.requireAgencies(gate, "ICPC-02", REVIEW_AGENCIES, "The agencies invited to report");
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    List<String> agencies = ConferenceCase.partnerAgencies(variables.list(REVIEW_AGENCIES));
    execution.setVariable(REVIEW_AGENCIES, ConferenceRows.jsonList(agencies));
    execution.setVariable(AGENCY_VIEWS, ConferenceRows.json(List.of()));
    List<Map<String, Object>> attendance = new ArrayList<>();
    List<String> invited = new ArrayList<>(List.of(Agency.CSC_SOCIAL_WORKER.groupId()));
    invited.addAll(agencies);
    for (String agency : invited) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("agency", agency);
      row.put("agencyName", ConferenceCase.agencyName(agency));
      attendance.add(row);
    }
    execution.setVariable(ATTENDANCE, ConferenceRows.json(attendance));
    for (String answer : List.of(REVIEW_DECISION, CONFERENCE_QUORATE, CHANGES_REALISED, RISK_TREND, LEGAL_GATEWAY_REQUESTED,
        SOCIAL_WORKER_REPORT, ASSESSMENT_SHARED_WITH_FAMILY, ASSESSMENT_NOT_SHARED_REASON)) {
      execution.removeVariable(answer);
    }
  }
}
