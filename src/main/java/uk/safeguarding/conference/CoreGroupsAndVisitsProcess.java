package uk.safeguarding.conference;

import static uk.safeguarding.conference.ConferenceVariables.*;
import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;

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
          date(CORE_GROUP_DATE),
          date(MINUTES_CIRCULATED_DATE),
          date(VISIT_DATE),
          rows(DANGER_STATEMENTS),
          rows(RISK_SCALING),
          text(CORE_GROUP_NOTES),
          text(DETAILED_PLAN),
          text(VISIT_NOT_SEEN_ALONE_REASON),
          text(VISIT_NOTES),
          yesNo(MINUTES_SENT_TO_FAMILY_AND_AGENCIES),
          yesNo(VISIT_CHILD_SEEN),
          yesNo(VISIT_CHILD_SEEN_ALONE))
      // The core groups' and the visits' clocks (CG-01 to CG-04, CG-06) and the meeting whose minutes are circulated.
      .computes(CORE_GROUP_NUMBER, LAST_CORE_GROUP_DATE, NEXT_CORE_GROUP_DUE, "minutesForCoreGroupDate",
          LAST_VISIT_SEEN_ALONE, LAST_VISIT_SEEN_ALONE_DATE, NEXT_VISIT_DUE)
      // Handed in by the plan, as the initial conference made it.
      .computes(PLAN_START_DATE, CORE_GROUP_MEMBERS, CATEGORY_OF_ABUSE, OUTLINE_PLAN)
      .task(Element.RecordFirstCoreGroupMeeting,
          shows(NEXT_CORE_GROUP_DUE, CATEGORY_OF_ABUSE, OUTLINE_PLAN),
          writes(CORE_GROUP_DATE, CORE_GROUP_NOTES, RISK_SCALING, DANGER_STATEMENTS))
      .task(Element.ShareDetailedPlan,
          shows("minutesForCoreGroupDate", OUTLINE_PLAN),
          writes(MINUTES_CIRCULATED_DATE, MINUTES_SENT_TO_FAMILY_AND_AGENCIES, DETAILED_PLAN))
      .task(Element.RecordCoreGroupMeeting,
          shows(NEXT_CORE_GROUP_DUE, CATEGORY_OF_ABUSE, OUTLINE_PLAN),
          writes(CORE_GROUP_DATE, CORE_GROUP_NOTES, RISK_SCALING, DANGER_STATEMENTS))
      .task(Element.CirculateCoreGroupMinutes,
          shows("minutesForCoreGroupDate", OUTLINE_PLAN),
          writes(MINUTES_CIRCULATED_DATE, MINUTES_SENT_TO_FAMILY_AND_AGENCIES, DETAILED_PLAN))
      .task(Element.RecordStatutoryVisit,
          shows(NEXT_VISIT_DUE),
          writes(VISIT_DATE, VISIT_CHILD_SEEN, VISIT_CHILD_SEEN_ALONE, VISIT_NOT_SEEN_ALONE_REASON, VISIT_NOTES));

  private CoreGroupsAndVisitsProcess() {}
}
