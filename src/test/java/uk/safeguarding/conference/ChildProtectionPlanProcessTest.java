package uk.safeguarding.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.childcase.ChildCaseProcess;
import uk.safeguarding.breaches.StandardsBreach;
import uk.safeguarding.breaches.StandardsBreachRegister;
import uk.safeguarding.strategy.StrategyDiscussionScenario;
import uk.safeguarding.childinneed.ChildInNeedPlanProcess;

/**
 * The child protection plan made at the initial conference of Monday 4 January 2027 (CG-01 to CG-06,
 * RCPC-01 to RCPC-08), followed with the engine clock through a year and to its end.
 */
class ChildProtectionPlanProcessTest extends ProcessTestBase {

  @Autowired
  StandardsBreachRegister breaches;

  ConferenceScenario child;
  ProcessInstance plan;

  @BeforeEach
  void aConferenceMakesAPlan() {
    child = new ConferenceScenario(engine, uniqueCaseReference());
    child.requestConference(StrategyDiscussionScenario.referral(child.caseReference, "2026-12-09"), this::clock);
    child.holdConferenceMakingAPlan(this::clock);
    plan = child.plan();
  }

  private Void clock(String day) {
    clockAt(day);
    return null;
  }

  private void fireEveryDueTimer() {
    for (ProcessInstance instance : engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(child.caseReference).list()) {
      fireDueTimers(instance.getId());
    }
  }

  private static LocalDate dayOf(Task task) {
    return task.getDueDate().toInstant().atZone(WorkingDayCalendar.LONDON).toLocalDate();
  }

  private List<String> breachRules() {
    return breaches.forCase(child.caseReference).stream().map(StandardsBreach::ruleId).toList();
  }

  @Test
  void cg01_cg03_cg06_rcpc01_rcpc02_aYearOnThePlanWithCoreGroupsEverySixWeeksAndReviewsAtThreeAndNineMonths() {
    List<LocalDate> coreGroups = new ArrayList<>();
    List<String> reviewDueDates = new ArrayList<>();
    List<LocalDate> reassessments = new ArrayList<>();
    Map<LocalDate, LocalDate> reviews = Map.of(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 4, 1),
        LocalDate.of(2027, 9, 10), LocalDate.of(2027, 10, 1));
    LocalDate reviewDay = null;
    for (LocalDate day = LocalDate.of(2027, 1, 5); day.isBefore(LocalDate.of(2028, 1, 1)); day = day.plusDays(1)) {
      clockAt(day + "T10:00");
      fireEveryDueTimer();
      if (dayOf(child.coreGroupTask()).equals(day)) {
        child.holdCoreGroup(ConferenceScenario.coreGroup(day.toString()));
        coreGroups.add(day);
        child.circulateMinutes(ConferenceScenario.minutes(day.toString()));
      }
      if (dayOf(child.task("RecordStatutoryVisit")).equals(day)) {
        child.complete("RecordStatutoryVisit", ConferenceScenario.visit(day.toString()));
      }
      if (dayOf(child.task("ReassessChildOnPlan")).equals(day)) {
        child.complete("ReassessChildOnPlan", reassessment(day.toString()));
        reassessments.add(day);
      }
      if (reviews.containsKey(day)) {
        reviewDay = reviews.get(day);
        reviewDueDates.add(londonDateTime(child.task("ConveneReviewConference").getDueDate()));
        child.convenedReview(reviewDay.toString());
      }
      if (day.equals(LocalDate.of(2027, 3, 10))) {
        // RCPC-02: five working days before Thursday 1 April 2027, over Easter: Tuesday 23 March.
        assertThat(child.tasks("ProvideReviewReport")).isEmpty();
      }
      if (day.equals(reviewDay)) {
        child.complete("RecordReviewConference", ConferenceScenario.reviewHeldOn(day.toString(),
            ConferenceScenario.reviewRecord("continuePlan", "continuePlan", "continuePlan", "continuePlan")));
        child.runSystemSteps();
      }
    }

    assertThat(coreGroups).containsExactly(LocalDate.of(2027, 1, 18), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 12),
        LocalDate.of(2027, 5, 24), LocalDate.of(2027, 7, 5), LocalDate.of(2027, 8, 16), LocalDate.of(2027, 9, 27),
        LocalDate.of(2027, 11, 8), LocalDate.of(2027, 12, 20));
    // The first review within three months of the ICPC, the second six months after the first (nine months in).
    assertThat(reviewDueDates).containsExactly("2027-04-04T23:59:59", "2027-10-01T23:59:59");
    // RA-01: the child's situation reassessed nine months after the conference, the next nine months after that.
    assertThat(reassessments).containsExactly(LocalDate.of(2027, 10, 4));
    assertThat(londonDateTime(child.task("ReassessChildOnPlan").getDueDate())).isEqualTo("2028-07-04T23:59:59");
    assertThat(londonDateTime(child.task("ConveneReviewConference").getDueDate())).isEqualTo("2028-04-01T23:59:59");
    assertThat(engine.getRuntimeService().getVariable(plan.getId(), "reviewNumber")).isEqualTo(2);
    assertThat(breachRules()).isEmpty();
    assertThat(plan).isWaitingAt("CoreGroupsAndVisits", "ReviewChildProtectionConference", "PlanOpenTooLong");
  }

  private static Map<String, Object> reassessment(String day) {
    return Map.of("reassessmentDate", day,
        "reassessmentSummary", "Father has left the home; mother keeps to the safety plan and the school sees the child settled");
  }

  /**
   * Seed 004 "Re-assessment Timeframes": "For children subject to Child Protection planning, every 9 months"
   * (RA-01 childProtection; no authority of the catalogue differs). The plan was made at the conference of
   * Monday 4 January 2027: the first reassessment is due by Monday 4 October 2027. Done early, on Monday 20
   * September, the next counts from it, nine calendar months on: Tuesday 20 June 2028.
   */
  @Test
  void ra01_aChildOnAPlanIsReassessedNineMonthsFromTheConferenceThenNineMonthsFromTheLastReassessment() {
    Task reassessment = child.task("ReassessChildOnPlan");
    assertThat(candidateGroups(reassessment)).containsExactly("csc-social-worker");
    assertThat(londonDateTime(reassessment.getDueDate())).isEqualTo("2027-10-04T23:59:59");

    clockAt("2027-09-20T10:00");
    assertThatThrownBy(() -> engine.getTaskService().complete(reassessment.getId(), Map.of("reassessmentDate", "2027-09-21")))
        .hasMessageContaining("RA-01 reassessmentDate").hasMessageContaining("RA-01 reassessmentSummary");
    assertThatThrownBy(() -> child.complete("ReassessChildOnPlan", reassessment("2026-12-31")))
        .hasMessageContaining("RA-01 reassessmentDate: is before the assessment it follows (04/01/2027)");
    child.complete("ReassessChildOnPlan", reassessment("2027-09-20"));

    assertThat(londonDateTime(child.task("ReassessChildOnPlan").getDueDate())).isEqualTo("2028-06-20T23:59:59");
    assertThat(engine.getTaskService().getVariable(child.task("ReassessChildOnPlan").getId(), "lastReassessmentSummary"))
        .as("the next reassessment starts from what the last one found").asString().startsWith("Father has left");
  }

  /** RA-01: not done by the end of Monday 4 October 2027, the reassessment is a breach and stays open. */
  @Test
  void ra01_aReassessmentNotDoneNineMonthsAfterTheConferenceIsABreachAndTheTaskStaysOpen() {
    clockAt("2027-10-04T23:00");
    fireEveryDueTimer();
    assertThat(breachRules()).doesNotContain("RA-01");

    clockAt("2027-10-05T00:00");
    fireEveryDueTimer();
    assertThat(breachRules()).filteredOn("RA-01"::equals).hasSize(1);
    assertThat(child.tasks("ReassessChildOnPlan")).hasSize(1);
  }

  @Test
  void rcpc02_reviewReportsAreDueFiveWorkingDaysBeforeTheReviewAcrossEaster() {
    clockAt("2027-03-10T10:00");
    child.complete("ConveneReviewConference", Map.of("reviewConferenceDate", "2027-04-01",
        "reviewAgencies", String.join(",", ConferenceScenario.AGENCIES)));

    assertThat(child.tasks("ProvideReviewReport")).hasSize(3)
        .allSatisfy(task -> assertThat(londonDateTime(task.getDueDate())).isEqualTo("2027-03-23T23:59:59"));
    assertThat(londonDateTime(child.task("PrepareReviewReport").getDueDate())).isEqualTo("2027-03-23T23:59:59");
    clockAt("2027-03-24T00:00");
    fireEveryDueTimer();
    assertThat(breachRules()).filteredOn(rule -> rule.startsWith("RCPC")).containsExactly("RCPC-02", "RCPC-02");
  }

  /**
   * RCPC-02 counts back from the day the review is set, not from its RCPC-01 due day (seed 004 "Child
   * Protection Plans": reports shared with the family "at least 5 working days before" the conference).
   * The plan of Monday 4 January 2027 is reviewed by Sunday 4 April; convened on 10 March for Thursday 8
   * April (RCPC-01, at once), the reports are due 5 working days before the 8th: Wednesday 7, Tuesday 6,
   * Monday 5, Friday 2, Thursday 1 April (Easter Monday, 29 March, is earlier), not 5 working days before
   * the 4th (Friday 26 March is Good Friday: Thursday 25 March). Shared on Wednesday 31 March, they are in
   * time; the review postponed to Monday 12 April keeps them: they are in, and no RCPC-02 breach follows.
   */
  @Test
  void rcpc02_reportsCountBackFromTheDayTheReviewIsSetAndAPostponementKeepsThem() {
    clockAt("2027-03-10T10:00");
    child.complete("ConveneReviewConference", Map.of("reviewConferenceDate", "2027-04-08",
        "reviewAgencies", String.join(",", ConferenceScenario.AGENCIES)));

    assertThat(child.tasks("ProvideReviewReport")).hasSize(3)
        .allSatisfy(task -> assertThat(londonDateTime(task.getDueDate())).isEqualTo("2027-04-01T23:59:59"));
    assertThat(londonDateTime(child.task("PrepareReviewReport").getDueDate())).isEqualTo("2027-04-01T23:59:59");

    clockAt("2027-03-31T10:00");
    child.reportFromEveryAgency("ProvideReviewReport", "continuePlan");
    child.shareAssessment("PrepareReviewReport");
    clockAt("2027-04-12T15:00");
    Map<String, Object> held = ConferenceScenario.reviewHeldOn("2027-04-12",
        ConferenceScenario.reviewRecord("continuePlan", "continuePlan", "continuePlan", "continuePlan"));
    held.put("reviewConferencePostponedReason", "The mother asked for her advocate to attend");
    child.complete("RecordReviewConference", held);
    child.runSystemSteps();
    fireEveryDueTimer();

    assertThat(breachRules()).doesNotContain("RCPC-02").filteredOn("RCPC-01"::equals).hasSize(1);
  }

  /**
   * Seed 002 Standard 7: reports are shared "three working days prior to the conference", initial or review;
   * Cheshire East's profile reads RCPC-02 as 3 working days where national keeps the catalogue's 5. A review
   * on Thursday 1 April 2027, counted back over Easter Monday (29 March) and Good Friday (26 March): Wednesday
   * 31 March, Tuesday 30 March, Thursday 25 March. So the reports are late from Friday 26 March, two days
   * after national's Tuesday 23 March.
   */
  @Test
  void rcpc02_inCheshireEastReviewReportsAreDueThreeWorkingDaysBeforeTheReviewAcrossEaster() {
    child = new ConferenceScenario(engine, uniqueCaseReference());
    Map<String, Object> referral = StrategyDiscussionScenario.referral(child.caseReference, "2026-12-09");
    referral.put("standardsProfile", "cheshire-east");
    child.requestConference(referral, this::clock);
    child.holdConferenceMakingAPlan(this::clock);
    clockAt("2027-03-10T10:00");
    child.complete("ConveneReviewConference", Map.of("reviewConferenceDate", "2027-04-01",
        "reviewAgencies", String.join(",", ConferenceScenario.AGENCIES)));

    assertThat(child.tasks("ProvideReviewReport")).hasSize(3)
        .allSatisfy(task -> assertThat(londonDateTime(task.getDueDate())).isEqualTo("2027-03-25T23:59:59"));
    assertThat(londonDateTime(child.task("PrepareReviewReport").getDueDate())).isEqualTo("2027-03-25T23:59:59");
    clockAt("2027-03-25T23:00");
    fireEveryDueTimer();
    assertThat(breachRules()).as("national's Tuesday 23 March has passed").filteredOn(rule -> rule.startsWith("RCPC")).isEmpty();
    clockAt("2027-03-26T00:00");
    fireEveryDueTimer();
    assertThat(breachRules()).filteredOn(rule -> rule.startsWith("RCPC")).containsExactly("RCPC-02", "RCPC-02");
  }

  /**
   * Seed 004 "Child Protection Plans": "a Review Child Protection Conference (RCPC) occurs within 3 months
   * of the Initial Child Protection Conference and subsequent RCPC's occur every 6 months". The plan was
   * made on Monday 4 January 2027, so the first review is due by Sunday 4 April 2027. Set for Thursday 1
   * April, it is postponed to Thursday 8 April: it is held late (RCPC-01, once), and the next review
   * counts from the day it was held, six calendar months on: Friday 8 October 2027 (1 October from the
   * day set).
   */
  @Test
  void rcpc01_aReviewPostponedPastItsDueDayIsABreachAndTheNextReviewCountsFromTheDayItWasHeld() {
    clockAt("2027-03-10T10:00");
    child.convenedReview("2027-04-01");
    Task record = child.task("RecordReviewConference");
    assertThat(engine.getTaskService().getVariable(record.getId(), "reviewConferenceHeldDate"))
        .as("the chair's form expects it on the day set").isEqualTo("2027-04-01");

    clockAt("2027-04-08T15:00");
    Map<String, Object> held = ConferenceScenario.reviewHeldOn("2027-04-08",
        ConferenceScenario.reviewRecord("continuePlan", "continuePlan", "continuePlan", "continuePlan"));
    assertThatThrownBy(() -> child.complete("RecordReviewConference", held))
        .hasMessageContaining("RCPC-01 reviewConferencePostponedReason: it was set for 01/04/2027 and held on 08/04/2027");
    held.put("reviewConferencePostponedReason", "The police officer in the case was called to court");
    child.complete("RecordReviewConference", held);
    child.runSystemSteps();

    assertThat(breaches.forCase(child.caseReference)).filteredOn(b -> b.ruleId().startsWith("RCPC")).singleElement()
        .satisfies(breach -> {
          assertThat(breach.ruleId()).isEqualTo("RCPC-01");
          assertThat(breach.breachedStep()).isEqualTo("Convene review child protection conference");
          assertThat(londonDateTime(java.util.Date.from(breach.dueAt().toInstant()))).isEqualTo("2027-04-04T23:59:59");
          assertThat(breach.detail()).contains("Held on 2027-04-08").contains("called to court");
        });
    assertThat(londonDateTime(child.task("ConveneReviewConference").getDueDate())).isEqualTo("2027-10-08T23:59:59");
  }

  /**
   * RCPC-01 (seed 004 "Child Protection Plans": the first RCPC "within 3 months of the Initial Child
   * Protection Conference"): the plan made on Monday 4 January 2027 is reviewed by Sunday 4 April 2027.
   * Set in time for Thursday 1 April, the review does not happen that day: at 23:00 on the 4th nothing is
   * recorded, on Monday 5 April the team manager hears of it while the chair's record is still open.
   * Held and recorded on Thursday 8 April, it is the same late review: one RCPC-01 breach.
   */
  @Test
  void rcpc01_aReviewNotHeldByItsDueDayIsABreachWhenTheDayEndsAndStaysOneWhenRecordedLate() {
    clockAt("2027-03-10T10:00");
    child.convenedReview("2027-04-01");

    clockAt("2027-04-04T23:00");
    fireDueTimers(child.review().getId());
    assertThat(breachRules()).as("the due day is not over").doesNotContain("RCPC-01");
    clockAt("2027-04-05T08:00");
    fireDueTimers(child.review().getId());
    assertThat(breaches.forCase(child.caseReference)).filteredOn(b -> "RCPC-01".equals(b.ruleId())).singleElement()
        .satisfies(breach -> {
          assertThat(breach.breachedStep()).isEqualTo("Convene review child protection conference");
          assertThat(londonDateTime(java.util.Date.from(breach.dueAt().toInstant()))).isEqualTo("2027-04-04T23:59:59");
        });
    assertThat(child.tasks("RecordReviewConference")).hasSize(1);

    clockAt("2027-04-08T15:00");
    Map<String, Object> held = ConferenceScenario.reviewHeldOn("2027-04-08",
        ConferenceScenario.reviewRecord("continuePlan", "continuePlan", "continuePlan", "continuePlan"));
    held.put("reviewConferencePostponedReason", "The police officer in the case was called to court");
    child.complete("RecordReviewConference", held);
    child.runSystemSteps();
    fireEveryDueTimer();

    assertThat(breachRules()).filteredOn("RCPC-01"::equals).hasSize(1);
    assertThat(londonDateTime(child.task("ConveneReviewConference").getDueDate())).isEqualTo("2027-10-08T23:59:59");
  }

  /**
   * The same review not convened by its due day: the convening timer records RCPC-01 on 5 April, and the
   * review then set for 9 April and held on 12 April is the same late review, not another breach.
   */
  @Test
  void rcpc01_aReviewConvenedLateThenPostponedIsOneBreach() {
    clockAt("2027-04-05T09:00");
    fireDueTimers(child.review().getId());
    assertThat(breachRules()).filteredOn(rule -> rule.startsWith("RCPC")).containsExactly("RCPC-01");
    child.convenedReview("2027-04-09");
    clockAt("2027-04-12T15:00");
    Map<String, Object> held = ConferenceScenario.reviewHeldOn("2027-04-12",
        ConferenceScenario.reviewRecord("continuePlan", "continuePlan", "continuePlan", "continuePlan"));
    held.put("reviewConferencePostponedReason", "The mother asked for her advocate to attend");
    child.complete("RecordReviewConference", held);
    child.runSystemSteps();

    assertThat(breachRules()).filteredOn(rule -> rule.startsWith("RCPC")).containsExactly("RCPC-01");
    assertThat(londonDateTime(child.task("ConveneReviewConference").getDueDate())).isEqualTo("2027-10-12T23:59:59");
  }

  @Test
  void cg01_cg02_cg03_cg06_missedCoreGroupsVisitsAndMinutesAreBreachesAndTheWorkStaysOpen() {
    clockAt("2027-01-19T00:00");
    fireEveryDueTimer();
    assertThat(breachRules()).containsExactlyInAnyOrder("CG-01", "CG-06");

    clockAt("2027-01-20T10:00");
    child.holdCoreGroup(ConferenceScenario.coreGroup("2027-01-20"));
    // CG-02: the detailed plan within seven working days of the first core group.
    assertThat(londonDateTime(child.minutesTask().getDueDate())).isEqualTo("2027-01-29T23:59:59");
    clockAt("2027-01-30T00:00");
    fireEveryDueTimer();
    assertThat(breachRules()).contains("CG-02");

    // CG-03: the next core group six weeks on, Wednesday 3 March; missed.
    assertThat(londonDateTime(child.coreGroupTask().getDueDate())).isEqualTo("2027-03-03T23:59:59");
    clockAt("2027-03-04T00:00");
    fireEveryDueTimer();
    assertThat(breachRules()).containsExactlyInAnyOrder("CG-01", "CG-06", "CG-02", "CG-03");
    assertThat(child.coreGroupTask()).isNotNull();
    assertThat(child.minutesTask()).isNotNull();
  }

  @Test
  void cg04_minutesOfLaterCoreGroupsAreDueTenWorkingDaysOn() {
    clockAt("2027-01-18T10:00");
    child.holdCoreGroup(ConferenceScenario.coreGroup("2027-01-18"));
    assertThatThrownBy(() -> child.circulateMinutes(Map.of("minutesCirculatedDate", "2027-01-18",
        "minutesSentToFamilyAndAgencies", false)))
        .hasMessageContaining("CG-02 minutesSentToFamilyAndAgencies")
        .hasMessageContaining("CG-02 detailedPlan");
    child.circulateMinutes(ConferenceScenario.minutes("2027-01-18"));
    clockAt("2027-03-01T10:00");
    child.holdCoreGroup(ConferenceScenario.coreGroup("2027-03-01"));

    assertThat(londonDateTime(child.minutesTask().getDueDate())).isEqualTo("2027-03-15T23:59:59");
    child.circulateMinutes(Map.of("minutesCirculatedDate", "2027-03-01", "minutesSentToFamilyAndAgencies", true));
    assertThat(child.tasks("CirculateCoreGroupMinutes")).isEmpty();
  }

  @Test
  void cg05_everyMemberScalesTheRiskAndEveryDangerStatementIsReviewed() {
    clockAt("2027-01-18T10:00");
    Map<String, Object> meeting = ConferenceScenario.coreGroup("2027-01-18");
    meeting.put("riskScaling", ConferenceScenario.json(List.of(
        ConferenceScenario.row("agency", "csc-social-worker", "riskScore", 4),
        ConferenceScenario.row("agency", "police", "riskScore", 11),
        ConferenceScenario.row("agency", "health"))));
    meeting.put("dangerStatements", ConferenceScenario.json(List.of(ConferenceScenario.row(
        "dangerStatement", "Amy may be hurt again", "safetyGoal", "Amy is safe", "reviewed", false))));

    assertThatThrownBy(() -> child.holdCoreGroup(meeting))
        .hasMessageContaining("CG-05 riskScaling: police: the risk scale is a whole number from 0 to 10, not 11")
        .hasMessageContaining("CG-05 riskScaling: health has not scaled the risk (0 to 10)")
        .hasMessageContaining("CG-05 riskScaling: every core group member scales the risk; education has not")
        .hasMessageContaining("CG-05 dangerStatements: danger statement 1 and its safety goal have not been reviewed");
    assertThat(child.coreGroupTask()).isNotNull();
    assertThat(child.tasks("CirculateCoreGroupMinutes")).isEmpty();
  }

  @Test
  void cg06_aVisitWithoutTheChildSeenAloneNeedsTheReasonAndDoesNotRestartTheClock() {
    clockAt("2027-01-12T10:00");
    assertThatThrownBy(() -> child.complete("RecordStatutoryVisit", Map.of("visitDate", "2027-01-12",
        "visitChildSeen", true, "visitChildSeenAlone", false)))
        .hasMessageContaining("CG-06 visitNotSeenAloneReason");
    child.complete("RecordStatutoryVisit", Map.of("visitDate", "2027-01-12", "visitChildSeen", true,
        "visitChildSeenAlone", false, "visitNotSeenAloneReason", "Mother would not leave the room"));
    assertThat(londonDateTime(child.task("RecordStatutoryVisit").getDueDate())).isEqualTo("2027-01-18T23:59:59");

    child.complete("RecordStatutoryVisit", ConferenceScenario.visit("2027-01-12"));
    // Ten working days from Tuesday 12 January.
    assertThat(londonDateTime(child.task("RecordStatutoryVisit").getDueDate())).isEqualTo("2027-01-26T23:59:59");
  }

  @Test
  void rec01_cg06_aVisitOnFridayRecordedOnMondayIsTakenAndIsARec01Breach() {
    // Seed 004, "Case Recording": visits "are recorded promptly, within 24 hours of the event".
    clockAt("2027-01-18T10:00"); // Monday
    child.complete("RecordStatutoryVisit", ConferenceScenario.visit("2027-01-15")); // Friday

    List<StandardsBreach> late = breaches.forCase(child.caseReference);
    assertThat(late).extracting(StandardsBreach::ruleId).containsExactly("REC-01");
    assertThat(late.get(0).breachedStep()).isEqualTo("Record statutory visit");
    assertThat(late.get(0).dueAt().atZoneSameInstant(WorkingDayCalendar.LONDON).toLocalDateTime())
        .as("24 hours of a Friday: the end of Saturday, not of Monday").hasToString("2027-01-16T23:59:59");
    assertThat(late.get(0).detail()).isEqualTo("The statutory visit on 15/01/2027 was recorded on 18/01/2027");
  }

  @Test
  void rec01_cg05_aCoreGroupRecordedTheDayAfterIsInTimeAndTwoDaysAfterIsABreach() {
    clockAt("2027-01-13T17:00"); // Wednesday, the day after
    child.holdCoreGroup(ConferenceScenario.coreGroup("2027-01-12"));
    assertThat(breachRules()).as("recorded within 24 hours of the day").isEmpty();
    child.circulateMinutes(ConferenceScenario.minutes("2027-01-13"));

    clockAt("2027-02-25T09:00"); // Thursday, two days after the second core group
    child.holdCoreGroup(ConferenceScenario.coreGroup("2027-02-23"));
    assertThat(breachRules()).containsExactly("REC-01");
  }

  @Test
  void cg06_ne01_aVisitAtWhichTheChildIsNotSeenStartsTheCasesSteppedApproachOnce() {
    // Amy's case is open (the first pathway opens it in the application; here it is opened by hand).
    ProcessInstance childCase = engine.getRuntimeService().startProcessInstanceByKey(ChildCaseProcess.KEY,
        child.caseReference, Map.of("caseReference", child.caseReference));
    clockAt("2027-01-12T10:00");
    child.complete("RecordStatutoryVisit", Map.of("visitDate", "2027-01-12", "visitChildSeen", false,
        "visitNotSeenAloneReason", "Nobody answered the door; curtains drawn, a neighbour says the family is at home"));

    Task attempt = task(childCase.getId(), ChildCaseProcess.Element.MakeFurtherAttempt.name());
    assertThat(attempt).as("NE-01: the further attempt, the first step of the stepped approach").isNotNull();
    assertThat(candidateGroups(attempt)).containsExactly("csc-social-worker");
    assertThat(londonDateTime(child.task("RecordStatutoryVisit").getDueDate()))
        .as("CG-06: the visit is still owed by the same date").isEqualTo("2027-01-18T23:59:59");

    // A second failed visit while the stepped approach is under way adds no second one.
    clockAt("2027-01-14T10:00");
    child.complete("RecordStatutoryVisit", Map.of("visitDate", "2027-01-14", "visitChildSeen", false,
        "visitNotSeenAloneReason", "No answer again"));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(childCase.getId())
        .taskDefinitionKey(ChildCaseProcess.Element.MakeFurtherAttempt.name()).count()).isEqualTo(1);
  }

  @Test
  void cg06_ne01_aVisitAtWhichTheChildIsSeenStartsNoSteppedApproach() {
    ProcessInstance childCase = engine.getRuntimeService().startProcessInstanceByKey(ChildCaseProcess.KEY,
        child.caseReference, Map.of("caseReference", child.caseReference));
    clockAt("2027-01-12T10:00");
    child.complete("RecordStatutoryVisit", ConferenceScenario.visit("2027-01-12"));
    assertThat(task(childCase.getId(), ChildCaseProcess.Element.MakeFurtherAttempt.name())).isNull();
  }

  @Test
  void rcpc03_rcpc04_aMajorityAgreeingSustainedChangeEndsThePlanAndTheChildStepsDownToAChildInNeedPlan() {
    clockAt("2027-03-25T10:00");
    child.holdReview("2027-03-25", "endPlan", "endPlan", "endPlan", "continuePlan");

    assertThat(plan).isEnded().hasPassed("PlanEndsAtReview", "PlanEndedChildInNeedPlanFollows");
    // the only work left for the child is the child in need plan the step down started
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(child.caseReference).list())
        .extracting(Task::getTaskDefinitionKey).containsExactly(ChildInNeedPlanProcess.Element.DraftChildInNeedPlan.name());
    HistoricProcessInstance received = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ChildInNeedPlanProcess.KEY).processInstanceBusinessKey(child.caseReference).singleResult();
    assertThat(received).isNotNull();
    assertThat(historicVariable(received.getId(), "childInNeedPlanSource")).isEqualTo("stepDownFromChildProtectionPlan");
    assertThat(historicVariable(received.getId(), "childProtectionPlanEndedDate")).isEqualTo("2027-03-25");
    assertThat(historicVariable(received.getId(), "involvedAgencies").toString()).isEqualTo("[\"police\",\"health\",\"education\"]");
    assertThat(child.child.discussion).isEnded().hasPassed("ConferencePathwayConcluded");
  }

  @Test
  void rcpc03_rcpc07_withoutAMajorityOrAQuorumThePlanCannotEndAndAttendanceIsRecordedForEveryAgency() {
    clockAt("2027-03-25T10:00");
    child.convenedReview("2027-03-25");
    Map<String, Object> record = ConferenceScenario.reviewRecord("endPlan", "endPlan", "continuePlan", "continuePlan");
    record.put("conferenceQuorate", false);
    record.put("attendance", ConferenceScenario.json(List.of(ConferenceScenario.row("agency", "police"))));
    record.put("contingencyPlan", "");

    assertThatThrownBy(() -> child.complete("RecordReviewConference", record))
        .hasMessageContaining("RCPC-03 reviewDecision: ending the plan needs a majority of the agencies agreeing there is"
            + " evidence of sustained change (1 of 3 do)")
        .hasMessageContaining("RCPC-07 conferenceQuorate: an inquorate conference cannot end the plan")
        .hasMessageContaining("RCPC-07 attendance: say whether police attended (yes or no)")
        .hasMessageContaining("RCPC-07 attendance: no attendance recorded for health, an invited agency")
        .hasMessageContaining("RCPC-07 contingencyPlan");

    child.complete("RecordReviewConference", ConferenceScenario.reviewRecord("continuePlan", "endPlan", "continuePlan", "continuePlan"));
    child.runSystemSteps();
    assertThat(plan).isWaitingAt("CoreGroupsAndVisits", "ReviewChildProtectionConference", "PlanOpenTooLong");
  }

  @Test
  void icpc05_esc05_aDissentFromAReviewDecisionIsRaisedWithTheChairsManagerAndThePlanGoesOn() {
    clockAt("2027-03-25T10:00");
    Map<String, Object> record = ConferenceScenario.reviewRecord("continuePlan", "continuePlan", "continuePlan", "endPlan");
    var views = ConferenceScenario.views("continuePlan", "continuePlan", "endPlan");
    views.get(2).put("dissent", true);
    views.get(2).put("dissentReason", "Amy is thriving at school; the plan has done its work");
    record.put("agencyViews", ConferenceScenario.json(views));
    child.holdReview("2027-03-25", record);

    ProcessInstance dissent = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("ProfessionalDisagreement").processInstanceBusinessKey(child.caseReference).singleResult();
    assertThat(dissent).isWaitingAt("ReviewConferenceDissent");
    assertThat(engine.getRuntimeService().getVariable(dissent.getId(), "raisingAgency")).isEqualTo("education");
    assertThat(engine.getRuntimeService().getVariable(dissent.getId(), "disagreementIssue").toString())
        .contains("review child protection conference of 2027-03-25", "continuePlan");
    assertThat(plan).isWaitingAt("CoreGroupsAndVisits", "ReviewChildProtectionConference", "PlanOpenTooLong");
  }

  @Test
  void rcpc05_theThirdReviewFindingNoChangeRequestsALegalGatewayMeetingAndThePlanGoesOn() {
    Map<String, Object> noChange = ConferenceScenario.reviewRecord("continuePlan", "continuePlan", "continuePlan", "continuePlan");
    noChange.put("changesRealised", false);
    noChange.put("riskTrend", "unchanged");
    clockAt("2027-02-01T10:00");
    child.holdReview("2027-02-01", noChange);
    assertThat(child.tasks("HoldLegalGatewayMeeting")).isEmpty();
    clockAt("2027-03-01T10:00");
    child.holdReview("2027-03-01", noChange);
    assertThat(child.tasks("HoldLegalGatewayMeeting")).isEmpty();
    clockAt("2027-04-01T10:00");
    child.holdReview("2027-04-01", noChange);

    Task gateway = child.task("HoldLegalGatewayMeeting");
    assertThat(candidateGroups(gateway)).containsExactlyInAnyOrder("legal", "csc-service-manager");
    // Before the next review, six months after the third.
    assertThat(londonDateTime(gateway.getDueDate())).isEqualTo("2027-10-01T23:59:59");
    assertThat(child.task("ConveneReviewConference")).isNotNull();
    assertThatThrownBy(() -> engine.getTaskService().complete(gateway.getId(), Map.of("legalMeetingDate", "2027-04-08")))
        .hasMessageContaining("RCPC-05 legalGatewayDecision")
        .hasMessageContaining("RCPC-05 legalGatewayRationale");
    clockAt("2027-04-08T10:00");
    engine.getTaskService().complete(gateway.getId(), Map.of("legalMeetingDate", "2027-04-08",
        "legalGatewayDecision", "preProceedings", "legalGatewayRationale", "No change after three reviews; letter before proceedings"));
    assertThat(plan).hasPassed("LegalGatewayMeetingHeld");
  }

  @Test
  void rcpc08_aPlanOpenLongerThanTheProfilesLimitRequestsLegalPlanningBeforeAThirdReview() {
    clockAt("2028-07-04T12:00");
    fireEveryDueTimer();
    assertThat(child.tasks("HoldLegalPlanningMeeting")).isEmpty();
    clockAt("2028-07-05T00:00");
    fireEveryDueTimer();

    Task planning = child.task("HoldLegalPlanningMeeting");
    assertThat(candidateGroups(planning)).containsExactlyInAnyOrder("legal", "csc-service-manager");
    clockAt("2028-07-10T10:00");
    engine.getTaskService().complete(planning.getId(), Map.of("legalMeetingDate", "2028-07-10",
        "legalGatewayDecision", "issueCareProceedings", "legalGatewayRationale", "Eighteen months without sustained change"));
    assertThat(plan).hasPassed("LegalPlanningMeetingHeld");
  }

  @Test
  void rcpc06_aChildWhoBecomesLookedAfterMayHaveThePlanEndedOutsideConferenceWhereverThePlanIsWaiting() {
    clockAt("2027-03-10T10:00");
    child.complete("ConveneReviewConference", Map.of("reviewConferenceDate", "2027-04-01",
        "reviewAgencies", String.join(",", ConferenceScenario.AGENCIES)));
    // The plan is waiting in a review conference for reports, a core group and a visit.
    lookedAfter();
    Task decide = child.task("DecideOnDualProcess");
    assertThat(candidateGroups(decide)).containsExactly("cp-chair");
    assertThatThrownBy(() -> engine.getTaskService().complete(decide.getId(), Map.of("dualProcessDecision", "endPlan")))
        .hasMessageContaining("RCPC-06 dualProcessRationale");
    engine.getTaskService().complete(decide.getId(), Map.of("dualProcessDecision", "continuePlan",
        "dualProcessRationale", "Placement with the grandmother is not yet settled; review at conference"));
    assertThat(child.tasks("ProvideReviewReport")).hasSize(3);
    assertThat(child.coreGroupTask()).isNotNull();

    lookedAfter();
    engine.getTaskService().complete(child.task("DecideOnDualProcess").getId(), Map.of("dualProcessDecision", "endPlan",
        "dualProcessRationale", "Interim care order; the care plan and looked after reviews keep Amy safe"));
    child.runSystemSteps();

    assertThat(plan).isEnded().hasPassed("PlanEndedOutsideConference", "PlanEndedChildLookedAfter");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(child.caseReference).list()).isEmpty();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(ChildInNeedPlanProcess.KEY)
        .processInstanceBusinessKey(child.caseReference).count()).isZero();
    assertThat(historicVariable(plan.getId(), "childProtectionPlanEndedDate")).isEqualTo("2027-03-10");
  }

  @Test
  void rcpc06_recordingThatTheChildBecameLookedAfterGivesTheChairTheDualProcessDecision() {
    clockAt("2027-03-10T10:00");
    Map<String, Object> record = new java.util.HashMap<>(Map.of("caseReference", child.caseReference, "childName", "Amy Test",
        "childDateOfBirth", "2018-05-14", "lookedAfterSince", "2027-03-10", "legalStatus", "C1",
        "admission", "emergency", "placementType", "U6", "placementStartDate", "2027-03-10",
        "placementLongTerm", "false", "placementAddress", "Mrs Green, 4 Oak Road"));
    record.put("involvedAgencies", new ArrayList<>(List.of("health", "education")));
    record.putAll(Map.of("placementProvider", "PR1", "placementPostcode", "M1 1AE", "homePostcode", "M14 5RB",
        "unaccompaniedAsylumSeeking", false, "primaryNeed", "N1"));
    engine.getIdentityService().setAuthentication("sarah", List.of("csc-social-worker"));
    try {
      engine.getRuntimeService().startProcessInstanceByKey(uk.safeguarding.lookedafter.LookedAfterChildProcess.KEY, record);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }

    Task decide = child.task("DecideOnDualProcess");
    assertThat(candidateGroups(decide)).containsExactly("cp-chair");
    assertThat(engine.getRuntimeService().getVariable(plan.getId(), "legalStatus")).isEqualTo("C1");
    assertThat(plan).isNotEnded();
  }

  private void lookedAfter() {
    var result = engine.getRuntimeService().createMessageCorrelation(ChildProtectionPlanProcess.CHILD_BECAME_LOOKED_AFTER)
        .processInstanceBusinessKey(child.caseReference).setVariable("lookedAfterSince", "2027-03-10")
        .setVariable("legalStatus", "C1").correlateAllWithResult();
    assertThat(result).hasSize(1);
  }

  private Object historicVariable(String processInstanceId, String name) {
    var variable = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableName(name).singleResult();
    return variable == null ? null : variable.getValue();
  }

  /**
   * No step waits for ever on a day that has passed (issue 18). RA-01 childProtection (seed 004
   * "Re-assessment Timeframes": "every 9 months"): from the conference of Monday 4 January 2027 the
   * reassessment is due Monday 4 October 2027. Done on Friday 8 October it is taken, one RA-01 breach is on
   * the case, and the next counts from the day it was done: Saturday 8 July 2028 (a calendar date).
   */
  @Test
  void ra01_aReassessmentDoneAfterItsDueDayIsTakenAndIsOneBreach() {
    clockAt("2027-10-05T00:00");
    fireEveryDueTimer();
    assertThat(breachRules()).filteredOn("RA-01"::equals).hasSize(1);

    clockAt("2027-10-08T10:00");
    child.complete("ReassessChildOnPlan", reassessment("2027-10-08"));
    fireEveryDueTimer();

    assertThat(breachRules()).filteredOn("RA-01"::equals).hasSize(1);
    assertThat(londonDateTime(child.task("ReassessChildOnPlan").getDueDate())).isEqualTo("2028-07-08T23:59:59");
  }

  /**
   * No step waits for ever on a day that has passed (issue 18). CG-01 (seed 004 "Child Protection Plans":
   * the first core group "within 10 working days of the ICPC"): from Monday 4 January 2027, by Monday 18
   * January. Held on Thursday 21 January it is taken and recorded; one CG-01 breach.
   */
  @Test
  void cg01_aFirstCoreGroupHeldAfterItsDueDayIsTakenAndIsOneBreach() {
    clockAt("2027-01-19T08:00");
    fireEveryDueTimer();
    assertThat(breachRules()).filteredOn("CG-01"::equals).hasSize(1);

    clockAt("2027-01-21T15:00");
    child.holdCoreGroup(ConferenceScenario.coreGroup("2027-01-21"));
    fireEveryDueTimer();

    assertThat(breachRules()).filteredOn("CG-01"::equals).hasSize(1);
    assertThat(dayOf(child.coreGroupTask())).as("the next core group counts from this one").isAfter(LocalDate.of(2027, 1, 21));
  }
}
