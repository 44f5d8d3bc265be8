package uk.safeguarding.conference;

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

  private CoreGroupsAndVisitsProcess() {}
}
