package uk.safeguarding.conference;

import static uk.safeguarding.conference.ConferenceVariables.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.identity.CurrentUser;
import uk.safeguarding.gates.Gate;

/**
 * ICPC-05: each invited agency's view at a conference, and any dissent. The agencies' reports fill
 * in a first row for each (its recommendation and report), which the chair's form shows and the chair
 * completes with what each agency said at the conference.
 */
final class AgencyViews {

  private AgencyViews() {}

  /** Adds the agency's report as its first view, for the chair's form. */
  static void addReport(DelegateExecution execution, String agency, String recommendation, String report) {
    List<Map<String, Object>> views = ConferenceRows.read(execution.getProcessInstance(), AGENCY_VIEWS);
    views.removeIf(row -> agency.equals(ConferenceRows.text(row, "agency")));
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("agency", agency);
    row.put("agencyName", ConferenceCase.agencyName(agency));
    row.put("recommendation", recommendation);
    row.put("view", report);
    row.put("reportBy", CurrentUser.of(execution));
    row.put("dissent", false);
    views.add(row);
    execution.getProcessInstance().setVariable(AGENCY_VIEWS, ConferenceRows.json(views));
  }

  /** Refuses views that leave an invited agency out, name an unknown one, or dissent without a reason. */
  static List<Map<String, Object>> check(Gate gate, String ruleId, List<String> invited, List<String> recommendations) {
    List<Map<String, Object>> views = ConferenceRows.read(gate, ruleId, AGENCY_VIEWS);
    if (views == null) {
      return List.of();
    }
    List<String> heard = new ArrayList<>();
    for (int i = 0; i < views.size(); i++) {
      Map<String, Object> view = views.get(i);
      String agency = ConferenceRows.text(view, "agency");
      String which = "view " + (i + 1) + (agency == null ? "" : " (" + agency + ")");
      if (agency == null || Agency.byGroupId(agency).isEmpty()) {
        gate.refuse(ruleId, AGENCY_VIEWS, which + ": name a known agency");
      } else {
        heard.add(agency);
      }
      String recommendation = ConferenceRows.text(view, "recommendation");
      if (recommendation == null || !recommendations.contains(recommendation)) {
        gate.refuse(ruleId, AGENCY_VIEWS, which + ": the recommendation must be one of " + recommendations);
      }
      if (ConferenceRows.text(view, "view") == null) {
        gate.refuse(ruleId, AGENCY_VIEWS, which + ": record the agency's view");
      }
      if (ConferenceRows.yes(view, "dissent") && ConferenceRows.text(view, "dissentReason") == null) {
        gate.refuse(ruleId, AGENCY_VIEWS, which + ": a dissent needs its reason");
      }
    }
    invited.stream().filter(agency -> !heard.contains(agency))
        .forEach(agency -> gate.refuse(ruleId, AGENCY_VIEWS, "no view recorded for " + agency + ", an invited agency"));
    return views;
  }
}
