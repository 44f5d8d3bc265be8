package uk.safeguarding.lookedafter;

import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;

import java.util.List;
import uk.safeguarding.contract.CaseFacts;
import uk.safeguarding.contract.ProcessContract;

/**
 * The contract of processes/lookedafter/looked-after-change.bpmn: what a social worker reports about a
 * looked after child between reviews. A significant change to the care plan is agreed with the IRO
 * before it takes effect and an unplanned event is reported to the IRO (LAC-09); an unplanned end of
 * placement brings a disruption meeting decision and a reassessment (LAC-10); leaving care ends every
 * clock of the pathway.
 */
public final class LookedAfterChangeProcess {

  public static final String KEY = "LookedAfterChange";

  public enum Element {
    ChangeReported,
    WhatHappened,
    AgreeSignificantChange,
    ChangeNotAgreedInTime,
    RecordChangeNotAgreedBreach,
    Lac09BreachRecorded,
    IroDecision,
    MoveToAgreedPlacement,
    ChangeAgreedWithNewCarers,
    ChangeAgreed,
    ChangeNotAgreed,
    NoteUnplannedEvent,
    UnplannedEventNoted,
    MoveAfterUnplannedEnding,
    AfterUnplannedEnding,
    DecideOnDisruptionMeeting,
    DisruptionDecided,
    ReassessAfterPlacementEnded,
    Reassessed,
    NotePlacementEnding,
    PlacementEndingNoted,
    EndLookedAfterClocks,
    CareEnded
  }

  public static final class Variables {
    public static final String CHANGE_KIND = "changeKind";
    public static final String REPORTED_BY = "changeReportedBy";
    public static final String CHANGE_AREAS = "changeAreas";
    public static final String CHANGE_OF_CARERS = "changeOfCarers";
    public static final String CHANGE_DESCRIPTION = "changeDescription";
    public static final String CHANGE_TAKES_EFFECT_ON = "changeTakesEffectOn";
    public static final String EVENT_ON = "eventOn";
    public static final String NEW_PLACEMENT_TYPE = "newPlacementType";
    public static final String NEW_PLACEMENT_START_DATE = "newPlacementStartDate";
    public static final String NEW_PLACEMENT_LONG_TERM = "newPlacementLongTerm";
    public static final String NEW_PLACEMENT_ADDRESS = "newPlacementAddress";
    public static final String IRO_AGREES = "iroAgreesChange";
    public static final String IRO_COMMENTS = "iroComments";
    public static final String HOLD_DISRUPTION_MEETING = "holdDisruptionMeeting";
    public static final String DISRUPTION_MEETING_DATE = "disruptionMeetingDate";
    public static final String DISRUPTION_DECISION_REASONS = "disruptionDecisionReasons";
    public static final String REASSESSED_ON = "reassessedOn";
    public static final String REASSESSMENT = "reassessment";

    private Variables() {}
  }

  public static final String SIGNIFICANT_CHANGE = "significantChange";
  public static final String UNPLANNED_EVENT = "unplannedEvent";
  public static final String PLACEMENT_ENDED = "placementEnded";
  public static final String LEFT_CARE = "leftCare";
  public static final List<String> KINDS = List.of(SIGNIFICANT_CHANGE, UNPLANNED_EVENT, PLACEMENT_ENDED, LEFT_CARE);
  /** LAC-09: the significant changes seed 004 names. A change of carers is a move to a new placement. */
  public static final String CARERS = "carers";
  public static final List<String> CHANGE_AREAS = List.of(CARERS, "contact", "school", "other");

  /**
   * What each step shows and may write: a person's submission outside it is refused (contract
   * package, docs/architecture.md "A task's contract").
   */
  public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
      .declares(
          checklist("changeAreas", "carers", "contact", "school", "other"),
          choice("changeKind", "significantChange", "unplannedEvent", "placementEnded", "leftCare"),
          choice("leftCareReason", "returnedHome", "specialGuardianshipOrder", "adopted", "childArrangementsOrder"),
          choice("newPlacementType", "fosterCare", "kinshipCare", "residential", "placedWithParents", "adoptivePlacement", "supportedLodgings"),
          date("changeTakesEffectOn"),
          date("disruptionMeetingDate"),
          date("eventOn"),
          date("leftCareOn"),
          date("newPlacementStartDate"),
          date("reassessedOn"),
          text("changeDescription"),
          text("disruptionDecisionReasons"),
          text("iroComments"),
          text("newPlacementAddress"),
          text("reassessment"),
          yesNo("holdDisruptionMeeting"),
          yesNo("iroAgreesChange"),
          yesNo("newPlacementLongTerm"))
      .start(Element.ChangeReported, writes(CaseFacts.OPENING, "changeKind", "changeAreas", "changeTakesEffectOn", "eventOn", "changeDescription", "newPlacementType", "newPlacementStartDate", "newPlacementLongTerm", "newPlacementAddress", "leftCareOn", "leftCareReason"))
      .task(Element.AgreeSignificantChange, shows("legalStatus", "lookedAfterSince", "iroName", "placementType", "placementStartDate", "changeDescription", "changeReportedBy", "changeTakesEffectOn"), writes("iroAgreesChange", "iroComments"))
      .task(Element.NoteUnplannedEvent, shows("legalStatus", "lookedAfterSince", "iroName", "placementType", "placementStartDate", "changeDescription", "changeReportedBy", "eventOn"), writes("iroComments"))
      .task(Element.DecideOnDisruptionMeeting, shows("legalStatus", "lookedAfterSince", "iroName", "placementType", "placementStartDate", "changeDescription", "changeReportedBy", "eventOn"), writes("holdDisruptionMeeting", "disruptionMeetingDate", "disruptionDecisionReasons"))
      .task(Element.ReassessAfterPlacementEnded, shows("legalStatus", "lookedAfterSince", "iroName", "placementType", "placementStartDate", "changeDescription", "changeReportedBy", "eventOn"), writes("reassessedOn", "reassessment"))
      .task(Element.NotePlacementEnding, shows("legalStatus", "lookedAfterSince", "iroName", "placementType", "placementStartDate", "changeDescription", "changeReportedBy", "eventOn"), writes("iroComments"));

  private LookedAfterChangeProcess() {}
}
