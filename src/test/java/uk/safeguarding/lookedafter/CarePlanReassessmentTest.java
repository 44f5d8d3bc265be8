package uk.safeguarding.lookedafter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.safeguarding.breaches.StandardsBreach;

/**
 * RA-01 with LAC-13: the assessment behind a looked after child's care plan is updated at the earlier of
 * LAC-13's year and the RA-01 interval of the child's current placement. Seed 004 "Re-assessment
 * Timeframes" (docs/sources/004_2dcb1acf10334a05.txt lines 848-849): "Those children living in Foster
 * Care, every 12 months. Those children living in Residential Care, every 6 months". Mia (born 3 May
 * 2018) is looked after from Monday 21 December 2026; her care plan, and so its assessment, is agreed on
 * Tuesday 5 January 2027. Months are calendar months (standards.md 1), due at the end of the day.
 */
class CarePlanReassessmentTest extends LookedAfterChildComesIntoCare {

  void lookedAfterIn(String placementType) {
    Map<String, Object> record = child.becameLookedAfter(BORN, SINCE);
    record.put("placementType", placementType);
    child.start(record);
    clockAt("2027-01-05T10:00");
    child.complete(child.task("WriteCarePlan"));
  }

  String due(String taskKey) {
    return londonDateTime(child.task(taskKey).getDueDate());
  }

  List<StandardsBreach> breachesOf(String ruleId) {
    return breaches.forCase(child.caseReference).stream().filter(b -> ruleId.equals(b.ruleId())).toList();
  }

  /**
   * Residential care: 6 months from Tuesday 5 January 2027 is Monday 5 July 2027, before LAC-13's Wednesday
   * 5 January 2028, so the update is the RA-01 step, due then. Reassessed on Wednesday 30 June 2027, the next
   * is 6 months on: Thursday 30 December 2027.
   */
  @Test
  void ra01_aChildInResidentialCareIsReassessedEverySixMonthsNotEveryYear() {
    lookedAfterIn("K2");

    assertThat(child.tasks("UpdateCarePlanAssessment")).as("LAC-13's year is not the first due").isEmpty();
    assertThat(candidateGroups(child.task("ReassessInPlacement"))).containsExactly("csc-social-worker");
    assertThat(due("ReassessInPlacement")).isEqualTo("2027-07-05T23:59:59");

    clockAt("2027-06-30T11:00");
    child.complete(child.task("ReassessInPlacement"));

    assertThat(due("ReassessInPlacement")).isEqualTo("2027-12-30T23:59:59");
    assertThat(breachesOf("RA-01")).isEmpty();
  }

  /**
   * Foster care: 12 months from 5 January 2027 is Wednesday 5 January 2028, the same day as LAC-13, so the
   * update stays the LAC-13 step. Kinship care is foster care (connected persons), so it is the same; a
   * child placed with parents has no RA-01 interval and keeps LAC-13 alone.
   */
  @Test
  void ra01_lac13_inFosterKinshipCareOrWithParentsTheAssessmentIsUpdatedEveryYear() {
    for (String placement : List.of("U6", "U3", "P1")) {
      clockAt("2026-12-21T15:00");
      child = new LookedAfterScenario(engine, breachReviews, uniqueCaseReference());
      child.dateOfBirth = LocalDate.parse(BORN);
      lookedAfterIn(placement);

      assertThat(child.tasks("ReassessInPlacement")).as(placement).isEmpty();
      assertThat(due("UpdateCarePlanAssessment")).as(placement).isEqualTo("2028-01-05T23:59:59");
    }
  }

  /**
   * A reassessment not done by Monday 5 July 2027 is one RA-01 breach when that day is over; the task stays
   * open, and done late on Monday 12 July 2027 it is taken (nothing refuses a date past the due day) and
   * the next counts from it: Wednesday 12 January 2028. Still one breach.
   */
  @Test
  void ra01_aReassessmentDoneLateIsTakenAndIsOneBreach() {
    lookedAfterIn("K2");

    clockAt("2027-07-05T23:00");
    while (child.fireDueTimers() > 0) {
      // every other clock that fell due meanwhile
    }
    assertThat(breachesOf("RA-01")).as("the due day is not over").isEmpty();
    clockAt("2027-07-06T08:00");
    while (child.fireDueTimers() > 0) {
      // the reassessment's due day is over
    }
    assertThat(breachesOf("RA-01")).singleElement().satisfies(breach -> {
      assertThat(breach.breachedStep()).isEqualTo("Reassess the child in the placement");
      assertThat(londonDateTime(Date.from(breach.dueAt().toInstant()))).isEqualTo("2027-07-05T23:59:59");
    });
    assertThat(breachesOf("LAC-13")).isEmpty();
    assertThat(child.tasks("ReassessInPlacement")).as("the task stays open").hasSize(1);

    clockAt("2027-07-12T10:00");
    child.complete(child.task("ReassessInPlacement"));

    assertThat(due("ReassessInPlacement")).isEqualTo("2028-01-12T23:59:59");
    assertThat(breachesOf("RA-01")).hasSize(1);
  }

  /**
   * A move changes the interval, counted from the same last assessment (5 January 2027). Fostered, the
   * update is due Wednesday 5 January 2028; her placement ends on Monday 1 March 2027 and she moves to a
   * children's home, so it is due 6 months from the assessment, Monday 5 July 2027. Agreed with the IRO,
   * she moves to her aunt's (kinship care) on Monday 10 May 2027: a year again, 5 January 2028. No move
   * records a breach.
   */
  @Test
  void ra01_lac10_lac09_aMoveToResidentialCareBringsTheReassessmentForwardAndAMoveBackToFamilyTakesItBack() {
    lookedAfterIn("U6");
    child.complete(child.task("AllocateIro"));
    assertThat(due("UpdateCarePlanAssessment")).isEqualTo("2028-01-05T23:59:59");

    clockAt("2027-03-01T16:00");
    Map<String, Object> ending = new HashMap<>();
    ending.put("changeKind", "placementEnded");
    ending.put("changeDescription", "The foster carers gave notice; Mia moves to a children's home");
    ending.put("eventOn", "2027-03-01");
    ending.put("newPlacementStartDate", "2027-03-01");
    ending.put("newPlacementType", "K2");
    ending.put("newPlacementLongTerm", false);
    ending.put("reasonForNewEpisode", "P");
    ending.put("newPlacementProvider", "PR4");
    ending.put("newPlacementPostcode", "M20 2LS");
    ending.put("reasonPlaceChange", "CREQO");
    child.report(ending);

    assertThat(child.tasks("UpdateCarePlanAssessment")).isEmpty();
    assertThat(due("ReassessInPlacement")).isEqualTo("2027-07-05T23:59:59");

    clockAt("2027-05-03T10:00");
    Map<String, Object> toAunt = new HashMap<>();
    toAunt.put("changeKind", "significantChange");
    toAunt.put("changeDescription", "Mia moves to her aunt's");
    toAunt.put("changeAreas", new ArrayList<>(List.of("carers")));
    toAunt.put("changeTakesEffectOn", "2027-05-10");
    toAunt.put("newPlacementType", "U1");
    toAunt.put("newPlacementLongTerm", "true");
    toAunt.put("reasonForNewEpisode", "P");
    toAunt.put("newPlacementProvider", "PR1");
    toAunt.put("newPlacementPostcode", "M16 7RX");
    toAunt.put("reasonPlaceChange", "CARPL");
    child.report(toAunt);
    child.complete(child.task("AgreeSignificantChange"));

    assertThat(child.tasks("ReassessInPlacement")).isEmpty();
    assertThat(due("UpdateCarePlanAssessment")).isEqualTo("2028-01-05T23:59:59");
    assertThat(breachesOf("RA-01")).isEmpty();
    assertThat(breachesOf("LAC-13")).isEmpty();
  }
}
