package uk.safeguarding.conference;

import static uk.safeguarding.conference.ConferenceVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;

/**
 * The chair's record of the initial conference. ICPC-01: the day it was held (and why, if not the day set);
 * held after its due day it is a breach. ICPC-04: the child's invitation is settled and a
 * child over 5 made subject to a plan is referred to advocacy. ICPC-05: each invited agency's view,
 * the decision (a plan with its category of abuse, a child in need plan, or no further action) and
 * any dissent with its reason. ICPC-06: a plan names its core group, outline plan, contingency plan
 * and danger statements with safety goals.
 */
@Component("initialConferenceRecordGate")
public class InitialConferenceRecordGate extends CompletionGate {

  private final ConferenceCase conferenceCase;
  private final InitialConferenceTimingCheck timing;

  public InitialConferenceRecordGate(ConferenceCase conferenceCase, InitialConferenceTimingCheck timing) {
    this.conferenceCase = conferenceCase;
    this.timing = timing;
  }

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    CaseVariables v = gate.variables();
    // ICPC-01: the day it was held, which the child's age and every clock of the plan count from.
    ConferenceCase.requireDayHeld(gate, "ICPC-01", CONFERENCE_HELD_DATE, "The day the conference was held");
    LocalDate conference = HeldConference.INITIAL.checkAgainstTheDaySet(gate, execution);
    ChildInvitation.check(gate, conferenceCase, conference);
    gate.requireOneOf("ICPC-05", CONFERENCE_DECISION, CONFERENCE_DECISIONS);
    AgencyViews.check(gate, "ICPC-05", v.list(CONFERENCE_AGENCIES), CONFERENCE_DECISIONS);
    if (!CHILD_PROTECTION_PLAN.equals(v.text(CONFERENCE_DECISION))) {
      return;
    }
    gate.requireOneOf("ICPC-05", CATEGORY_OF_ABUSE, CATEGORIES_OF_ABUSE)
        .requireText("ICPC-06", OUTLINE_PLAN, "The outline child protection plan")
        .requireText("ICPC-06", CONTINGENCY_PLAN, "The contingency plan");
    ConferenceCase.requireAgencies(gate, "ICPC-06", CORE_GROUP_MEMBERS, "The core group members");
    checkDangerStatements(gate);
    if (conferenceCase.childHasReached(execution, "advocacyAge", conference) && !v.isTrue(ADVOCACY_REFERRAL_MADE)) {
      gate.refuse("ICPC-04", ADVOCACY_REFERRAL_MADE,
          "a child over 5 made subject to a child protection plan is referred to the advocacy service; record the referral");
    }
  }

  static void checkDangerStatements(Gate gate) {
    List<Map<String, Object>> statements = ConferenceRows.read(gate, "ICPC-06", DANGER_STATEMENTS);
    if (statements == null) {
      return;
    }
    if (statements.isEmpty()) {
      gate.refuse("ICPC-06", DANGER_STATEMENTS, "record at least one danger statement with its safety goal");
    }
    for (int i = 0; i < statements.size(); i++) {
      if (ConferenceRows.text(statements.get(i), "dangerStatement") == null
          || ConferenceRows.text(statements.get(i), "safetyGoal") == null) {
        gate.refuse("ICPC-06", DANGER_STATEMENTS, "statement " + (i + 1) + " needs both the danger statement and its safety goal");
      }
    }
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    timing.recordIfHeldLate(execution);
    if (CHILD_PROTECTION_PLAN.equals(variables.text(CONFERENCE_DECISION))) {
      // The allocated social worker is the lead professional of every core group.
      List<String> members = new ArrayList<>(variables.list(CORE_GROUP_MEMBERS));
      if (!members.contains(Agency.CSC_SOCIAL_WORKER.groupId())) {
        members.add(0, Agency.CSC_SOCIAL_WORKER.groupId());
      }
      execution.setVariable(CORE_GROUP_MEMBERS, ConferenceRows.jsonList(members));
    }
  }
}
