package uk.safeguarding.lookedafter;

import static uk.safeguarding.lookedafter.LookedAfterChangeProcess.Variables.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import uk.safeguarding.identity.CurrentUser;
import uk.safeguarding.casefile.CaseStarts;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.Gate;
import uk.safeguarding.casefile.StartGate;
import uk.safeguarding.timescales.Standards;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * A social worker reports a change for a looked after child: a significant change to the care plan
 * (LAC-09, agreed with the IRO before it takes effect, so it cannot take effect in the past), an
 * unplanned event (LAC-09), an unplanned end of placement with the child's new placement (LAC-10), or
 * the child leaving care. The child must be looked after under the case reference; what the case
 * already knows (the child, the legal status, the placement, the IRO) is copied onto this report so the
 * IRO's and the manager's forms show it.
 */
@Component("changeReportedGate")
public class ChangeReportedGate extends StartGate {

  static final List<String> CASE_FACTS = List.of(LookedAfterChildProcess.Variables.CHILD_NAME,
      LookedAfterChildProcess.Variables.CHILD_DATE_OF_BIRTH, LookedAfterChildProcess.Variables.LEGAL_STATUS,
      LookedAfterChildProcess.Variables.LOOKED_AFTER_SINCE, LookedAfterChildProcess.Variables.PLACEMENT_TYPE,
      LookedAfterChildProcess.Variables.PLACEMENT_START_DATE, LookedAfterChildProcess.Variables.IRO_NAME,
      Standards.PROFILE_VARIABLE);
  /** Leaving care by a report; turning 18 is the timer's. */
  static final List<String> REPORTED_REASONS = LookedAfterChildProcess.REPORTED_LEAVING_CARE_REASONS;

  private final LookedAfterCase lookedAfterCase;

  public ChangeReportedGate(CaseStarts caseStarts, LookedAfterCase lookedAfterCase) {
    super(caseStarts, "LAC-09");
    this.lookedAfterCase = lookedAfterCase;
  }

  @Override
  protected void checkStart(Gate gate, DelegateExecution execution) {
    String caseReference = gate.variables().text(LookedAfterChildProcess.Variables.CASE_REFERENCE);
    var lookedAfter = lookedAfterCase.of(caseReference);
    if (caseReference != null && lookedAfter.isEmpty()) {
      gate.refuse("LAC-09", LookedAfterChildProcess.Variables.CASE_REFERENCE,
          "no child with case reference " + caseReference + " is looked after");
    }
    gate.requireOneOf("LAC-09", CHANGE_KIND, LookedAfterChangeProcess.KINDS);
    String kind = gate.variables().text(CHANGE_KIND);
    if (LookedAfterChangeProcess.SIGNIFICANT_CHANGE.equals(kind)) {
      gate.requireSomeOf("LAC-09", CHANGE_AREAS, LookedAfterChangeProcess.CHANGE_AREAS, "Say what the change is to")
          .requireText("LAC-09", CHANGE_DESCRIPTION, "The proposed change and why")
          .requireDate("LAC-09", CHANGE_TAKES_EFFECT_ON, "The day the change is to take effect");
      LocalDate effective = RecordedStepGate.dateOrNull(gate.variables(), CHANGE_TAKES_EFFECT_ON);
      if (effective != null && effective.isBefore(WorkingDayCalendar.today())) {
        gate.refuse("LAC-09", CHANGE_TAKES_EFFECT_ON, "a significant change is agreed with the IRO before it takes effect;"
            + " it cannot take effect in the past (" + effective + ")");
      }
      if (gate.variables().list(CHANGE_AREAS).contains(LookedAfterChangeProcess.CARERS)) {
        requireNewPlacement(gate, "LAC-09");
      }
    } else if (LookedAfterChangeProcess.UNPLANNED_EVENT.equals(kind)) {
      gate.requireDate("LAC-09", EVENT_ON, "The day of the event").notInFuture("LAC-09", EVENT_ON)
          .requireText("LAC-09", CHANGE_DESCRIPTION, "What happened");
    } else if (LookedAfterChangeProcess.PLACEMENT_ENDED.equals(kind)) {
      gate.requireDate("LAC-10", EVENT_ON, "The day the placement ended").notInFuture("LAC-10", EVENT_ON)
          .requireText("LAC-10", CHANGE_DESCRIPTION, "Why the placement ended")
          .requireDate("LAC-10", NEW_PLACEMENT_START_DATE, "The day the new placement started")
          .notInFuture("LAC-10", NEW_PLACEMENT_START_DATE);
      requireNewPlacement(gate, "LAC-10");
    } else if (LookedAfterChangeProcess.LEFT_CARE.equals(kind)) {
      gate.requireDate("LAC-09", LookedAfterChildProcess.Variables.LEFT_CARE_ON, "The day the child left care")
          .notInFuture("LAC-09", LookedAfterChildProcess.Variables.LEFT_CARE_ON)
          .requireOneOf("LAC-09", LookedAfterChildProcess.Variables.LEFT_CARE_REASON, REPORTED_REASONS);
    }
  }

  @Override
  protected void started(DelegateExecution execution, CaseVariables v) {
    String kind = v.text(CHANGE_KIND);
    execution.setVariable(REPORTED_BY, CurrentUser.of(execution));
    boolean changeOfCarers = LookedAfterChangeProcess.SIGNIFICANT_CHANGE.equals(kind)
        && v.list(CHANGE_AREAS).contains(LookedAfterChangeProcess.CARERS);
    execution.setVariable(CHANGE_OF_CARERS, changeOfCarers);
    if (changeOfCarers) {
      execution.setVariable(NEW_PLACEMENT_START_DATE, v.text(CHANGE_TAKES_EFFECT_ON));
    }
    ProcessInstance main = lookedAfterCase.of(v.text(LookedAfterChildProcess.Variables.CASE_REFERENCE)).orElseThrow();
    Map<String, Object> facts = execution.getProcessEngineServices().getRuntimeService().getVariables(main.getId(), CASE_FACTS);
    facts.forEach((name, value) -> {
      if (!Standards.PROFILE_VARIABLE.equals(name) || value != null) {
        execution.setVariable(name, value);
      }
    });
  }

  private static void requireNewPlacement(Gate gate, String ruleId) {
    gate.requireOneOf(ruleId, NEW_PLACEMENT_TYPE, LookedAfterChildProcess.PLACEMENT_TYPES)
        .requireAnswer(ruleId, NEW_PLACEMENT_LONG_TERM, "Is the new placement intended to last until the child is 18?");
  }
}
