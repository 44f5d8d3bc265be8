package uk.safeguarding.lookedafter;

import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;
import static uk.safeguarding.lookedafter.LookedAfterChildProcess.Variables.*;
import static uk.safeguarding.lookedafter.PlacementAndVisitsProcess.Variables.*;

import java.util.List;
import uk.safeguarding.contract.ProcessContract;

/**
 * The contract of processes/lookedafter/placement-and-visits.bpmn: for each placement, its placement
 * plan (LAC-03), the notice to parents, health, school and IRO (LAC-15) and the social worker's
 * statutory visits (LAC-16). A move to a new placement (message {@value #PLACEMENT_CHANGED}) starts all
 * three again for the new placement.
 */
public final class PlacementAndVisitsProcess {

  public static final String KEY = "PlacementAndVisits";
  public static final String PLACEMENT_CHANGED = "LookedAfterPlacementChanged";

  public enum Element {
    PlacementStart,
    PlacementBegins,
    CurrentPlacement,
    CurrentPlacementStart,
    PlacementClocks,
    WritePlacementPlan,
    PlacementPlanWritten,
    PlacementPlanLate,
    Lac03BreachRecorded,
    NotifyPlacement,
    PlacementNotified,
    PlacementNotNotifiedInTime,
    Lac15BreachRecorded,
    NextVisit,
    WorkOutNextVisit,
    VisitBeforeEighteen,
    MakeStatutoryVisit,
    StatutoryVisitLate,
    Lac16BreachRecorded,
    NoVisitBeforeEighteen,
    MovedToNewPlacement,
    PlacementClocksDoneAtEighteen
  }

  public static final class Variables {
    public static final String PLACEMENT_PLAN_MEETING_ON = "placementPlanMeetingOn";
    public static final String PLACEMENT_PLAN = "placementPlan";
    public static final String PLACEMENT_NOTIFIED = "placementNotified";
    public static final String PLACEMENT_NOTIFIED_ON = "placementNotifiedOn";
    public static final String PARENTS_NOT_TOLD_REASON = "parentsNotToldReason";
    public static final String VISIT_TIMESCALE = "visitTimescale";
    public static final String VISIT_COUNTED_FROM = "visitCountedFrom";
    public static final String VISIT_DUE_BY = "visitDueBy";
    public static final String VISIT_BEFORE_EIGHTEEN = "visitBeforeEighteen";
    public static final String VISIT_ON = "visitOn";
    /** NE-01: a visit at which the child was not seen is still owed, and starts the case's stepped approach. */
    public static final String CHILD_SEEN = "childSeen";
    public static final String CHILD_SEEN_ALONE = "childSeenAlone";
    public static final String VISIT_NOTES = "visitNotes";
    public static final String LAST_VISIT_ON = "lastVisitOn";
    public static final String PLACEMENT_MOVES = "placementMoves";

    private Variables() {}
  }

  /** LAC-15 (reg 13): who is told of the placement. */
  public static final String PARENTS = "parents";
  public static final List<String> TOLD_OF_PLACEMENT = List.of(PARENTS, "health", "school", "iro");

  /**
   * What each step shows and may write: a person's submission outside it is refused (contract
   * package, docs/architecture.md "A task's contract").
   */
  public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
      .declares(
          checklist(PLACEMENT_NOTIFIED, TOLD_OF_PLACEMENT),
          date(PLACEMENT_NOTIFIED_ON),
          date(PLACEMENT_PLAN_MEETING_ON),
          date(VISIT_ON),
          text(PARENTS_NOT_TOLD_REASON),
          text(PLACEMENT_PLAN),
          text(VISIT_NOTES),
          yesNo(CHILD_SEEN),
          yesNo(CHILD_SEEN_ALONE))
      // Which statutory visit comes next and by when (LAC-16), and the day of the last one.
      .computes(VISIT_TIMESCALE, VISIT_COUNTED_FROM, VISIT_DUE_BY, VISIT_BEFORE_EIGHTEEN, LAST_VISIT_ON)
      // Handed in by the child's main process, with the IRO once allocated; a new placement comes with the message
      // LookedAfterPlacementChanged, which only the system sends once the IRO has agreed it (LAC-09, LAC-10).
      .computes(LEGAL_STATUS, LOOKED_AFTER_SINCE, IRO_NAME, PLACEMENT_TYPE, PLACEMENT_START_DATE, PLACEMENT_LONG_TERM,
          PLACEMENT_ADDRESS)
      .task(Element.WritePlacementPlan,
          shows(LEGAL_STATUS, LOOKED_AFTER_SINCE, IRO_NAME, PLACEMENT_TYPE, PLACEMENT_START_DATE, PLACEMENT_ADDRESS),
          writes(PLACEMENT_PLAN_MEETING_ON, PLACEMENT_PLAN))
      .task(Element.NotifyPlacement,
          shows(LEGAL_STATUS, LOOKED_AFTER_SINCE, IRO_NAME, PLACEMENT_TYPE, PLACEMENT_START_DATE),
          writes(PLACEMENT_NOTIFIED_ON, PLACEMENT_NOTIFIED, PARENTS_NOT_TOLD_REASON))
      .task(Element.MakeStatutoryVisit,
          shows(LEGAL_STATUS, LOOKED_AFTER_SINCE, IRO_NAME, PLACEMENT_TYPE, PLACEMENT_START_DATE, VISIT_DUE_BY,
              LAST_VISIT_ON),
          writes(VISIT_ON, CHILD_SEEN, CHILD_SEEN_ALONE, VISIT_NOTES));

  private PlacementAndVisitsProcess() {}
}
