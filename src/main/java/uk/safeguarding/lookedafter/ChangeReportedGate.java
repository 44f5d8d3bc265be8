package uk.safeguarding.lookedafter;

import static uk.safeguarding.lookedafter.LookedAfterChangeProcess.Variables.*;
import static uk.safeguarding.lookedafter.LookedAfterChildProcess.Variables.REASON_FOR_NEW_EPISODE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import uk.safeguarding.contract.LookedAfterCodes;
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
      LookedAfterChildProcess.Variables.PLACEMENT_PROVIDER, LookedAfterChildProcess.Variables.PLACEMENT_POSTCODE,
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
        requireNewPlacement(gate, "LAC-09", lookedAfter.map(main -> main.getId()).orElse(null), execution);
      } else {
        noNewEpisode(gate, "LAC-09");
      }
    } else if (LookedAfterChangeProcess.UNPLANNED_EVENT.equals(kind)) {
      gate.requireDate("LAC-09", EVENT_ON, "The day of the event").notInFuture("LAC-09", EVENT_ON)
          .requireText("LAC-09", CHANGE_DESCRIPTION, "What happened");
      noNewEpisode(gate, "LAC-09");
      checkMissing(gate);
    } else if (LookedAfterChangeProcess.PLACEMENT_ENDED.equals(kind)) {
      gate.requireDate("LAC-10", EVENT_ON, "The day the placement ended").notInFuture("LAC-10", EVENT_ON)
          .requireText("LAC-10", CHANGE_DESCRIPTION, "Why the placement ended")
          .requireDate("LAC-10", NEW_PLACEMENT_START_DATE, "The day the new placement started")
          .notInFuture("LAC-10", NEW_PLACEMENT_START_DATE);
      requireNewPlacement(gate, "LAC-10", lookedAfter.map(main -> main.getId()).orElse(null), execution);
    } else if (LookedAfterChangeProcess.LEFT_CARE.equals(kind)) {
      gate.requireDate("LAC-09", LookedAfterChildProcess.Variables.LEFT_CARE_ON, "The day the child left care")
          .notInFuture("LAC-09", LookedAfterChildProcess.Variables.LEFT_CARE_ON)
          .requireOneOf("LAC-09", LookedAfterChildProcess.Variables.LEFT_CARE_REASON, REPORTED_REASONS);
      noNewEpisode(gate, "LAC-09");
    } else if (LookedAfterChangeProcess.LEGAL_STATUS_CHANGED.equals(kind)) {
      gate.requireDate("LAC-02", EVENT_ON, "The day the new legal status began").notInFuture("LAC-02", EVENT_ON);
      String reason = gate.variables().text(REASON_FOR_NEW_EPISODE);
      if (reason != null && !"L".equals(reason)) {
        gate.refuse("LAC-02", REASON_FOR_NEW_EPISODE, "a new legal status with no move is reason L; a move with it is reported"
            + " as the placement's change (B or U)");
      }
      String current = lookedAfter.map(main -> (String) execution.getProcessEngineServices().getRuntimeService()
          .getVariable(main.getId(), LookedAfterChildProcess.Variables.LEGAL_STATUS)).orElse(null);
      requireNewLegalStatus(gate, "LAC-02", current);
    }
  }

  /** Only a move or a new legal status begins an SSDA903 episode: nothing else reports one. */
  private static void noNewEpisode(Gate gate, String ruleId) {
    for (String field : List.of(REASON_FOR_NEW_EPISODE, NEW_LEGAL_STATUS, REASON_PLACE_CHANGE)) {
      if (gate.variables().hasText(field)) {
        gate.refuse(ruleId, field, "only a move to a new placement or a new legal status begins a new episode");
      }
    }
  }

  /** An unplanned event may be the child missing (M) or away without authorisation (A): its end, if known, is after its start. */
  private static void checkMissing(Gate gate) {
    LocalDate ended = RecordedStepGate.dateOrNull(gate.variables(), MISSING_ENDED_ON);
    if (ended == null) {
      return;
    }
    if (!gate.variables().hasText(MISSING_TYPE)) {
      gate.refuse("LAC-09", MISSING_TYPE, "say whether the child was missing or away without authorisation (SSDA903 rule 566)");
    }
    gate.notInFuture("LAC-09", MISSING_ENDED_ON);
    LocalDate started = RecordedStepGate.dateOrNull(gate.variables(), EVENT_ON);
    if (started != null && ended.isBefore(started)) {
      gate.refuse("LAC-09", MISSING_ENDED_ON, "cannot be before the day the child went missing (" + started + ", SSDA903 rule 567)");
    }
  }

  private static void requireNewLegalStatus(Gate gate, String ruleId, String current) {
    gate.requireOneOf(ruleId, NEW_LEGAL_STATUS, LookedAfterChildProcess.LEGAL_STATUSES);
    if (current != null && current.equals(gate.variables().text(NEW_LEGAL_STATUS))) {
      gate.refuse(ruleId, NEW_LEGAL_STATUS, "is the child's legal status already (" + current + "); a new episode needs a new one"
          + " (SSDA903 rules 434, 436)");
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
    if (LookedAfterChangeProcess.LEGAL_STATUS_CHANGED.equals(kind)) {
      execution.setVariable(REASON_FOR_NEW_EPISODE, "L");
    }
    ProcessInstance main = lookedAfterCase.of(v.text(LookedAfterChildProcess.Variables.CASE_REFERENCE)).orElseThrow();
    Map<String, Object> facts = execution.getProcessEngineServices().getRuntimeService().getVariables(main.getId(), CASE_FACTS);
    facts.forEach((name, value) -> {
      if (!Standards.PROFILE_VARIABLE.equals(name) || value != null) {
        execution.setVariable(name, value);
      }
    });
  }

  /**
   * A move: the new placement as the SSDA903 asks for it, the reason for the new episode (P or T, or B or U when the
   * legal status changes with it), and why the old placement ended, except into or out of a temporary one (DfE rules
   * 225, 226, 434 to 436).
   */
  private static void requireNewPlacement(Gate gate, String ruleId, String mainId, DelegateExecution execution) {
    gate.requireOneOf(ruleId, NEW_PLACEMENT_TYPE, LookedAfterChildProcess.PLACEMENT_TYPES)
        .requireAnswer(ruleId, NEW_PLACEMENT_LONG_TERM, "Is the new placement intended to last until the child is 18?")
        .requireOneOf(ruleId, REASON_FOR_NEW_EPISODE, LookedAfterCodes.PLACEMENT_CHANGES);
    Map<String, Object> current = mainId == null ? Map.of() : execution.getProcessEngineServices().getRuntimeService()
        .getVariables(mainId, List.of(LookedAfterChildProcess.Variables.LEGAL_STATUS, LookedAfterChildProcess.Variables.PLACEMENT_TYPE,
            LookedAfterChildProcess.Variables.PLACEMENT_PROVIDER, LookedAfterChildProcess.Variables.PLACEMENT_POSTCODE));
    String legalStatus = (String) current.get(LookedAfterChildProcess.Variables.LEGAL_STATUS);
    String reason = gate.variables().text(REASON_FOR_NEW_EPISODE);
    if (LookedAfterCodes.LEGAL_STATUS_CHANGES.contains(reason) && LookedAfterCodes.PLACEMENT_CHANGES.contains(reason)) {
      requireNewLegalStatus(gate, ruleId, legalStatus);
      legalStatus = gate.variables().text(NEW_LEGAL_STATUS);
    } else if (reason != null && gate.variables().hasText(NEW_LEGAL_STATUS)
        && !gate.variables().text(NEW_LEGAL_STATUS).equals(legalStatus)) {
      gate.refuse(ruleId, REASON_FOR_NEW_EPISODE, "the legal status changes too: the reason is B or U, not " + reason
          + " (SSDA903 rule 435)");
    }
    PlacementDetails.check(gate, ruleId, NEW_PLACEMENT_TYPE, NEW_PLACEMENT_PROVIDER, NEW_PLACEMENT_POSTCODE, legalStatus);
    String newType = gate.variables().text(NEW_PLACEMENT_TYPE);
    if (newType != null && newType.equals(current.get(LookedAfterChildProcess.Variables.PLACEMENT_TYPE))
        && Objects.equals(gate.variables().text(NEW_PLACEMENT_PROVIDER), current.get(LookedAfterChildProcess.Variables.PLACEMENT_PROVIDER))
        && Objects.equals(normalPostcode(gate.variables().text(NEW_PLACEMENT_POSTCODE)),
            normalPostcode((String) current.get(LookedAfterChildProcess.Variables.PLACEMENT_POSTCODE)))) {
      gate.refuse(ruleId, NEW_PLACEMENT_POSTCODE, "type, provider and postcode are those of the placement the child is in: a move"
          + " changes at least one of them, even with the same carers (SSDA903 rules 435, 436)");
    }
    boolean temporary = LookedAfterCodes.TEMPORARY_PLACEMENTS.contains(newType)
        || LookedAfterCodes.TEMPORARY_PLACEMENTS.contains(current.get(LookedAfterChildProcess.Variables.PLACEMENT_TYPE));
    if (temporary && gate.variables().hasText(REASON_PLACE_CHANGE)) {
      gate.refuse(ruleId, REASON_PLACE_CHANGE, "a move into or out of a temporary placement has no reason for the change"
          + " (SSDA903 rule 226); leave it empty");
    } else if (!temporary) {
      gate.requireOneOf(ruleId, REASON_PLACE_CHANGE, LookedAfterCodes.codes(LookedAfterCodes.REASONS_PLACE_CHANGE));
    }
  }

  static String normalPostcode(String postcode) {
    return postcode == null ? null : postcode.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
  }
}
