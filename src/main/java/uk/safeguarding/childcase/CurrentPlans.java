package uk.safeguarding.childcase;

import java.util.Arrays;
import java.util.List;
import uk.safeguarding.childinneed.ChildInNeedMeetingProcess;
import uk.safeguarding.childinneed.ChildInNeedPlanProcess;
import uk.safeguarding.conference.ChildProtectionPlanProcess;
import uk.safeguarding.conference.ConferenceVariables;
import uk.safeguarding.conference.CoreGroupsAndVisitsProcess;
import uk.safeguarding.conference.ReviewChildProtectionConferenceProcess;
import uk.safeguarding.lookedafter.LookedAfterChildProcess;
import uk.safeguarding.lookedafter.LookedAfterHealthProcess;
import uk.safeguarding.lookedafter.LookedAfterReviewsProcess;
import uk.safeguarding.lookedafter.PathwayPlanningProcess;
import uk.safeguarding.lookedafter.PersonalEducationPlansProcess;
import uk.safeguarding.lookedafter.PlacementAndVisitsProcess;

/**
 * The plans a child can be on, and where each pathway keeps the next dates a practitioner asks about
 * (the case page, {@link CaseOverview}). A plan is current while its process runs under the case
 * reference.
 *
 * <p>Every repeating clock of a plan is a loop whose next task is created as soon as the last one is
 * done, with the deadline as its due date (the same expression as its breach timer), so "the next core
 * group" is the due date of the open "Record core group meeting". Where a practitioner has booked the
 * day itself (a review conference convened, a meeting arranged), that day is shown first. A variable
 * is read from the running processes of its pathway only, in any scope, so a day left over from an
 * ended meeting or review is never shown as the next one.
 */
final class CurrentPlans {

  /** Where one next date comes from, tried in order: a booked day, else the open task's due date, else the day the plan holds. */
  sealed interface Source permits Booked, DueTask, DueBy {}

  /** A day a practitioner set (today or later), in a running process of {@code processKey}. */
  record Booked(String processKey, String variable) implements Source {}

  /** The due date of the open task of one of these task definitions, the earliest if several. */
  record DueTask(String processKey, List<String> taskKeys) implements Source {}

  /** A deadline the plan computed and keeps in a variable. */
  record DueBy(String processKey, String variable) implements Source {}

  record NextDate(String label, List<Source> sources) {}

  record Plan(String processKey, String name, String sinceVariable, List<NextDate> nextDates) {}

  static final List<Plan> PLANS = List.of(
      new Plan(ChildProtectionPlanProcess.KEY, "Child protection plan", ConferenceVariables.PLAN_START_DATE, List.of(
          new NextDate("Next core group", List.of(
              task(CoreGroupsAndVisitsProcess.KEY, CoreGroupsAndVisitsProcess.Element.RecordFirstCoreGroupMeeting,
                  CoreGroupsAndVisitsProcess.Element.RecordCoreGroupMeeting),
              new DueBy(CoreGroupsAndVisitsProcess.KEY, ConferenceVariables.NEXT_CORE_GROUP_DUE))),
          new NextDate("Next review conference", List.of(
              new Booked(ReviewChildProtectionConferenceProcess.KEY, ConferenceVariables.REVIEW_CONFERENCE_DATE),
              new DueBy(ChildProtectionPlanProcess.KEY, ConferenceVariables.NEXT_REVIEW_CONFERENCE_DUE))),
          new NextDate("Next statutory visit", List.of(
              task(CoreGroupsAndVisitsProcess.KEY, CoreGroupsAndVisitsProcess.Element.RecordStatutoryVisit),
              new DueBy(CoreGroupsAndVisitsProcess.KEY, ConferenceVariables.NEXT_VISIT_DUE))))),
      new Plan(ChildInNeedPlanProcess.KEY, "Child in need plan", ChildInNeedPlanProcess.Variables.PLAN_STARTED_AT, List.of(
          new NextDate("Plan in place", List.of(
              task(ChildInNeedPlanProcess.KEY, ChildInNeedPlanProcess.Element.DraftChildInNeedPlan))),
          new NextDate("Next child in need meeting or review", List.of(
              new Booked(ChildInNeedMeetingProcess.KEY, ChildInNeedMeetingProcess.Variables.MEETING_DATE),
              new DueBy(ChildInNeedMeetingProcess.KEY, ChildInNeedMeetingProcess.Variables.MEETING_DUE_BY),
              new DueBy(ChildInNeedPlanProcess.KEY, ChildInNeedMeetingProcess.Variables.MEETING_DUE_BY))),
          new NextDate("Next reassessment", List.of(
              task(ChildInNeedPlanProcess.KEY, ChildInNeedPlanProcess.Element.ReassessChildsSituation))))),
      new Plan(LookedAfterChildProcess.KEY, "Looked after", LookedAfterChildProcess.Variables.LOOKED_AFTER_SINCE, List.of(
          new NextDate("Next looked after review", List.of(
              new Booked(LookedAfterReviewsProcess.KEY, LookedAfterReviewsProcess.Variables.REVIEW_DATE),
              task(LookedAfterReviewsProcess.KEY, LookedAfterReviewsProcess.Element.HoldReview),
              new DueBy(LookedAfterReviewsProcess.KEY, LookedAfterReviewsProcess.Variables.REVIEW_DUE_BY))),
          new NextDate("Next health assessment", List.of(
              task(LookedAfterHealthProcess.KEY, LookedAfterHealthProcess.Element.CompleteInitialHealthAssessment,
                  LookedAfterHealthProcess.Element.CompleteReviewHealthAssessment))),
          new NextDate("Next personal education plan (PEP)", List.of(
              task(PersonalEducationPlansProcess.KEY, PersonalEducationPlansProcess.Element.WritePersonalEducationPlan,
                  PersonalEducationPlansProcess.Element.ReviewPersonalEducationPlan))),
          new NextDate("Next statutory visit", List.of(
              task(PlacementAndVisitsProcess.KEY, PlacementAndVisitsProcess.Element.MakeStatutoryVisit))),
          new NextDate("Pathway plan", List.of(
              task(PathwayPlanningProcess.KEY, PathwayPlanningProcess.Element.StartPathwayPlan,
                  PathwayPlanningProcess.Element.StartPathwayPlanWithCarePlan, PathwayPlanningProcess.Element.ReviewPathwayPlan),
              new DueBy(LookedAfterChildProcess.KEY, LookedAfterChildProcess.Variables.PATHWAY_PLAN_DUE_ON))))));

  private static DueTask task(String processKey, Enum<?>... elements) {
    return new DueTask(processKey, Arrays.stream(elements).map(Enum::name).toList());
  }

  private CurrentPlans() {}
}
