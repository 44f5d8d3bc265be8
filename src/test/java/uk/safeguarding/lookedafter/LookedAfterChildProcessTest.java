package uk.safeguarding.lookedafter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import uk.safeguarding.childcase.ChildCaseProcess;
import uk.safeguarding.gates.GateRefusedException;
import uk.safeguarding.breaches.StandardsBreach;

/**
 * A child of eight becomes looked after on Monday 21 December 2026, in a planned foster placement
 * meant to last until 18, with health and the school involved. The dates cross Christmas (25 and 28
 * December are bank holidays) and New Year.
 */
class LookedAfterChildProcessTest extends LookedAfterChildComesIntoCare {

  ProcessInstance lookedAfter() {
    return child.start(child.becameLookedAfter(BORN, SINCE));
  }

  String due(String taskKey) {
    return londonDateTime(child.task(taskKey).getDueDate());
  }

  @Test
  void lac01_lac02_lac03_lac04_lac06_lac07_lac14_lac15_lac16_becomingLookedAfterStartsEveryClockForTheRightAgencyOnTheRightDay() {
    ProcessInstance main = lookedAfter();

    assertThat(main.getBusinessKey()).isEqualTo(child.caseReference);
    assertThat(child.runningProcessKeys()).containsExactlyInAnyOrder("LookedAfterChild", "LookedAfterReviews",
        "LookedAfterHealth", "PersonalEducationPlans", "PlacementAndVisits", "CarePlanning", "PathwayPlanning");
    assertThat(engine.getRuntimeService().getVariable(main.getId(), "lookedAfterRecordedBy")).isEqualTo("sarah");

    assertThat(candidateGroups(child.task("AllocateIro"))).containsExactly("iro");
    assertThat(due("AllocateIro")).as("LAC-01: 2 working days").isEqualTo("2026-12-23T23:59:59");
    assertThat(child.tasks("NoteLegalStatus")).as("LAC-02: one for each involved agency")
        .extracting(task -> candidateGroups(task).get(0)).containsExactlyInAnyOrder("health", "education");
    assertThat(child.tasks("NoteLegalStatus")).extracting(task -> londonDateTime(task.getDueDate()))
        .containsOnly("2026-12-30T23:59:59");
    assertThat(due("WritePlacementPlan")).as("LAC-03: 5 working days of the placement").isEqualTo("2026-12-30T23:59:59");
    assertThat(due("NotifyPlacement")).as("LAC-15: 5 working days").isEqualTo("2026-12-30T23:59:59");
    assertThat(due("MakeStatutoryVisit")).as("LAC-16: within a week").isEqualTo("2026-12-28T23:59:59");
    assertThat(due("WriteCarePlan")).as("LAC-14: 10 working days").isEqualTo("2027-01-07T23:59:59");
    assertThat(candidateGroups(child.task("CompleteInitialHealthAssessment"))).containsExactly("health");
    assertThat(due("CompleteInitialHealthAssessment")).as("LAC-04: 20 working days").isEqualTo("2027-01-21T23:59:59");
    assertThat(candidateGroups(child.task("WritePersonalEducationPlan"))).containsExactlyInAnyOrder("education", "virtual-school");
    assertThat(due("WritePersonalEducationPlan")).as("LAC-06: 20 school days").isEqualTo("2027-01-21T23:59:59");
    assertThat(candidateGroups(child.task("ScheduleReview"))).containsExactly("iro");
    assertThat(engine.getTaskService().getVariable(child.task("ScheduleReview").getId(), "reviewDueBy"))
        .as("LAC-07: the first review within 20 working days").isEqualTo("2027-01-21");
    assertThat(child.tasks("AssessAfterEmergencyAdmission")).as("a planned admission").isEmpty();
    assertThat(breaches.forCase(child.caseReference)).isEmpty();
  }

  @Test
  void lac01_lac02_lac03_aRecordWithoutTheLegalStatusAPlacementBeforeCareOrAnUnknownAgencyIsRefusedAndNothingStarts() {
    Map<String, Object> record = child.becameLookedAfter(BORN, SINCE);
    record.remove("legalStatus");
    record.put("placementStartDate", "2026-12-18");
    record.put("involvedAgencies", new ArrayList<>(List.of("health", "the-moon")));
    record.put("placementLongTerm", "");

    assertThatThrownBy(() -> child.start(record))
        .isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("LAC-02 legalStatus: must be one of")
        .hasMessageContaining("LAC-03 placementStartDate: cannot be before the day the child became looked after (21/12/2026)")
        .hasMessageContaining("LAC-02 involvedAgencies: 'the-moon' is not one of")
        .hasMessageContaining("LAC-16 placementLongTerm");
    assertThat(child.runningProcessKeys()).isEmpty();
  }

  @Test
  void lac01_aChildAlreadyLookedAfterIsNotRecordedTwice() {
    lookedAfter();
    assertThatThrownBy(this::lookedAfter).isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("LAC-01 caseReference: the child with case reference " + child.caseReference + " is already looked after");
  }

  @Test
  void lac12_anEmergencyAdmissionStartsAChildAndFamilyAssessmentDueIn45WorkingDays() {
    Map<String, Object> record = child.becameLookedAfter(BORN, SINCE);
    record.put("admission", "emergency");
    child.start(record);

    assertThat(candidateGroups(child.task("AssessAfterEmergencyAdmission"))).containsExactly("csc-social-worker");
    assertThat(due("AssessAfterEmergencyAdmission")).isEqualTo("2027-02-25T23:59:59");
    assertThatThrownBy(() -> engine.getTaskService().complete(child.task("AssessAfterEmergencyAdmission").getId(), Map.of()))
        .hasMessageContaining("LAC-12 emergencyAssessmentCompletedOn").hasMessageContaining("LAC-12 emergencyAssessmentOutcome");
    child.complete(child.task("AssessAfterEmergencyAdmission"));
    assertThat(child.tasks("AssessAfterEmergencyAdmission")).isEmpty();
  }

  @Test
  void lac01_lac17_anIroNotAllocatedInTwoWorkingDaysIsABreachAndNotAppointedInFiveIsAnother() {
    lookedAfter();

    clockAt("2026-12-23T22:00");
    child.fireDueTimers();
    assertThat(breaches.forCase(child.caseReference)).isEmpty();
    clockAt("2026-12-24T08:00");
    child.fireDueTimers();
    assertThat(breaches.forCase(child.caseReference)).extracting(StandardsBreach::ruleId).containsExactly("LAC-01");
    clockAt("2026-12-30T12:00");
    child.fireDueTimers();
    child.complete(child.task("WritePlacementPlan"));
    child.complete(child.task("NotifyPlacement"));
    child.tasks("NoteLegalStatus").forEach(child::complete);
    clockAt("2026-12-31T08:00");
    child.fireDueTimers();
    assertThat(breaches.forCase(child.caseReference)).extracting(StandardsBreach::ruleId)
        .contains("LAC-01", "LAC-17", "LAC-16").doesNotContain("LAC-03", "LAC-15");
    assertThat(child.tasks("AllocateIro")).as("the IRO still has to be allocated").hasSize(1);
    assertThat(child.tasks("ReviewStandardsBreach")).isNotEmpty();
  }

  @Test
  void lac01_theAllocatedIrosNameIsOnTheCase() {
    ProcessInstance main = lookedAfter();
    assertThatThrownBy(() -> engine.getTaskService().complete(child.task("AllocateIro").getId(), Map.of("iroAllocatedOn", "2026-12-31")))
        .hasMessageContaining("LAC-01 iroName").hasMessageContaining("LAC-01 iroAllocatedOn: cannot be in the future");
    child.complete(child.task("AllocateIro"));
    assertThat(engine.getRuntimeService().getVariable(main.getId(), "iroName")).isEqualTo("Ian Rowe");
    assertThat(engine.getTaskService().getVariable(child.task("CompleteInitialHealthAssessment").getId(), "iroName"))
        .as("every form of the pathway shows the IRO").isEqualTo("Ian Rowe");
  }

  @Test
  void lac07_lac08_lac17_eachReviewIsPreparedByTheIroTheSocialWorkerAndEveryAgencyAndTheNextCountsFromIt() {
    lookedAfter();
    Task schedule = child.task("ScheduleReview");

    assertThatThrownBy(() -> engine.getTaskService().complete(schedule.getId(), Map.of("reviewDate", "2027-01-22")))
        .hasMessageContaining("LAC-07 reviewDate: review 1 is due by 21/01/2027; set a date on or before it");
    engine.getTaskService().complete(schedule.getId(), Map.of("reviewDate", "2027-01-20"));

    assertThat(candidateGroups(child.task("SpeakWithSocialWorker"))).containsExactly("iro");
    assertThat(due("SpeakWithSocialWorker")).as("LAC-17: 15 working days before").isEqualTo("2026-12-29T23:59:59");
    assertThat(candidateGroups(child.task("SendSocialWorkerReport"))).containsExactly("csc-social-worker");
    assertThat(due("SendSocialWorkerReport")).as("LAC-08: 2 working days before").isEqualTo("2027-01-18T23:59:59");
    assertThat(child.tasks("ReturnReviewConsultation")).extracting(task -> candidateGroups(task).get(0))
        .containsExactlyInAnyOrder("health", "education");
    assertThat(child.tasks("ReturnReviewConsultation")).extracting(task -> londonDateTime(task.getDueDate()))
        .as("LAC-08, LAC-17: reports 3 working days before").containsOnly("2027-01-15T23:59:59");
    assertThat(due("HoldReview")).as("LAC-07: by the day it is due").isEqualTo("2027-01-21T23:59:59");

    clockAt("2027-01-14T10:00");
    Task health = child.tasks("ReturnReviewConsultation").stream().filter(t -> candidateGroups(t).contains("health")).findFirst().orElseThrow();
    assertThatThrownBy(() -> engine.getTaskService().complete(health.getId(), Map.of()))
        .hasMessageContaining("LAC-08 reviewConsultation");
    child.complete(health);
    clockAt("2027-01-20T16:00");
    assertThatThrownBy(() -> engine.getTaskService().complete(child.task("HoldReview").getId(), Map.of("reviewHeldOn", "2027-01-20")))
        .hasMessageContaining("LAC-07 reviewDecisions").hasMessageContaining("LAC-07 childViewsHeard")
        .hasMessageContaining("LAC-07 childParticipation");
    assertThat(engine.getTaskService().getVariable(child.task("HoldReview").getId(), "reviewConsultations").toString())
        .as("the IRO reads the consultations").contains("Health").contains("Attending regularly");
    child.complete(child.task("HoldReview"));

    assertThat(child.tasks("SpeakWithSocialWorker")).as("holding the review ends its open preparation").isEmpty();
    assertThat(child.tasks("ReturnReviewConsultation")).isEmpty();
    Task next = child.task("ScheduleReview");
    assertThat(engine.getTaskService().getVariable(next.getId(), "reviewDueBy")).as("LAC-07: the second within 3 months of the first")
        .isEqualTo("2027-04-20");
    assertThat(engine.getTaskService().getVariable(next.getId(), "reviewConsultations")).as("the next review's are its own").isNull();
  }

  /**
   * Seed 004 "Care Plans and Care Planning": reports are "available to the IRO 48 hours prior to a child's
   * review"; Manchester's profile reads LAC-17 reportsBefore as 2 working days counted back from the review
   * day, where national keeps the IRO Handbook's 3. A review on Wednesday 20 January 2027: each agency's
   * consultation is due by Monday 18 January (national: Friday 15 January), the day the social worker's
   * report is due in every profile (LAC-08).
   */
  @Test
  void lac17_inManchesterEachAgencysConsultationReachesTheIroTwoWorkingDaysBeforeTheReview() {
    Map<String, Object> record = child.becameLookedAfter(BORN, SINCE);
    record.put("standardsProfile", "manchester");
    child.start(record);
    engine.getTaskService().complete(child.task("ScheduleReview").getId(), Map.of("reviewDate", "2027-01-20"));

    assertThat(child.tasks("ReturnReviewConsultation")).hasSize(2).extracting(task -> londonDateTime(task.getDueDate()))
        .containsOnly("2027-01-18T23:59:59");
    assertThat(due("SendSocialWorkerReport")).isEqualTo("2027-01-18T23:59:59");
  }

  List<StandardsBreach> lac07Breaches() {
    return breaches.forCase(child.caseReference).stream().filter(b -> "LAC-07".equals(b.ruleId())).toList();
  }

  /**
   * Seed 002 Standard 9: the statutory review "is held within 20 working days of the child or young
   * person first becoming cared for, then at 3 months and then 6 monthly intervals thereafter". Looked
   * after on Monday 21 December 2026, the 20th working day (25 and 28 December and 1 January are bank
   * holidays) is Thursday 21 January 2027. A review late is a breach; it is still held, and the next one
   * counts from the day it was: held on Wednesday 27 January, the second is due by 27 April 2027.
   */
  @Test
  void lac07_aReviewNotScheduledByItsDueDayCanStillBeScheduledAndIsABreach() {
    lookedAfter();
    assertThat(engine.getTaskService().getVariable(child.task("ScheduleReview").getId(), "reviewDueBy")).isEqualTo("2027-01-21");

    clockAt("2027-01-21T23:00");
    while (child.fireDueTimers() > 0) {
      // the other clocks that fell due meanwhile
    }
    assertThat(lac07Breaches()).as("the due day is not over").isEmpty();
    clockAt("2027-01-22T08:00");
    while (child.fireDueTimers() > 0) {
      // the review's due day is over and its date is not even set
    }
    assertThat(lac07Breaches()).as("the manager hears of it while the date is still unset").singleElement()
        .satisfies(breach -> {
          assertThat(breach.breachedStep()).isEqualTo("Hold the looked after review");
          assertThat(londonDateTime(Date.from(breach.dueAt().toInstant()))).isEqualTo("2027-01-21T23:59:59");
        });
    assertThat(child.tasks("ReviewStandardsBreach")).extracting(t -> engine.getTaskService().getVariable(t.getId(), "breachRuleId"))
        .contains("LAC-07");

    Task schedule = child.task("ScheduleReview");
    assertThatThrownBy(() -> engine.getTaskService().complete(schedule.getId(), Map.of("reviewDate", "2027-01-21")))
        .hasMessageContaining("LAC-07 reviewDate: cannot be in the past (21/01/2027)");
    engine.getTaskService().complete(schedule.getId(), Map.of("reviewDate", "2027-01-27"));
    while (child.fireDueTimers() > 0) {
      // the review's own timer was due on 21 January: it fires at once, for the breach already on record
    }
    assertThat(lac07Breaches()).as("one late review, one breach").hasSize(1);

    clockAt("2027-01-27T15:00");
    child.complete(child.task("HoldReview"));
    assertThat(engine.getTaskService().getVariable(child.task("ScheduleReview").getId(), "reviewDueBy"))
        .as("the second review within 3 months of the first, as held").isEqualTo("2027-04-27");
    assertThat(lac07Breaches()).hasSize(1);
  }

  /**
   * Seed 002 Standard 9: the review "is held within 20 working days of the child or young person first
   * becoming cared for, then at 3 months". Looked after on Monday 21 December 2026, the first is due by
   * Thursday 21 January 2027. Set in time for Wednesday 20 January and postponed (Mia is ill) to Monday
   * 25 January, it is held late: LAC-07, recorded on the held day even before any timer has run, and once.
   * The second counts from the day it was held: by Sunday 25 April 2027 (20 April from the day set).
   */
  @Test
  void lac07_aReviewPostponedPastItsDueDayIsABreachOnTheDayItWasHeldAndTheNextCountsFromIt() {
    lookedAfter();
    engine.getTaskService().complete(child.task("ScheduleReview").getId(), Map.of("reviewDate", "2027-01-20"));
    Task hold = child.task("HoldReview");
    assertThat(engine.getTaskService().getVariable(hold.getId(), "reviewHeldOn"))
        .as("the IRO's form expects it on the day set").isEqualTo("2027-01-20");

    clockAt("2027-01-25T15:00");
    Map<String, Object> held = new java.util.HashMap<>(Map.of("reviewHeldOn", "2027-01-25", "childViewsHeard", true,
        "childParticipation", "PN1", "reviewDecisions", "Plan continues; contact with mother increases to weekly"));
    assertThatThrownBy(() -> engine.getTaskService().complete(hold.getId(), held))
        .hasMessageContaining("LAC-07 reviewPostponedReason: it was set for 20/01/2027 and held on 25/01/2027: say why it was postponed");
    held.put("reviewPostponedReason", "Mia had chickenpox; the review waited so that she could take part");
    engine.getTaskService().complete(hold.getId(), held);

    assertThat(lac07Breaches()).singleElement().satisfies(breach -> {
      assertThat(breach.breachedStep()).isEqualTo("Hold the looked after review");
      assertThat(londonDateTime(Date.from(breach.dueAt().toInstant()))).isEqualTo("2027-01-21T23:59:59");
      assertThat(breach.detail()).contains("Held on 2027-01-25").contains("chickenpox");
    });
    assertThat(engine.getTaskService().getVariable(child.task("ScheduleReview").getId(), "reviewDueBy"))
        .as("the second within 3 months of the first, as held").isEqualTo("2027-04-25");
    engine.getTaskService().complete(child.task("ScheduleReview").getId(), Map.of("reviewDate", "2027-04-22"));
    Task next = child.task("HoldReview");
    assertThat(engine.getTaskService().getVariable(next.getId(), "reviewHeldOn")).isEqualTo("2027-04-22");
    assertThat(engine.getTaskService().getVariable(next.getId(), "reviewPostponedReason"))
        .as("the next review is not postponed by this one's reason").isNull();
  }

  /**
   * Seed 002 Standard 9 (the first review "within 20 working days"): looked after on Monday 21 December
   * 2026, the first review is due by Thursday 21 January 2027. Set in time for Wednesday 20 January, it is
   * not held: at 23:00 on the 21st nothing is recorded; once the day is over the team manager hears of it
   * (the LAC-07 timer of "Hold the looked after review"), while the IRO's record is still open. Held on
   * Monday 25 January and recorded with its reason, it is the same late review: one LAC-07 breach.
   */
  @Test
  void lac07_aReviewNotHeldByItsDueDayIsABreachWhenTheDayEndsAndStaysOneWhenRecordedLate() {
    lookedAfter();
    engine.getTaskService().complete(child.task("ScheduleReview").getId(), Map.of("reviewDate", "2027-01-20"));

    clockAt("2027-01-21T23:00");
    while (child.fireDueTimers() > 0) {
      // the other clocks that fell due meanwhile
    }
    assertThat(lac07Breaches()).as("the due day is not over").isEmpty();
    clockAt("2027-01-22T08:00");
    while (child.fireDueTimers() > 0) {
      // the review's due day is over
    }
    assertThat(lac07Breaches()).singleElement().satisfies(breach -> {
      assertThat(breach.breachedStep()).isEqualTo("Hold the looked after review");
      assertThat(londonDateTime(Date.from(breach.dueAt().toInstant()))).isEqualTo("2027-01-21T23:59:59");
    });
    assertThat(child.tasks("HoldReview")).hasSize(1);

    clockAt("2027-01-25T15:00");
    Map<String, Object> held = new HashMap<>(Map.of("reviewHeldOn", "2027-01-25", "childViewsHeard", true,
        "childParticipation", "PN1", "reviewDecisions", "Plan continues", "reviewPostponedReason", "Mia had chickenpox"));
    engine.getTaskService().complete(child.task("HoldReview").getId(), held);
    while (child.fireDueTimers() > 0) {
      // nothing new is late
    }

    assertThat(lac07Breaches()).hasSize(1);
    assertThat(engine.getTaskService().getVariable(child.task("ScheduleReview").getId(), "reviewDueBy"))
        .as("the second review counts from the day held").isEqualTo("2027-04-25");
  }

  /**
   * The same review, its date set late before any timer has run (the job executor is behind, or the IRO
   * sets it in the first minutes of the next day): the gate records the breach itself, and the timers
   * that run afterwards add nothing.
   */
  @Test
  void lac07_aReviewDateSetAfterTheDueDayIsOnRecordAsLateBeforeAnyTimerHasRun() {
    lookedAfter();
    clockAt("2027-01-25T09:00");

    engine.getTaskService().complete(child.task("ScheduleReview").getId(), Map.of("reviewDate", "2027-01-28"));

    assertThat(lac07Breaches()).singleElement().satisfies(breach -> {
      assertThat(breach.breachedStep()).isEqualTo("Hold the looked after review");
      assertThat(breach.detail()).isEqualTo("Review 1 was due by 2027-01-21 and is set for 2027-01-28");
    });
    while (child.fireDueTimers() > 0) {
      // every clock that fell due meanwhile, the review's LAC-07 timer among them
    }
    assertThat(lac07Breaches()).hasSize(1);
    assertThat(child.tasks("HoldReview")).as("the review goes ahead").hasSize(1);
  }

  Map<String, Object> placedOnMondayFourthOfJanuary(String profile) {
    Map<String, Object> record = child.becameLookedAfter(BORN, SINCE);
    record.put("placementStartDate", "2027-01-04");
    record.put("standardsProfile", profile);
    return record;
  }

  List<String> lac04AndLac06Breaches() {
    return breaches.forCase(child.caseReference).stream().map(StandardsBreach::ruleId)
        .filter(rule -> rule.equals("LAC-04") || rule.equals("LAC-06")).toList();
  }

  /**
   * Seed 004, "Health Assessments": "initial health assessments within 5 days of placement"; "Personal
   * Education Plans": "a Personal Education Plan (PEP) meeting with the school within 5 days of
   * placement". Manchester's profile reads both as 5 working (school) days from the start of the
   * placement. Mia is looked after from Monday 21 December 2026 and placed on Monday 4 January 2027: the
   * 5th working day after the placement is Monday 11 January. Counted from becoming looked after it
   * would be Wednesday 30 December (25 and 28 December are bank holidays), before Mia was even placed.
   */
  @Test
  void lac04_lac06_inManchesterTheHealthAssessmentAndThePepCountFromThePlacementNotFromBecomingLookedAfter() {
    child.start(placedOnMondayFourthOfJanuary("manchester"));

    assertThat(due("CompleteInitialHealthAssessment")).as("LAC-04: 5 working days of the placement").isEqualTo("2027-01-11T23:59:59");
    assertThat(due("WritePersonalEducationPlan")).as("LAC-06: 5 school days of the placement").isEqualTo("2027-01-11T23:59:59");
    clockAt("2027-01-11T23:00");
    while (child.fireDueTimers() > 0) {
      // the other clocks that fell due meanwhile
    }
    assertThat(lac04AndLac06Breaches()).isEmpty();
    clockAt("2027-01-12T00:00");
    child.fireDueTimers();
    assertThat(lac04AndLac06Breaches()).containsExactlyInAnyOrder("LAC-04", "LAC-06");
  }

  /**
   * National statutory guidance (standards.md 3.7 LAC-04, LAC-06): the initial health assessment within
   * 20 working days and the PEP within 20 school days of the child becoming looked after, whenever the
   * placement starts: from Monday 21 December 2026, Thursday 21 January 2027.
   */
  @Test
  void lac04_lac06_nationallyTheHealthAssessmentAndThePepCountFromBecomingLookedAfterWhateverDayThePlacementStarts() {
    child.start(placedOnMondayFourthOfJanuary("national"));

    assertThat(due("CompleteInitialHealthAssessment")).isEqualTo("2027-01-21T23:59:59");
    assertThat(due("WritePersonalEducationPlan")).isEqualTo("2027-01-21T23:59:59");
  }

  @Test
  void lac05_anAssessmentOfAChildOf4To16WithoutTheCarersSdqIsRefused() {
    lookedAfter();
    Task assessment = child.task("CompleteInitialHealthAssessment");
    assertThatThrownBy(() -> engine.getTaskService().complete(assessment.getId(),
        Map.of("healthAssessmentOn", "2026-12-21", "healthPlan", "Fine", "sdqScore", 57)))
        .isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("LAC-05 sdqScore: the carer's SDQ total difficulties score (0 to 40) is required from age 4 to 16");
    child.complete(assessment);
    assertThat(due("CompleteReviewHealthAssessment")).as("LAC-05: 12 months from 5").isEqualTo("2027-12-21T23:59:59");
  }

  Map<String, Object> change(String kind) {
    Map<String, Object> v = new HashMap<>();
    v.put("changeKind", kind);
    v.put("changeDescription", "Carers are retiring; Mia moves to her aunt's");
    return v;
  }

  @Test
  void lac09_aSignificantChangeIsAgreedWithTheIroBeforeItTakesEffectAndNewCarersStartThePlacementClocksAgain() {
    lookedAfter();
    child.complete(child.task("AllocateIro"));
    Map<String, Object> past = change("significantChange");
    past.put("changeAreas", new ArrayList<>(List.of("carers")));
    past.put("changeTakesEffectOn", "2026-12-18");
    assertThatThrownBy(() -> child.report(past)).isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("LAC-09 changeTakesEffectOn: a significant change is agreed with the IRO before it takes effect")
        .hasMessageContaining("LAC-09 newPlacementType").hasMessageContaining("LAC-09 newPlacementLongTerm");

    Map<String, Object> move = change("significantChange");
    move.put("changeAreas", new ArrayList<>(List.of("carers", "school")));
    move.put("changeTakesEffectOn", "2027-01-11");
    move.put("newPlacementType", "U3");
    move.put("newPlacementLongTerm", "false");
    move.put("reasonForNewEpisode", "P");
    move.put("newPlacementProvider", "PR1");
    move.put("newPlacementPostcode", "M16 7RX");
    move.put("reasonPlaceChange", "CARPL");
    ProcessInstance report = child.report(move);

    Task agree = child.task("AgreeSignificantChange");
    assertThat(candidateGroups(agree)).containsExactly("iro");
    assertThat(londonDateTime(agree.getDueDate())).as("LAC-09: the working day before it takes effect").isEqualTo("2027-01-08T23:59:59");
    assertThat(engine.getTaskService().getVariable(agree.getId(), "iroName")).as("what the case knows").isEqualTo("Ian Rowe");
    assertThat(engine.getTaskService().getVariable(agree.getId(), "childName")).isEqualTo("Mia Test");
    child.complete(agree);

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(report.getId()).singleResult()
        .getEndActivityId()).isEqualTo("ChangeAgreedWithNewCarers");
    assertThat(due("WritePlacementPlan")).as("LAC-03 for the new placement").isEqualTo("2027-01-18T23:59:59");
    assertThat(due("MakeStatutoryVisit")).as("LAC-16 first visit of the new placement").isEqualTo("2027-01-18T23:59:59");
    assertThat(child.tasks("NotifyPlacement")).hasSize(1);
  }

  @Test
  void lac09_aChangeTheIroDoesNotAgreeLeavesThePlacementAsItWas() {
    lookedAfter();
    Map<String, Object> contact = change("significantChange");
    contact.put("changeAreas", "contact");
    contact.put("changeTakesEffectOn", "2027-01-11");
    ProcessInstance report = child.report(contact);
    assertThatThrownBy(() -> engine.getTaskService().complete(child.task("AgreeSignificantChange").getId(), Map.of("iroAgreesChange", "maybe")))
        .hasMessageContaining("LAC-09 iroAgreesChange").hasMessageContaining("LAC-09 iroComments");
    engine.getTaskService().complete(child.task("AgreeSignificantChange").getId(), Map.of("iroAgreesChange", "false", "iroComments", "Not yet"));

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(report.getId()).singleResult()
        .getEndActivityId()).isEqualTo("ChangeNotAgreed");
    assertThat(due("WritePlacementPlan")).isEqualTo("2026-12-30T23:59:59");
  }

  @Test
  void lac09_aSignificantChangeNotAgreedBeforeItTakesEffectIsABreach() {
    lookedAfter();
    Map<String, Object> school = change("significantChange");
    school.put("changeAreas", "school");
    school.put("changeTakesEffectOn", "2027-01-11");
    child.report(school);
    clockAt("2027-01-09T08:00");
    child.fireDueTimers();
    assertThat(breaches.forCase(child.caseReference)).extracting(StandardsBreach::ruleId).contains("LAC-09");
  }

  @Test
  void lac09_anUnplannedEventIsReportedToTheIro() {
    lookedAfter();
    Map<String, Object> event = change("unplannedEvent");
    event.put("eventOn", "2026-12-21");
    child.report(event);
    Task note = child.task("NoteUnplannedEvent");
    assertThat(candidateGroups(note)).containsExactly("iro");
    assertThat(londonDateTime(note.getDueDate())).isEqualTo("2026-12-22T23:59:59");
    child.complete(note);
    assertThat(child.tasks("NoteUnplannedEvent")).isEmpty();
  }

  @Test
  void lac10_anUnplannedEndOfPlacementBringsADisruptionMeetingDecisionAReassessmentAndTheNewPlacementsClocks() {
    lookedAfter();
    clockAt("2027-01-04T10:00");
    Map<String, Object> ending = change("placementEnded");
    ending.put("eventOn", "2027-01-02");
    ending.put("newPlacementStartDate", "2027-01-02");
    ending.put("newPlacementType", "K2");
    ending.put("newPlacementLongTerm", false);
    ending.put("reasonForNewEpisode", "P");
    ending.put("newPlacementProvider", "PR4");
    ending.put("newPlacementPostcode", "M20 2LS");
    ending.put("reasonPlaceChange", "CREQB");
    child.report(ending);

    Task decide = child.task("DecideOnDisruptionMeeting");
    assertThat(candidateGroups(decide)).containsExactly("csc-team-manager");
    assertThat(londonDateTime(decide.getDueDate())).isEqualTo("2027-01-08T23:59:59");
    assertThat(candidateGroups(child.task("ReassessAfterPlacementEnded"))).containsExactly("csc-social-worker");
    assertThat(candidateGroups(child.task("NotePlacementEnding"))).containsExactly("iro");
    assertThatThrownBy(() -> engine.getTaskService().complete(decide.getId(), Map.of("holdDisruptionMeeting", true,
        "disruptionDecisionReasons", "Placement broke down"))).hasMessageContaining("LAC-10 disruptionMeetingDate");
    child.complete(decide);

    assertThat(due("NotifyPlacement")).as("LAC-15: 5 working days of the emergency placement").isEqualTo("2027-01-08T23:59:59");
    assertThat(due("MakeStatutoryVisit")).isEqualTo("2027-01-09T23:59:59");
  }

  @Test
  void lac16_ne01_aVisitThatDidNotSeeTheChildIsStillOwedAndStartsTheCasesSteppedApproach() {
    lookedAfter();
    ProcessInstance childCase = engine.getRuntimeService().startProcessInstanceByKey(ChildCaseProcess.KEY,
        child.caseReference, Map.of("caseReference", child.caseReference));
    Task visit = child.task("MakeStatutoryVisit");
    assertThatThrownBy(() -> engine.getTaskService().complete(visit.getId(), Map.of("visitOn", "2026-12-23",
        "visitNotes", "Nobody answered at the carers' home")))
        .hasMessageContaining("LAC-16 childSeen: answer 'Did you see the child?'");

    clockAt("2026-12-23T16:00");
    engine.getTaskService().complete(visit.getId(), Map.of("visitOn", "2026-12-23", "childSeen", false,
        "visitNotes", "Nobody answered at the carers' home; the carer says Mia was out with her mother"));

    // Still owed by the first visit's day (within a week of the placement on 21 December).
    assertThat(due("MakeStatutoryVisit")).isEqualTo("2026-12-28T23:59:59");
    assertThat(engine.getRuntimeService().getVariable(child.task("MakeStatutoryVisit").getProcessInstanceId(), "lastVisitOn"))
        .isNull();
    assertThat(task(childCase.getId(), ChildCaseProcess.Element.MakeFurtherAttempt.name()))
        .as("NE-01: the stepped approach's further attempt").isNotNull();

    // Seen at the next visit: the clock counts from it (the first year: every 6 weeks, LAC-16).
    clockAt("2026-12-24T10:00");
    engine.getTaskService().complete(child.task("MakeStatutoryVisit").getId(), Map.of("visitOn", "2026-12-24",
        "childSeen", true, "childSeenAlone", true, "visitNotes", "Mia showed me her room"));
    assertThat(engine.getRuntimeService().getVariable(child.task("MakeStatutoryVisit").getProcessInstanceId(), "lastVisitOn"))
        .isEqualTo("2026-12-24");
  }

  @Test
  void rec01_lac16_aVisitRecordedMoreThan24HoursAfterItIsTakenAndIsOneRec01Breach() {
    // Seed 004, "Case Recording": visits "are recorded promptly, within 24 hours of the event".
    lookedAfter();
    clockAt("2026-12-24T10:00"); // Thursday
    engine.getTaskService().complete(child.task("MakeStatutoryVisit").getId(), Map.of("visitOn", "2026-12-22",
        "childSeen", true, "childSeenAlone", true, "visitNotes", "Mia showed me her room"));

    assertThat(breachedRules(child.caseReference)).containsExactly("REC-01");
    assertThat(engine.getRuntimeService().getVariable(child.task("MakeStatutoryVisit").getProcessInstanceId(), "lastVisitOn"))
        .as("the visit counts: only its record is late").isEqualTo("2026-12-22");
  }

  @Test
  void lac09_aChangeForAChildWhoIsNotLookedAfterIsRefused() {
    Map<String, Object> event = change("unplannedEvent");
    event.put("eventOn", "2026-12-21");
    assertThatThrownBy(() -> child.report(event)).isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("LAC-09 caseReference: no child with case reference " + child.caseReference + " is looked after");
  }

  @Test
  void lac18_aChildWhoReturnsHomeLeavesCareAndEveryClockEndsWithTheReason() {
    ProcessInstance main = lookedAfter();
    clockAt("2027-02-01T10:00");
    Map<String, Object> home = change("leftCare");
    home.put("leftCareOn", "2027-02-01");
    home.put("leftCareReason", "E4A");
    child.report(home);

    assertThat(child.runningProcessKeys()).isEmpty();
    assertThat(child.tasks()).isEmpty();
    assertThat(child.timers()).isEmpty();
    var ended = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(main.getId()).singleResult();
    assertThat(ended.getEndActivityId()).isEqualTo("LeftCare");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(main.getId())
        .variableName("leftCareReason").singleResult().getValue()).isEqualTo("E4A");
  }

  @Test
  void lac18_aRestClientEndsEveryClockWithTheMessageChildLeftCare() {
    ProcessInstance main = lookedAfter();
    engine.getRuntimeService().createMessageCorrelation("ChildLeftCare").processInstanceBusinessKey(child.caseReference)
        .setVariable("leftCareReason", "E47").setVariable("leftCareOn", "2026-12-21").correlateAll();
    assertThat(child.runningProcessKeys()).isEmpty();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(main.getId())
        .variableName("leftCareReason").singleResult().getValue()).isEqualTo("E47");
  }

  @Test
  void lac15_aPlacementNotNotifiedInTimeIsABreachThatHealthEscalates() {
    lookedAfter();
    Task notice = child.task("NotifyPlacement");
    assertThatThrownBy(() -> engine.getTaskService().complete(notice.getId(), Map.of("placementNotifiedOn", "2026-12-21",
        "placementNotified", List.of("parents", "health"))))
        .hasMessageContaining("LAC-15 placementNotified: 'school' must be told of the placement")
        .hasMessageContaining("LAC-15 placementNotified: 'iro' must be told");
    clockAt("2026-12-31T08:00");
    child.fireDueTimers();

    assertThat(breaches.forCase(child.caseReference)).extracting(StandardsBreach::ruleId).contains("LAC-15", "LAC-03");
    ProcessInstance disagreement = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("ProfessionalDisagreement").processInstanceBusinessKey(child.caseReference).singleResult();
    assertThat(disagreement).as("ESC-01: health raises it").isNotNull();
    assertThat(engine.getRuntimeService().getVariable(disagreement.getId(), "raisingAgency")).isEqualTo("health");
    assertThat(engine.getRuntimeService().getVariable(disagreement.getId(), "breachRuleId")).isEqualTo("LAC-15");
  }

  @Test
  void rcpc06_aChildsWaitingProcessesHearThatTheChildBecameLookedAfterWithTheDayAndLegalStatus() {
    Deployment receiver = engine.getRepositoryService().createDeployment()
        .addClasspathResource("lookedafter/child-became-looked-after-test-receiver.bpmn").deploy();
    try {
      ProcessInstance plan = engine.getRuntimeService().startProcessInstanceByKey("ChildBecameLookedAfterTestReceiver", child.caseReference);
      ProcessInstance otherChild = engine.getRuntimeService().startProcessInstanceByKey("ChildBecameLookedAfterTestReceiver", "CR-SOMEONE-ELSE");

      ProcessInstance main = lookedAfter();

      assertThat(engine.getRuntimeService().getVariable(main.getId(), "otherProcessesTold")).isEqualTo(1);
      var heard = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(plan.getId()).singleResult();
      assertThat(heard.getEndActivityId()).isEqualTo("ReceiverEnd");
      Object since = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(plan.getId())
          .variableName("lookedAfterSince").singleResult().getValue();
      assertThat(since).isInstanceOf(Date.class);
      assertThat(londonDateTime((Date) since)).isEqualTo("2026-12-21T00:00");
      assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(plan.getId())
          .variableName("legalStatus").singleResult().getValue()).isEqualTo("C1");
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(otherChild.getId()).count())
          .as("another child's plan hears nothing").isEqualTo(1);
    } finally {
      engine.getRepositoryService().deleteDeployment(receiver.getId(), true);
    }
  }

  @Test
  void rcpc06_aChildWithNoOtherProcessBecomesLookedAfterAllTheSame() {
    ProcessInstance main = lookedAfter();
    assertThat(engine.getRuntimeService().getVariable(main.getId(), "otherProcessesTold")).isEqualTo(0);
  }

  @Test
  void lac11_lac14_lac18_aYoungPersonWhoComesIntoCareAt16HasThePathwayPlanWithTheCarePlanAndTheNeedsAssessmentOnceEligible() {
    child.dateOfBirth = java.time.LocalDate.parse("2010-11-02");
    child.start(child.becameLookedAfter("2010-11-02", SINCE));

    assertThat(child.tasks("StartPathwayPlan")).isEmpty();
    Task plan = child.task("StartPathwayPlanWithCarePlan");
    assertThat(candidateGroups(plan)).containsExactly("csc-social-worker");
    assertThat(londonDateTime(plan.getDueDate())).as("LAC-14: with the care plan").isEqualTo("2027-01-07T23:59:59");
    child.complete(plan);
    assertThat(due("ReviewPathwayPlan")).as("LAC-11: 6 months on").isEqualTo("2027-06-21T23:59:59");

    clockAt("2027-03-22T12:00");
    child.fireDueTimers();
    assertThat(child.tasks("AssessNeedsForPathwayPlan")).as("LAC-18: not eligible before 13 weeks in care").isEmpty();
    clockAt("2027-03-23T08:00");
    child.fireDueTimers();
    child.fireDueTimers();
    assertThat(due("AssessNeedsForPathwayPlan")).as("LAC-18: 3 months after becoming eligible, past 16")
        .isEqualTo("2027-06-22T23:59:59");

    clockAt("2027-06-23T08:00");
    child.fireDueTimers();
    assertThat(breaches.forCase(child.caseReference)).extracting(StandardsBreach::breachedStep)
        .contains("Review the pathway plan", "Assess the needs for the pathway plan");
  }

  @Test
  void lac03_lac04_lac06_lac07_lac08_lac12_lac14_lac15_lac16_lac17_everyTimescaleMissedIsABreachAndItsTaskStaysOpen() {
    Map<String, Object> record = child.becameLookedAfter(BORN, SINCE);
    record.put("admission", "emergency");
    child.start(record);
    engine.getTaskService().complete(child.task("ScheduleReview").getId(), Map.of("reviewDate", "2027-01-21"));

    clockAt("2027-01-22T08:00");
    while (child.fireDueTimers() > 0) {
      // a breach timer fired; run what follows from it
    }
    assertThat(breaches.forCase(child.caseReference)).extracting(StandardsBreach::ruleId).contains(
        "LAC-01", "LAC-03", "LAC-04", "LAC-06", "LAC-07", "LAC-08", "LAC-14", "LAC-15", "LAC-16", "LAC-17")
        .doesNotContain("LAC-12");
    assertThat(child.tasks("HoldReview")).hasSize(1);
    assertThat(child.tasks("CompleteInitialHealthAssessment")).hasSize(1);

    clockAt("2027-02-26T08:00");
    child.fireDueTimers();
    assertThat(breaches.forCase(child.caseReference)).extracting(StandardsBreach::ruleId).contains("LAC-12");
  }

  @Test
  void lac05_lac06_lac13_repeatingAssessmentsPlansAndReviewsMissedAreBreachesToo() {
    lookedAfter();
    child.complete(child.task("CompleteInitialHealthAssessment"));
    child.complete(child.task("WritePersonalEducationPlan"));
    child.complete(child.task("WriteCarePlan"));

    clockAt("2027-12-22T08:00");
    while (child.fireDueTimers() > 0) {
      // every clock that fell due since
    }
    assertThat(breaches.forCase(child.caseReference)).extracting(StandardsBreach::breachedStep).contains(
        "Complete the review health assessment", "Review the PEP", "Update the assessment behind the care plan");
  }

  @Test
  void lac09_aSignificantChangeOfContactAgreedByTheIroChangesNoPlacement() {
    lookedAfter();
    Map<String, Object> contact = change("significantChange");
    contact.put("changeAreas", List.of("contact"));
    contact.put("changeTakesEffectOn", "2027-01-11");
    ProcessInstance report = child.report(contact);
    child.complete(child.task("AgreeSignificantChange"));

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(report.getId()).singleResult()
        .getEndActivityId()).isEqualTo("ChangeAgreed");
    assertThat(due("WritePlacementPlan")).isEqualTo("2026-12-30T23:59:59");
  }

  /**
   * No step waits for ever on a day that has passed (issue 18), in the placement, health and education
   * clocks. Looked after and placed on Monday 21 December 2026: the placement plan is due by Wednesday 30
   * December (LAC-03, 5 working days), the initial health assessment and the PEP by Thursday 21 January 2027
   * (LAC-04, 20 working days; LAC-06, 20 school days). None is done; each is one breach once its day is
   * over. Done on Monday 25 January, each is taken, and each rule stays one breach.
   */
  @Test
  void lac03_lac04_lac06_stepsDoneAfterTheirDueDaysAreTakenAndEachIsOneBreach() {
    lookedAfter();
    clockAt("2027-01-22T08:00");
    while (child.fireDueTimers() > 0) {
      // every clock that fell due since
    }
    List<String> late = List.of("LAC-03", "LAC-04", "LAC-06");
    assertThat(breaches.forCase(child.caseReference)).extracting(StandardsBreach::ruleId).filteredOn(late::contains)
        .containsExactlyInAnyOrder("LAC-03", "LAC-04", "LAC-06");

    clockAt("2027-01-25T10:00");
    child.complete(child.task("WritePlacementPlan"));
    child.complete(child.task("CompleteInitialHealthAssessment"));
    child.complete(child.task("WritePersonalEducationPlan"));
    while (child.fireDueTimers() > 0) {
      // nothing new is late
    }

    assertThat(child.tasks("WritePlacementPlan")).isEmpty();
    assertThat(child.tasks("CompleteInitialHealthAssessment")).isEmpty();
    assertThat(child.tasks("WritePersonalEducationPlan")).isEmpty();
    assertThat(breaches.forCase(child.caseReference)).extracting(StandardsBreach::ruleId).filteredOn(late::contains)
        .containsExactlyInAnyOrder("LAC-03", "LAC-04", "LAC-06");
  }

  /**
   * No step waits for ever on a day that has passed (issue 18). LAC-09 (seed 004 "Care Plans and Care
   * Planning": a significant change agreed with the IRO before it takes effect): a change of school taking
   * effect on Monday 11 January 2027 is agreed by Friday 8 January. Agreed on Monday 11th it is taken and is
   * one LAC-09 breach.
   */
  @Test
  void lac09_aChangeAgreedAfterItsDueDayIsTakenAndIsOneBreach() {
    lookedAfter();
    Map<String, Object> school = change("significantChange");
    school.put("changeAreas", "school");
    school.put("changeTakesEffectOn", "2027-01-11");
    ProcessInstance report = child.report(school);
    clockAt("2027-01-09T08:00");
    child.fireDueTimers();

    clockAt("2027-01-11T10:00");
    child.complete(child.task("AgreeSignificantChange"));
    child.fireDueTimers();

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(report.getId()).singleResult()
        .getEndActivityId()).isEqualTo("ChangeAgreed");
    assertThat(breaches.forCase(child.caseReference)).extracting(StandardsBreach::ruleId).containsOnlyOnce("LAC-09");
  }

  /**
   * No step waits for ever on a day that has passed (issue 18), in the pathway plan. A young person born on
   * 1 March 2011 comes into care on Monday 21 December 2026, past 15 years 6 months (LAC-11), so the pathway
   * plan is written with the care plan, due with it (LAC-14, 10 working days: Thursday 7 January 2027).
   * Written on Monday 11 January it is taken, it is one breach of that step, and the plan is reviewed 6
   * months on (LAC-11 review): Sunday 11 July 2027.
   */
  @Test
  void lac11_lac14_aPathwayPlanWrittenAfterItsDueDayIsTakenAndIsOneBreach() {
    child.dateOfBirth = java.time.LocalDate.parse("2011-03-01");
    child.start(child.becameLookedAfter("2011-03-01", SINCE));
    assertThat(due("StartPathwayPlanWithCarePlan")).isEqualTo("2027-01-07T23:59:59");
    clockAt("2027-01-08T08:00");
    while (child.fireDueTimers() > 0) {
      // every clock that fell due since
    }

    clockAt("2027-01-11T10:00");
    child.complete(child.task("StartPathwayPlanWithCarePlan"));
    while (child.fireDueTimers() > 0) {
      // nothing new is late
    }

    assertThat(breaches.forCase(child.caseReference)).extracting(StandardsBreach::breachedStep)
        .containsOnlyOnce("Write the pathway plan with the care plan");
    assertThat(due("ReviewPathwayPlan")).isEqualTo("2027-07-11T23:59:59");
  }
}
