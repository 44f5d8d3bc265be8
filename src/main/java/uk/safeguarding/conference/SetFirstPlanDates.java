package uk.safeguarding.conference;

import static uk.safeguarding.conference.ConferenceVariables.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;

/**
 * ICPC-06: a child protection plan starts with its first dates, each from the profile and counted
 * from the day the conference was held: the first core group (CG-01), the first statutory visit (CG-06), the first
 * review conference (RCPC-01 first). The diagrams count from the same days (planStartDate,
 * lastVisitSeenAloneDate, reviewCountedFrom); the dates set here are what the forms show. It also prefills what the first core group and the first review
 * will ask for: a risk scaling for every core group member and the agencies to invite.
 */
@Component("setFirstPlanDates")
public class SetFirstPlanDates implements JavaDelegate {

  private final ConferenceCase conferenceCase;

  public SetFirstPlanDates(ConferenceCase conferenceCase) {
    this.conferenceCase = conferenceCase;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseVariables v = CaseVariables.of(execution);
    // The day the conference was held, not the day it was set for (ICPC-01).
    String conference = v.date(CONFERENCE_HELD_DATE).toString();
    execution.setVariable(PLAN_START_DATE, conference);
    execution.setVariable(NEXT_CORE_GROUP_DUE, conferenceCase.due(execution, "CG-01", null, conference));
    execution.setVariable(CORE_GROUP_NUMBER, 0);
    execution.setVariable(LAST_VISIT_SEEN_ALONE_DATE, conference);
    execution.setVariable(NEXT_VISIT_DUE, conferenceCase.due(execution, "CG-06", "interval", conference));
    execution.setVariable(REVIEW_TIMESCALE, "first");
    execution.setVariable(REVIEW_COUNTED_FROM, conference);
    execution.setVariable(NEXT_REVIEW_CONFERENCE_DUE, conferenceCase.due(execution, "RCPC-01", "first", conference));
    execution.setVariable(REVIEW_NUMBER, 0);
    List<String> members = v.list(CORE_GROUP_MEMBERS);
    execution.setVariable(RISK_SCALING, ConferenceRows.json(blankScaling(members)));
    execution.setVariable(REVIEW_AGENCIES, ConferenceRows.jsonList(ConferenceCase.partnerAgencies(members)));
  }

  /** CG-05: one row for each core group member, to be scaled at the next core group. */
  static List<Map<String, Object>> blankScaling(List<String> members) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String member : members) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("agency", member);
      row.put("agencyName", ConferenceCase.agencyName(member));
      rows.add(row);
    }
    return rows;
  }
}
