package uk.safeguarding.lookedafter;

import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;

import java.util.List;
import uk.safeguarding.contract.CaseFacts;
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
    RecordPlacementPlanBreach,
    Lac03BreachRecorded,
    NotifyPlacement,
    PlacementNotified,
    PlacementNotNotifiedInTime,
    RecordPlacementNoticeBreach,
    Lac15BreachRecorded,
    NextVisit,
    WorkOutNextVisit,
    VisitBeforeEighteen,
    MakeStatutoryVisit,
    StatutoryVisitLate,
    RecordStatutoryVisitBreach,
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
          checklist("placementNotified", "parents", "health", "school", "iro"),
          date("placementNotifiedOn"),
          date("placementPlanMeetingOn"),
          date("visitOn"),
          text("parentsNotToldReason"),
          text("placementPlan"),
          text("visitNotes"),
          yesNo("childSeenAlone"))
      .task(Element.WritePlacementPlan, shows("legalStatus", "lookedAfterSince", "iroName", "placementType", "placementStartDate", "placementAddress"), writes("placementPlanMeetingOn", "placementPlan"))
      .task(Element.NotifyPlacement, shows("legalStatus", "lookedAfterSince", "iroName", "placementType", "placementStartDate"), writes("placementNotifiedOn", "placementNotified", "parentsNotToldReason"))
      .task(Element.MakeStatutoryVisit, shows("legalStatus", "lookedAfterSince", "iroName", "placementType", "placementStartDate", "visitDueBy", "lastVisitOn"), writes("visitOn", "childSeenAlone", "visitNotes"));

  private PlacementAndVisitsProcess() {}
}
