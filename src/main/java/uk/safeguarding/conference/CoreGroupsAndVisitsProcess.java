package uk.safeguarding.conference;

import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;

import uk.safeguarding.contract.CaseFacts;
import uk.safeguarding.contract.ProcessContract;

/** The contract of the core groups and visits diagram (processes/conference/core-groups-and-visits.bpmn). */
public final class CoreGroupsAndVisitsProcess {

  public static final String KEY = "CoreGroupsAndVisits";

  public enum Element {
    PlanWorkStarts,
    RecordFirstCoreGroupMeeting,
    FirstCoreGroupNotHeldInTime,
    ShareDetailedPlan,
    DetailedPlanNotSharedInTime,
    DetailedPlanShared,
    NextCoreGroup,
    RecordCoreGroupMeeting,
    CoreGroupNotHeldInTime,
    CirculateCoreGroupMinutes,
    CoreGroupMinutesNotCirculatedInTime,
    MinutesCirculated,
    NextVisit,
    RecordStatutoryVisit,
    StatutoryVisitNotMadeInTime
  }

  /**
   * What each step shows and may write: a person's submission outside it is refused (contract
   * package, docs/architecture.md "A task's contract").
   */
  public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
      .declares(
          date("coreGroupDate"),
          date("minutesCirculatedDate"),
          date("visitDate"),
          rows("dangerStatements"),
          rows("riskScaling"),
          text("coreGroupNotes"),
          text("detailedPlan"),
          text("visitNotSeenAloneReason"),
          text("visitNotes"),
          yesNo("minutesSentToFamilyAndAgencies"),
          yesNo("visitChildSeen"),
          yesNo("visitChildSeenAlone"))
      .task(Element.RecordFirstCoreGroupMeeting, shows("nextCoreGroupDue", "categoryOfAbuse", "outlinePlan"), writes("coreGroupDate", "coreGroupNotes", "riskScaling", "dangerStatements"))
      .task(Element.ShareDetailedPlan, shows("minutesForCoreGroupDate", "outlinePlan"), writes("minutesCirculatedDate", "minutesSentToFamilyAndAgencies", "detailedPlan"))
      .task(Element.RecordCoreGroupMeeting, shows("nextCoreGroupDue", "categoryOfAbuse", "outlinePlan"), writes("coreGroupDate", "coreGroupNotes", "riskScaling", "dangerStatements"))
      .task(Element.CirculateCoreGroupMinutes, shows("minutesForCoreGroupDate", "outlinePlan"), writes("minutesCirculatedDate", "minutesSentToFamilyAndAgencies", "detailedPlan"))
      .task(Element.RecordStatutoryVisit, shows("nextVisitDue"), writes("visitDate", "visitChildSeen", "visitChildSeenAlone", "visitNotSeenAloneReason", "visitNotes"));

  private CoreGroupsAndVisitsProcess() {}
}
