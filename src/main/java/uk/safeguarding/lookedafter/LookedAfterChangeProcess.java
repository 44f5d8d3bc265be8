package uk.safeguarding.lookedafter;

import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;
import static uk.safeguarding.lookedafter.LookedAfterChangeProcess.Variables.*;
import static uk.safeguarding.lookedafter.LookedAfterChildProcess.Variables.*;

import java.util.List;
import uk.safeguarding.contract.CaseFacts;
import uk.safeguarding.contract.LookedAfterCodes;
import uk.safeguarding.contract.ProcessContract;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.agency.WhoMayStart;

/**
 * The contract of processes/lookedafter/looked-after-change.bpmn: what a social worker reports about a
 * looked after child between reviews. A significant change to the care plan is agreed with the IRO
 * before it takes effect and an unplanned event is reported to the IRO (LAC-09); an unplanned end of
 * placement brings a disruption meeting decision and a reassessment (LAC-10); leaving care ends every
 * clock of the pathway.
 */
public final class LookedAfterChangeProcess {

  public static final String KEY = "LookedAfterChange";

  /** LAC-09, LAC-10: the social worker or team manager reports a change, an event or the child leaving care. */
  public static final WhoMayStart WHO_MAY_START = new WhoMayStart(KEY, List.of(Agency.CSC_SOCIAL_WORKER, Agency.CSC_TEAM_MANAGER));

  public enum Element {
    ChangeReported,
    WhatHappened,
    AgreeSignificantChange,
    ChangeNotAgreedInTime,
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
    CareEnded,
    RecordNewLegalStatus,
    LegalStatusRecorded
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
    public static final String NEW_LEGAL_STATUS = "newLegalStatus";
    public static final String NEW_PLACEMENT_PROVIDER = "newPlacementProvider";
    public static final String NEW_PLACEMENT_POSTCODE = "newPlacementPostcode";
    /** SSDA903 REASON_PLACE_CHANGE: why the placement that ends ended. */
    public static final String REASON_PLACE_CHANGE = "reasonPlaceChange";
    /** SSDA903 Missing: an unplanned event that was the child missing (M) or away without authorisation (A), and its end. */
    public static final String MISSING_TYPE = "missingType";
    public static final String MISSING_ENDED_ON = "missingEndedOn";
    /** The day the new SSDA903 episode began, set by the system once the move or the new legal status took effect. */
    public static final String NEW_EPISODE_ON = "newEpisodeOn";

    private Variables() {}
  }

  public static final String SIGNIFICANT_CHANGE = "significantChange";
  public static final String UNPLANNED_EVENT = "unplannedEvent";
  public static final String PLACEMENT_ENDED = "placementEnded";
  public static final String LEFT_CARE = "leftCare";
  /** LAC-02: a court or the authority changed the legal status (SSDA903 reason for new episode L, or B/U with a move). */
  public static final String LEGAL_STATUS_CHANGED = "legalStatusChanged";
  public static final List<String> KINDS = List.of(SIGNIFICANT_CHANGE, UNPLANNED_EVENT, PLACEMENT_ENDED, LEFT_CARE,
      LEGAL_STATUS_CHANGED);
  /** LAC-09: the significant changes seed 004 names. A change of carers is a move to a new placement. */
  public static final String CARERS = "carers";
  public static final List<String> CHANGE_AREAS = List.of(CARERS, "contact", "school", "other");

  /*
   * reasonForNewEpisode (LookedAfterChildProcess.Variables): the SSDA903 RNE of the episode a move or a new legal status
   * begins, one of P, T, B, U, L.
   */

  /**
   * What each step shows and may write: a person's submission outside it is refused (contract
   * package, docs/architecture.md "A task's contract").
   */
  public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
      .declares(
          checklist(Variables.CHANGE_AREAS, CHANGE_AREAS),
          choice(CHANGE_KIND, KINDS),
          choice(LEFT_CARE_REASON, LookedAfterChildProcess.REPORTED_LEAVING_CARE_REASONS),
          choice(NEW_PLACEMENT_TYPE, LookedAfterChildProcess.PLACEMENT_TYPES),
          choice(NEW_PLACEMENT_PROVIDER, LookedAfterChildProcess.PLACEMENT_PROVIDERS),
          choice(NEW_LEGAL_STATUS, LookedAfterChildProcess.LEGAL_STATUSES),
          choice(REASON_FOR_NEW_EPISODE, LookedAfterCodes.CHANGE_REASONS_FOR_NEW_EPISODE),
          choice(REASON_PLACE_CHANGE, LookedAfterCodes.codes(LookedAfterCodes.REASONS_PLACE_CHANGE)),
          choice(MISSING_TYPE, LookedAfterCodes.codes(LookedAfterCodes.MISSING_TYPES)),
          date(MISSING_ENDED_ON),
          date(CHANGE_TAKES_EFFECT_ON),
          date(DISRUPTION_MEETING_DATE),
          date(EVENT_ON),
          date(LEFT_CARE_ON),
          date(NEW_PLACEMENT_START_DATE),
          date(REASSESSED_ON),
          text(CHANGE_DESCRIPTION),
          text(DISRUPTION_DECISION_REASONS),
          text(IRO_COMMENTS),
          text(NEW_PLACEMENT_ADDRESS),
          text(NEW_PLACEMENT_POSTCODE),
          text(REASSESSMENT),
          yesNo(HOLD_DISRUPTION_MEETING),
          yesNo(IRO_AGREES),
          yesNo(NEW_PLACEMENT_LONG_TERM))
      // Who reported the change and whether it is a change of carers (a new placement, LAC-09); and what the child's
      // main process knows, copied in when the change is reported. newPlacementStartDate is not here: the report
      // gives it, and for a change of carers the gate takes it from the day the change takes effect.
      .computes(REPORTED_BY, CHANGE_OF_CARERS, LEGAL_STATUS, LOOKED_AFTER_SINCE, IRO_NAME, PLACEMENT_TYPE,
          PLACEMENT_START_DATE, PLACEMENT_PROVIDER, PLACEMENT_POSTCODE, NEW_EPISODE_ON)
      // A change is reported about a child already looked after: the case reference names the child, and the gate
      // copies the rest of the case's facts from the child's main process; nobody types them again.
      .start(Element.ChangeReported,
          writes(CaseFacts.CASE_REFERENCE, CHANGE_KIND, Variables.CHANGE_AREAS, CHANGE_TAKES_EFFECT_ON, EVENT_ON,
              CHANGE_DESCRIPTION, NEW_PLACEMENT_TYPE, NEW_PLACEMENT_START_DATE, NEW_PLACEMENT_LONG_TERM,
              NEW_PLACEMENT_ADDRESS, LEFT_CARE_ON, LEFT_CARE_REASON, REASON_FOR_NEW_EPISODE, NEW_LEGAL_STATUS,
              NEW_PLACEMENT_PROVIDER, NEW_PLACEMENT_POSTCODE, REASON_PLACE_CHANGE, MISSING_TYPE, MISSING_ENDED_ON))
      .task(Element.AgreeSignificantChange,
          shows(LEGAL_STATUS, LOOKED_AFTER_SINCE, IRO_NAME, PLACEMENT_TYPE, PLACEMENT_START_DATE, CHANGE_DESCRIPTION,
              REPORTED_BY, CHANGE_TAKES_EFFECT_ON),
          writes(IRO_AGREES, IRO_COMMENTS))
      .task(Element.NoteUnplannedEvent,
          shows(LEGAL_STATUS, LOOKED_AFTER_SINCE, IRO_NAME, PLACEMENT_TYPE, PLACEMENT_START_DATE, CHANGE_DESCRIPTION,
              REPORTED_BY, EVENT_ON),
          writes(IRO_COMMENTS))
      .task(Element.DecideOnDisruptionMeeting,
          shows(LEGAL_STATUS, LOOKED_AFTER_SINCE, IRO_NAME, PLACEMENT_TYPE, PLACEMENT_START_DATE, CHANGE_DESCRIPTION,
              REPORTED_BY, EVENT_ON),
          writes(HOLD_DISRUPTION_MEETING, DISRUPTION_MEETING_DATE, DISRUPTION_DECISION_REASONS))
      .task(Element.ReassessAfterPlacementEnded,
          shows(LEGAL_STATUS, LOOKED_AFTER_SINCE, IRO_NAME, PLACEMENT_TYPE, PLACEMENT_START_DATE, CHANGE_DESCRIPTION,
              REPORTED_BY, EVENT_ON),
          writes(REASSESSED_ON, REASSESSMENT))
      .task(Element.NotePlacementEnding,
          shows(LEGAL_STATUS, LOOKED_AFTER_SINCE, IRO_NAME, PLACEMENT_TYPE, PLACEMENT_START_DATE, CHANGE_DESCRIPTION,
              REPORTED_BY, EVENT_ON),
          writes(IRO_COMMENTS));

  private LookedAfterChangeProcess() {}
}
