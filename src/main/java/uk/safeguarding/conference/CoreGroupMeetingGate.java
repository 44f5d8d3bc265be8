package uk.safeguarding.conference;

import static uk.safeguarding.conference.ConferenceVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;
import uk.safeguarding.breaches.RecordingTimeliness;

/**
 * CG-05 at every core group: every member scales the current risk from 0 to 10, and every danger
 * statement and safety goal is reviewed. The meeting's day is what the diagram counts the minutes
 * (CG-04; after the first core group the detailed plan, CG-02) and the next core group (the CG-03
 * interval, which an authority changes in its profile) from.
 */
@Component("coreGroupMeetingGate")
public class CoreGroupMeetingGate extends CompletionGate {

  private final ConferenceCase conferenceCase;
  private final RecordingTimeliness recording;

  public CoreGroupMeetingGate(ConferenceCase conferenceCase, RecordingTimeliness recording) {
    this.conferenceCase = conferenceCase;
    this.recording = recording;
  }

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    CaseVariables v = gate.variables();
    ConferenceCase.requireDayHeld(gate, "CG-05", CORE_GROUP_DATE, "The date of the core group");
    LocalDate held = ChildInvitation.day(gate, CORE_GROUP_DATE);
    LocalDate last = ChildInvitation.day(gate, LAST_CORE_GROUP_DATE);
    if (held != null && last != null && !held.isAfter(last)) {
      gate.refuse("CG-03", CORE_GROUP_DATE, "the last core group was on " + last + "; give the date of this one");
    }
    gate.requireText("CG-05", CORE_GROUP_NOTES, "What is working well, what we are worried about and the next steps");
    checkScaling(gate, v.list(CORE_GROUP_MEMBERS));
    checkDangerStatementsReviewed(gate);
  }

  private static void checkScaling(Gate gate, List<String> members) {
    List<Map<String, Object>> scaling = ConferenceRows.read(gate, "CG-05", RISK_SCALING);
    if (scaling == null) {
      return;
    }
    List<String> scaled = new ArrayList<>();
    for (Map<String, Object> row : scaling) {
      String agency = ConferenceRows.text(row, "agency");
      String score = ConferenceRows.text(row, "riskScore");
      if (score == null) {
        gate.refuse("CG-05", RISK_SCALING, agency + " has not scaled the risk (0 to 10)");
        continue;
      }
      try {
        double value = Double.parseDouble(score);
        if (value < 0 || value > 10 || value != Math.floor(value)) {
          gate.refuse("CG-05", RISK_SCALING, agency + ": the risk scale is a whole number from 0 to 10, not " + score);
        } else {
          scaled.add(agency);
        }
      } catch (NumberFormatException e) {
        gate.refuse("CG-05", RISK_SCALING, agency + ": the risk scale is a whole number from 0 to 10, not '" + score + "'");
      }
    }
    members.stream().filter(member -> !scaled.contains(member) && scaling.stream()
            .noneMatch(row -> member.equals(ConferenceRows.text(row, "agency"))))
        .forEach(member -> gate.refuse("CG-05", RISK_SCALING, "every core group member scales the risk; " + member + " has not"));
  }

  private static void checkDangerStatementsReviewed(Gate gate) {
    List<Map<String, Object>> statements = ConferenceRows.read(gate, "CG-05", DANGER_STATEMENTS);
    if (statements == null) {
      return;
    }
    if (statements.isEmpty()) {
      gate.refuse("CG-05", DANGER_STATEMENTS, "the plan has no danger statements to review; record them");
    }
    for (int i = 0; i < statements.size(); i++) {
      if (!ConferenceRows.yes(statements.get(i), "reviewed")) {
        gate.refuse("CG-05", DANGER_STATEMENTS, "danger statement " + (i + 1) + " and its safety goal have not been reviewed");
      }
    }
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    int meeting = ((Number) execution.getVariable(CORE_GROUP_NUMBER)).intValue() + 1;
    String held = variables.date(CORE_GROUP_DATE).toString();
    recording.recordedInTime(execution, variables.date(CORE_GROUP_DATE), "The core group");
    execution.setVariable(CORE_GROUP_NUMBER, meeting);
    execution.setVariable(LAST_CORE_GROUP_DATE, held);
    execution.setVariable(NEXT_CORE_GROUP_DUE, conferenceCase.due(execution, "CG-03", "interval", held));
    // The next meeting's form starts with blank scales and the statements to review again.
    execution.setVariable(RISK_SCALING, ConferenceRows.json(SetFirstPlanDates.blankScaling(variables.list(CORE_GROUP_MEMBERS))));
    List<Map<String, Object>> statements = new ArrayList<>();
    for (Map<String, Object> row : ConferenceRows.read(execution, DANGER_STATEMENTS)) {
      Map<String, Object> next = new LinkedHashMap<>(row);
      next.remove("reviewed");
      statements.add(next);
    }
    execution.setVariable(DANGER_STATEMENTS, ConferenceRows.json(statements));
  }
}
